/**
 * (g) How much of each round's per-place list we actually hold: the announced number of awarded kab/kota as a
 * light outlined bar, the rows we hold inside it — stated by a source as a dark bar, our own inferences (a Provila
 * award, a deduction by exclusion) stacked on top in a hatched-looking light blue, never mixed into the dark part.
 * This is the honesty chart: it tells a reader why so many places show "unknown", and tells a contributor where a
 * source would help most.
 */
import * as Plot from "@observablehq/plot";
import { sum } from "d3-array";
import { PREDIKAT, type RoundCoverage } from "../pipeline/artefact.ts";
import { formatList, formatNumber, formatShare } from "../i18n/format.ts";
import { plotToSvg } from "./plot-ssr.ts";
import { t } from "../i18n/index.ts";
import { INK, INK_MUTED, swatch } from "./palette.ts";
import type { Cell, ChartOptions, ChartResult } from "./types.ts";

const KNOWN = "#0b57a4";
const INFERRED = "#8fb4dc";
const ANNOUNCED = "#dbe6f1";

interface Bar {
  year: string;
  known: number;
  stated: number;
  inferred: number;
  announced: number | null;
}

/** Rows we hold of awarded places: every tier plus "awarded, tier not stated", stated and inferred together. */
export function knownAwarded(c: RoundCoverage): number {
  return sum(PREDIKAT, (p) => c.known[p]) + c.awardedTierUnknown;
}

/** Of knownAwarded, the rows that rest on inference only. */
export function inferredAwarded(c: RoundCoverage): number {
  return c.knownInferred + c.awardedTierUnknownInferred;
}

export function coverageByRound(coverage: readonly RoundCoverage[], options: ChartOptions): ChartResult {
  const { lang, width = 480, idPrefix = "coverage-by-round" } = options;
  const fmt = (n: number) => formatNumber(lang, n);
  const bars: Bar[] = [...coverage]
    .sort((a, b) => a.year - b.year)
    .map((c) => ({
      year: String(c.year),
      known: knownAwarded(c),
      stated: knownAwarded(c) - inferredAwarded(c),
      inferred: inferredAwarded(c),
      announced: c.totalAnnounced,
    }));
  const yMax = Math.max(1, ...bars.map((b) => Math.max(b.known, b.announced ?? 0))) * 1.15;
  const label = (b: Bar) =>
    b.announced === null
      ? `${fmt(b.known)} · ${t(lang, "coverageByRound.noAnnounced")}`
      : `${fmt(b.known)}/${fmt(b.announced)}`;

  const svg = plotToSvg(
    {
      width,
      height: 260,
      marginLeft: 44,
      marginRight: 8,
      marginTop: 16,
      marginBottom: 28,
      x: { type: "band", domain: bars.map((b) => b.year), label: null, padding: 0.25, tickSize: 0 },
      y: { domain: [0, yMax], label: null, grid: true, ticks: 5, tickFormat: fmt },
      ariaLabel: t(lang, "coverageByRound.title"),
      marks: [
        Plot.barY(
          bars.filter((b) => b.announced !== null),
          {
            x: "year",
            y: "announced",
            fill: ANNOUNCED,
            stroke: INK_MUTED,
            strokeWidth: 1,
            title: (b: Bar) => `${b.year} · ${t(lang, "coverageByRound.announced")}: ${fmt(b.announced ?? 0)}`,
          },
        ),
        Plot.barY(bars, {
          x: "year",
          y1: 0,
          y2: "stated",
          fill: KNOWN,
          insetLeft: 8,
          insetRight: 8,
          title: (b: Bar) => `${b.year} · ${t(lang, "coverageByRound.stated")}: ${fmt(b.stated)}`,
        }),
        Plot.barY(
          bars.filter((b) => b.inferred > 0),
          {
            x: "year",
            y1: "stated",
            y2: "known",
            fill: INFERRED,
            stroke: KNOWN,
            strokeWidth: 1,
            strokeDasharray: "3,2",
            insetLeft: 8,
            insetRight: 8,
            title: (b: Bar) => `${b.year} · ${t(lang, "coverageByRound.inferred")}: ${fmt(b.inferred)}`,
          },
        ),
        Plot.ruleY([0], { stroke: INK }),
        Plot.text(bars, {
          x: "year",
          y: (b: Bar) => Math.max(b.known, b.announced ?? 0),
          text: label,
          dy: -7,
          fill: INK,
        }),
      ],
    },
    { idPrefix },
  );

  const list = bars.map((b) =>
    b.announced === null
      ? `${b.year}: ${fmt(b.known)} (${t(lang, "coverageByRound.noAnnounced")})`
      : t(lang, "coverageByRound.desc", {
          year: b.year,
          known: fmt(b.known),
          announced: fmt(b.announced),
          share: formatShare(lang, b.known, b.announced),
          stated: fmt(b.stated),
          statedShare: formatShare(lang, b.stated, b.announced),
          inferred: fmt(b.inferred),
        }),
  );
  const ratio = (known: number, announced: number | null) =>
    announced === null ? fmt(known) : `${fmt(known)}/${fmt(announced)}`;

  return {
    svg,
    title: t(lang, "coverageByRound.title"),
    subtitle: t(lang, "coverageByRound.subtitle"),
    description: t(lang, "coverageByRound.descIntro", { list: formatList(lang, list) }),
    legend: [
      { label: t(lang, "coverageByRound.announced"), swatch: swatch(ANNOUNCED) },
      { label: t(lang, "coverageByRound.stated"), swatch: swatch(KNOWN) },
      { label: t(lang, "coverageByRound.inferred"), swatch: swatch(INFERRED) },
    ],
    table: {
      columns: [
        { key: "year", label: t(lang, "col.year") },
        { key: "known", label: t(lang, "col.known"), numeric: true },
        { key: "stated", label: t(lang, "coverageByRound.stated"), numeric: true },
        { key: "inferred", label: t(lang, "coverageByRound.inferred"), numeric: true },
        { key: "announced", label: t(lang, "col.totalAnnounced"), numeric: true },
        { key: "share", label: t(lang, "col.share"), numeric: true },
        { key: "statedShare", label: t(lang, "coverageByRound.statedShare"), numeric: true },
        ...PREDIKAT.map((p) => ({ key: p, label: p, numeric: true })),
      ],
      rows: [...coverage]
        .sort((a, b) => a.year - b.year)
        .map((c): Cell[] => [
          String(c.year),
          fmt(knownAwarded(c)),
          fmt(knownAwarded(c) - inferredAwarded(c)),
          fmt(inferredAwarded(c)),
          c.totalAnnounced === null ? "–" : fmt(c.totalAnnounced),
          c.totalAnnounced === null ? "–" : formatShare(lang, knownAwarded(c), c.totalAnnounced),
          c.totalAnnounced === null ? "–" : formatShare(lang, knownAwarded(c) - inferredAwarded(c), c.totalAnnounced),
          ...PREDIKAT.map((p) => ratio(c.known[p], c.announced[p])),
        ]),
    },
  };
}

/**
 * (g) How much of each round's per-place list we actually hold: the announced number of awarded kab/kota as a
 * light outlined bar, the rows we hold as a dark bar inside it. This is the honesty chart: it tells a reader why
 * so many places show "unknown", and tells a contributor where a source would help most.
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
const ANNOUNCED = "#dbe6f1";

interface Bar {
  year: string;
  known: number;
  announced: number | null;
}

/** Rows we hold of awarded places: every tier plus "awarded, tier not stated". */
export function knownAwarded(c: RoundCoverage): number {
  return sum(PREDIKAT, (p) => c.known[p]) + c.awardedTierUnknown;
}

export function coverageByRound(coverage: readonly RoundCoverage[], options: ChartOptions): ChartResult {
  const { lang, width = 480, idPrefix = "coverage-by-round" } = options;
  const fmt = (n: number) => formatNumber(lang, n);
  const bars: Bar[] = [...coverage]
    .sort((a, b) => a.year - b.year)
    .map((c) => ({ year: String(c.year), known: knownAwarded(c), announced: c.totalAnnounced }));
  const yMax = Math.max(1, ...bars.map((b) => Math.max(b.known, b.announced ?? 0))) * 1.15;
  const label = (b: Bar) =>
    b.announced === null ? `${fmt(b.known)} · ${t(lang, "coverageByRound.noAnnounced")}` : `${fmt(b.known)}/${fmt(b.announced)}`;

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
        Plot.barY(bars.filter((b) => b.announced !== null), {
          x: "year", y: "announced", fill: ANNOUNCED, stroke: INK_MUTED, strokeWidth: 1,
          title: (b: Bar) => `${b.year} · ${t(lang, "coverageByRound.announced")}: ${fmt(b.announced ?? 0)}`,
        }),
        Plot.barY(bars, {
          x: "year", y: "known", fill: KNOWN, insetLeft: 8, insetRight: 8,
          title: (b: Bar) => `${b.year} · ${t(lang, "coverageByRound.known")}: ${fmt(b.known)}`,
        }),
        Plot.ruleY([0], { stroke: INK }),
        Plot.text(bars, { x: "year", y: (b: Bar) => Math.max(b.known, b.announced ?? 0), text: label, dy: -7, fill: INK }),
      ],
    },
    { idPrefix },
  );

  const list = bars.map((b) =>
    b.announced === null
      ? `${b.year}: ${fmt(b.known)} (${t(lang, "coverageByRound.noAnnounced")})`
      : t(lang, "coverageByRound.desc", { year: b.year, known: fmt(b.known), announced: fmt(b.announced), share: formatShare(lang, b.known, b.announced) }),
  );
  const ratio = (known: number, announced: number | null) => (announced === null ? fmt(known) : `${fmt(known)}/${fmt(announced)}`);

  return {
    svg,
    title: t(lang, "coverageByRound.title"),
    subtitle: t(lang, "coverageByRound.subtitle"),
    description: t(lang, "coverageByRound.descIntro", { list: formatList(lang, list) }),
    legend: [
      { label: t(lang, "coverageByRound.announced"), swatch: swatch(ANNOUNCED) },
      { label: t(lang, "coverageByRound.known"), swatch: swatch(KNOWN) },
    ],
    table: {
      columns: [
        { key: "year", label: t(lang, "col.year") },
        { key: "known", label: t(lang, "col.known"), numeric: true },
        { key: "announced", label: t(lang, "col.totalAnnounced"), numeric: true },
        { key: "share", label: t(lang, "col.share"), numeric: true },
        ...PREDIKAT.map((p) => ({ key: p, label: p, numeric: true })),
      ],
      rows: [...coverage]
        .sort((a, b) => a.year - b.year)
        .map((c): Cell[] => [
          String(c.year),
          fmt(knownAwarded(c)),
          c.totalAnnounced === null ? "–" : fmt(c.totalAnnounced),
          c.totalAnnounced === null ? "–" : formatShare(lang, knownAwarded(c), c.totalAnnounced),
          ...PREDIKAT.map((p) => ratio(c.known[p], c.announced[p])),
        ]),
    },
  };
}

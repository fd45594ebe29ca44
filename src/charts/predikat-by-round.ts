/**
 * (a) National picture: announced number of kab/kota per predikat in every award round, stacked, against the
 * target and the total number of kab/kota. Years without a ceremony stay on the axis as labelled gaps, so the
 * reader sees the 2016/2020/2024 pauses instead of a misleadingly even rhythm. Where the ministry announced only a
 * total, the part of the total not split by predikat gets its own segment ("tier not published").
 */
import * as Plot from "@observablehq/plot";
import { sum } from "d3-array";
import { PREDIKAT, type AwardRound, type Predikat } from "../pipeline/artefact.ts";
import { formatList, formatNumber, formatShare, predikatLabel } from "../i18n/format.ts";
import { plotToSvg } from "./plot-ssr.ts";
import { t } from "../i18n/index.ts";
import { INK, INK_MUTED, PREDIKAT_COLOR, TIER_UNKNOWN_FILL, swatch } from "./palette.ts";
import type { Cell, ChartOptions, ChartResult, LegendItem } from "./types.ts";

export interface PredikatByRoundOptions extends ChartOptions {
  /** National target of kab/kota with a predikat (drawn as a dashed line). */
  target: number;
  /** All kab/kota in the country (drawn as a solid line). */
  totalPlaces: number;
  /** First and last year on the axis; default: the range of `rounds`. */
  fromYear?: number;
  toYear?: number;
}

interface Segment {
  year: string;
  key: Predikat | "unsplit";
  label: string;
  y1: number;
  y2: number;
  fill: string;
}

export function predikatByRound(rounds: readonly AwardRound[], options: PredikatByRoundOptions): ChartResult {
  const { lang, target, totalPlaces, width = 480, idPrefix = "predikat-by-round" } = options;
  const years = rounds.map((r) => r.year);
  const from = options.fromYear ?? Math.min(...years);
  const to = options.toYear ?? Math.max(...years);
  const byYear = new Map(rounds.map((r) => [r.year, r]));
  const unsplitLabel = t(lang, "predikat.tierNotPublished");

  const segments: Segment[] = [];
  const totals: { year: string; total: number }[] = [];
  const gaps: { year: string; label: string }[] = [];
  const rows: Cell[][] = [];
  const noRound: string[] = [];
  const partialSplit: string[] = [];
  for (let year = from; year <= to; year++) {
    const round = byYear.get(year);
    const y = String(year);
    const known = sum(PREDIKAT, (p) => round?.counts[p]);
    const anyCount = round !== undefined && PREDIKAT.some((p) => round.counts[p] !== null);
    const total = round?.totalAwarded ?? (anyCount ? known : null);
    if (round === undefined || !round.held || total === null) {
      const label = round?.held === true ? t(lang, "predikat.noCounts") : t(lang, "predikat.noRound");
      if (round?.held !== true) noRound.push(y);
      gaps.push({ year: y, label });
      rows.push([y, ...PREDIKAT.map(() => "–"), "–", "–", label]);
      continue;
    }
    let stack = 0;
    for (const p of PREDIKAT) {
      const n = round.counts[p];
      if (n === null || n === 0) continue;
      segments.push({
        year: y,
        key: p,
        label: predikatLabel(lang, p),
        y1: stack,
        y2: stack + n,
        fill: PREDIKAT_COLOR[p],
      });
      stack += n;
    }
    const unsplit = total - known;
    if (unsplit > 0) {
      segments.push({ year: y, key: "unsplit", label: unsplitLabel, y1: stack, y2: total, fill: TIER_UNKNOWN_FILL });
      partialSplit.push(y);
    }
    totals.push({ year: y, total });
    const cell = (n: number | null) => (n === null ? "–" : formatNumber(lang, n));
    rows.push([y, ...PREDIKAT.map((p) => cell(round.counts[p])), cell(unsplit > 0 ? unsplit : 0), cell(total), ""]);
  }

  const fmt = (n: number) => formatNumber(lang, n);
  const yMax = Math.max(totalPlaces, ...totals.map((d) => d.total)) * 1.06;
  const svg = plotToSvg(
    {
      width,
      height: 340,
      marginLeft: 44,
      marginRight: 8,
      marginTop: 16,
      marginBottom: 28,
      x: { type: "band", domain: rangeStrings(from, to), label: null, padding: 0.2, tickSize: 0 },
      y: { domain: [0, yMax], label: null, grid: true, ticks: 5, tickFormat: fmt },
      color: { type: "identity" },
      ariaLabel: t(lang, "predikatByRound.title"),
      marks: [
        Plot.barY(segments, {
          x: "year",
          y1: "y1",
          y2: "y2",
          fill: "fill",
          // White hairlines between tiers: neighbours on the ramp stay apart for colour-blind readers too.
          stroke: "#fff",
          strokeWidth: 0.75,
          title: (d: Segment) => `${d.year} · ${d.label}: ${fmt(d.y2 - d.y1)}`,
        }),
        Plot.ruleY([0], { stroke: INK }),
        Plot.ruleY([target], { stroke: INK, strokeDasharray: "5,3" }),
        Plot.ruleY([totalPlaces], { stroke: INK }),
        Plot.text([target], {
          y: (d: number) => d,
          frameAnchor: "left",
          textAnchor: "start",
          dx: 4,
          dy: -7,
          fill: INK,
          text: () => t(lang, "predikatByRound.target", { n: fmt(target) }),
        }),
        Plot.text([totalPlaces], {
          y: (d: number) => d,
          frameAnchor: "left",
          textAnchor: "start",
          dx: 4,
          dy: -7,
          fill: INK,
          text: () => t(lang, "predikatByRound.all", { n: fmt(totalPlaces) }),
        }),
        Plot.text(totals, { x: "year", y: "total", text: (d: { total: number }) => fmt(d.total), dy: -7, fill: INK }),
        Plot.text(gaps, {
          x: "year",
          y: 0,
          text: "label",
          rotate: -90,
          textAnchor: "start",
          dx: 6,
          fill: INK_MUTED,
        }),
      ],
    },
    { idPrefix },
  );

  const held = totals;
  const latest = held[held.length - 1];
  const max = held.reduce<{ year: string; total: number } | undefined>(
    (m, d) => (m === undefined || d.total > m.total ? d : m),
    undefined,
  );
  const parts: string[] = [];
  if (latest !== undefined) {
    parts.push(
      t(lang, "predikatByRound.descLatest", {
        year: latest.year,
        n: fmt(latest.total),
        total: fmt(totalPlaces),
        share: formatShare(lang, latest.total, totalPlaces),
        target: fmt(target),
      }),
    );
  }
  if (max !== undefined && latest !== undefined && max.year !== latest.year) {
    parts.push(t(lang, "predikatByRound.descMax", { n: fmt(max.total), year: max.year }));
  }
  const klaCounts = rounds.filter((r) => r.year >= from && r.year <= to).map((r) => r.counts.KLA);
  if (klaCounts.some((n) => n === 0) && klaCounts.every((n) => n === null || n === 0)) {
    parts.push(t(lang, "predikatByRound.descNoKla"));
  }
  if (noRound.length > 0) parts.push(t(lang, "predikatByRound.descGaps", { years: formatList(lang, noRound) }));
  if (partialSplit.length > 0)
    parts.push(t(lang, "predikatByRound.descNoSplit", { years: formatList(lang, partialSplit) }));

  const present = new Set(segments.map((s) => s.key));
  const legend: LegendItem[] = PREDIKAT.filter((p) => present.has(p)).map((p) => ({
    label: predikatLabel(lang, p),
    swatch: swatch(PREDIKAT_COLOR[p]),
  }));
  if (present.has("unsplit")) legend.push({ label: unsplitLabel, swatch: swatch(TIER_UNKNOWN_FILL) });

  return {
    svg,
    title: t(lang, "predikatByRound.title"),
    subtitle: t(lang, "predikatByRound.subtitle", { target: fmt(target), total: fmt(totalPlaces) }),
    description: parts.join(" "),
    legend,
    table: {
      columns: [
        { key: "year", label: t(lang, "col.year") },
        ...PREDIKAT.map((p) => ({ key: p, label: predikatLabel(lang, p), numeric: true })),
        { key: "unsplit", label: unsplitLabel, numeric: true },
        { key: "total", label: t(lang, "col.totalAnnounced"), numeric: true },
        { key: "note", label: t(lang, "col.note") },
      ],
      rows,
    },
  };
}

function rangeStrings(from: number, to: number): string[] {
  const out: string[] = [];
  for (let y = from; y <= to; y++) out.push(String(y));
  return out;
}

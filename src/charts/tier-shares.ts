/**
 * (findings) How the stated predikat of the places in each group are shared out: one bar per group, split by tier,
 * each as a share of the group's places with a stated tier, and the group's n beside it; a panel per round, newest
 * first. The groups (e.g. the state of a place's regulation on KLA) and their order are the caller's; the chart only
 * draws counts it is handed.
 */
import * as Plot from "@observablehq/plot";
import type { Predikat } from "../pipeline/artefact.ts";
import { formatNumber, formatShare } from "../i18n/format.ts";
import { tfc } from "../i18n/pages/findings-chart.ts";
import { plotToSvg } from "./plot-ssr.ts";
import { INK, PREDIKAT_COLOR, swatch } from "./palette.ts";
import type { Cell, ChartOptions, ChartResult } from "./types.ts";

export interface ShareGroup {
  /** Stable key; the row order is the order of `groups`. */
  key: string;
  label: string;
  year: number;
  counts: Partial<Record<Predikat, number>>;
}

export interface TierSharesOptions extends ChartOptions {
  title: string;
  /** Tiers in ladder order. */
  tiers: readonly Predikat[];
  /** Rounds, newest first: one panel each. */
  years: readonly number[];
}

const totalOf = (g: ShareGroup, tiers: readonly Predikat[]) => tiers.reduce((n, p) => n + (g.counts[p] ?? 0), 0);

export function tierShares(groups: readonly ShareGroup[], options: TierSharesOptions): ChartResult {
  const { lang, title, tiers, years, idPrefix = "tier-shares" } = options;
  const panel = (year: number) => tfc(lang, "sharesPanel", { year: String(year) });
  const labels = [...new Set(groups.map((g) => g.label))];
  const segments = groups.flatMap((g) => {
    const total = totalOf(g, tiers);
    let x = 0;
    return tiers.flatMap((p) => {
      const n = g.counts[p] ?? 0;
      if (n === 0 || total === 0) return [];
      const seg = { label: g.label, panel: panel(g.year), predikat: p, n, total, x1: x, x2: x + (n / total) * 100 };
      x = seg.x2;
      return [seg];
    });
  });
  const totals = groups.map((g) => ({ label: g.label, panel: panel(g.year), n: totalOf(g, tiers) }));
  const longest = Math.max(10, ...labels.map((l) => l.length));
  const svg = plotToSvg(
    {
      width: options.width ?? 560,
      height: years.length * (labels.length * 30 + 34) + 30,
      marginLeft: Math.min(260, 12 + longest * 6.4),
      marginRight: 64,
      marginTop: 22,
      marginBottom: 30,
      x: { domain: [0, 100], label: null, grid: true, ticks: 5, tickFormat: (v: number) => formatShare(lang, v, 100) },
      y: { domain: labels, label: null, tickSize: 0, padding: 0.25 },
      // Each panel is named by a text mark above its frame: an fy axis would sit left or right, where the group
      // labels and the n labels already are.
      fy: { domain: years.map(panel), label: null, axis: null, padding: 0.3 },
      color: { type: "identity" },
      ariaLabel: title,
      marks: [
        Plot.barX(segments, {
          fy: "panel",
          y: "label",
          x1: "x1",
          x2: "x2",
          fill: (s: (typeof segments)[number]) => PREDIKAT_COLOR[s.predikat],
          stroke: "#fff",
          title: (s: (typeof segments)[number]) =>
            `${s.label}, ${s.predikat}: ${formatNumber(lang, s.n)} / ${formatNumber(lang, s.total)}`,
        }),
        Plot.text(years.map(panel), {
          fy: (p: string) => p,
          text: (p: string) => p,
          frameAnchor: "top-left",
          textAnchor: "end",
          dy: -12,
          fontWeight: "bold",
          fill: INK,
        }),
        Plot.text(totals, {
          fy: "panel",
          y: "label",
          x: 100,
          text: (t: (typeof totals)[number]) => tfc(lang, "nLabel", { n: formatNumber(lang, t.n) }),
          textAnchor: "start",
          dx: 6,
          fill: INK,
        }),
      ],
    },
    { idPrefix },
  );
  const table = {
    columns: [
      { key: "round", label: tfc(lang, "colRound") },
      { key: "group", label: tfc(lang, "colGroup") },
      { key: "n", label: tfc(lang, "colN"), numeric: true },
      ...tiers.map((p) => ({ key: p, label: p, numeric: true })),
    ],
    rows: groups.map((g): Cell[] => {
      const total = totalOf(g, tiers);
      return [
        String(g.year),
        g.label,
        { text: formatNumber(lang, total), sort: total },
        ...tiers.map((p): Cell => {
          const n = g.counts[p] ?? 0;
          return { text: total === 0 ? "–" : `${formatNumber(lang, n)} (${formatShare(lang, n, total)})`, sort: n };
        }),
      ];
    }),
  };
  const latest = years[0];
  const described = groups
    .filter((g) => g.year === latest)
    .map((g) => tfc(lang, "sharesDescGroup", { group: g.label, n: formatNumber(lang, totalOf(g, tiers)) }));
  return {
    svg,
    title,
    subtitle: tfc(lang, "sharesSubtitle"),
    description: `${tfc(lang, "sharesDesc", { year: String(latest ?? "") })} ${described.join("; ")}.`,
    table,
    legend: tiers.map((p) => ({ label: p, swatch: swatch(PREDIKAT_COLOR[p]) })),
  };
}

/**
 * (findings) One outcome series across the places of each stated predikat: a panel per round and kind of place
 * (kota and kabupaten apart: cities and regencies differ on nearly every outcome), a row per tier, one dot per
 * place, and under the dots the middle half (first to third quartile) as a bar with the median as a tick. Groups
 * and their spreads are computed by the caller (src/views/findings/), so the chart, the text and the table print
 * the same numbers; the chart only draws them.
 */
import * as Plot from "@observablehq/plot";
import type { PlaceType, Predikat } from "../pipeline/artefact.ts";
import { formatNumber } from "../i18n/format.ts";
import { tfc } from "../i18n/pages/findings-chart.ts";
import { formatValue } from "./indicator-comparison.ts";
import { plotToSvg } from "./plot-ssr.ts";
import { INK, PREDIKAT_COLOR, swatch } from "./palette.ts";
import type { Cell, ChartOptions, ChartResult } from "./types.ts";

export interface TierPoint {
  code: string;
  label: string;
  value: number;
}

export interface TierGroup {
  year: number;
  type: PlaceType;
  predikat: Predikat;
  /** Sorted by value, then code. */
  points: TierPoint[];
  median: number;
  q1: number;
  q3: number;
}

export interface TierDistributionOptions extends ChartOptions {
  seriesName: string;
  dataYear: number;
  unit: string;
  better: "higher" | "lower";
  /** Tiers in ladder order: one row each in every panel. */
  tiers: readonly Predikat[];
  /** Rounds, newest first: one pair of panels (kota, kabupaten) each. */
  years: readonly number[];
}

const TYPES: readonly PlaceType[] = ["kota", "kabupaten"];
const ROW = 26;

/** A fixed vertical offset per dot (golden-ratio steps), so dots of one tier spread without randomness. */
const jitter = (i: number) => (((i * 0.618034) % 1) - 0.5) * 0.42 - 0.12;

export function tierDistribution(groups: readonly TierGroup[], options: TierDistributionOptions): ChartResult {
  const { lang, seriesName, dataYear, unit, better, tiers, years, idPrefix = "tier-distribution" } = options;
  const fmt = (v: number) => formatValue(lang, v, unit);
  const panel = (year: number, type: PlaceType) => tfc(lang, "panel", { year: String(year), type: tfc(lang, type) });
  const panels = years.flatMap((y) => TYPES.map((t) => panel(y, t)));
  const row = (p: Predikat) => tiers.length - 1 - tiers.indexOf(p);
  const dots = groups.flatMap((g) =>
    g.points.map((p, i) => ({
      ...p,
      panel: panel(g.year, g.type),
      y: row(g.predikat) + jitter(i),
      fill: PREDIKAT_COLOR[g.predikat],
    })),
  );
  const boxes = groups.map((g) => ({ ...g, panel: panel(g.year, g.type), y: row(g.predikat) - 0.36 }));
  const all = groups.flatMap((g) => g.points.map((p) => p.value));
  const percent = unit === "percent" || unit === "%";
  const lo = all.length === 0 ? 0 : Math.min(...all);
  const hi = all.length === 0 ? 100 : Math.max(...all);
  const domain: [number, number] = [
    Math.max(0, Math.floor(lo / 10) * 10),
    Math.min(percent ? 100 : Infinity, Math.max(Math.ceil(hi / 10) * 10, Math.floor(lo / 10) * 10 + 10)),
  ];
  const title = tfc(lang, "distTitle", { series: seriesName, dataYear: String(dataYear) });
  const svg = plotToSvg(
    {
      width: options.width ?? 520,
      height: panels.length * (tiers.length * ROW + 30) + 44,
      marginLeft: 64,
      marginRight: 16,
      marginTop: 24,
      marginBottom: 30,
      x: { domain, label: null, grid: true, ticks: 6, tickFormat: (v: number) => formatNumber(lang, v) },
      y: {
        domain: [-0.7, tiers.length - 0.45],
        label: null,
        ticks: tiers.map((_, i) => i),
        tickFormat: (i: number) => tiers[tiers.length - 1 - i] ?? "",
        tickSize: 0,
      },
      // Each panel is named by a text mark above its frame: an fy axis on the right would need a margin as wide as
      // "Kabupaten (regency) · predikat 2025", which a phone cannot spare.
      fy: { domain: panels, label: null, axis: null, padding: 0.2 },
      color: { type: "identity" },
      ariaLabel: title,
      marks: [
        Plot.frame({ stroke: "#d0d0d0" }),
        Plot.text(panels, {
          fy: (p: string) => p,
          text: (p: string) => p,
          frameAnchor: "top-left",
          textAnchor: "start",
          dy: -10,
          fontWeight: "bold",
          fill: INK,
        }),
        Plot.dot(dots, {
          fy: "panel",
          x: "value",
          y: "y",
          r: 2.6,
          fill: "fill",
          fillOpacity: 0.75,
          stroke: "#fff",
          strokeWidth: 0.5,
          title: (p: (typeof dots)[number]) => `${p.label}: ${fmt(p.value)}`,
        }),
        Plot.link(boxes, { fy: "panel", x1: "q1", x2: "q3", y1: "y", y2: "y", stroke: INK, strokeWidth: 4 }),
        Plot.link(boxes, {
          fy: "panel",
          x1: "median",
          x2: "median",
          y1: (b: (typeof boxes)[number]) => b.y - 0.16,
          y2: (b: (typeof boxes)[number]) => b.y + 0.16,
          stroke: INK,
          strokeWidth: 2.5,
        }),
      ],
    },
    { idPrefix },
  );

  const table = {
    columns: [
      { key: "panel", label: tfc(lang, "colPanel") },
      { key: "predikat", label: tfc(lang, "colPredikat") },
      { key: "n", label: tfc(lang, "colN"), numeric: true },
      { key: "median", label: tfc(lang, "colMedian"), numeric: true },
      { key: "iqr", label: tfc(lang, "colIqr"), numeric: true },
      { key: "range", label: tfc(lang, "colRange"), numeric: true },
    ],
    rows: years.flatMap((year) =>
      TYPES.flatMap((type) =>
        tiers.flatMap((predikat): Cell[][] => {
          const g = groups.find((x) => x.year === year && x.type === type && x.predikat === predikat);
          if (g === undefined) return [];
          const first = g.points[0]!;
          const last = g.points[g.points.length - 1]!;
          return [
            [
              panel(year, type),
              predikat,
              { text: formatNumber(lang, g.points.length), sort: g.points.length },
              { text: fmt(g.median), sort: g.median },
              { text: `${fmt(g.q1)}–${fmt(g.q3)}`, sort: g.q1 },
              { text: `${fmt(first.value)}–${fmt(last.value)}`, sort: first.value },
            ],
          ];
        }),
      ),
    ),
  };
  const latest = years[0];
  const described = groups
    .filter((g) => g.year === latest)
    .map((g) =>
      tfc(lang, "distDescGroup", {
        type: tfc(lang, g.type),
        predikat: g.predikat,
        n: formatNumber(lang, g.points.length),
        median: fmt(g.median),
      }),
    );
  const description = [
    tfc(lang, "distDesc", { series: seriesName, dataYear: String(dataYear), year: String(latest ?? "") }),
    ...(described.length > 0 ? [`${described.join("; ")}.`] : []),
    tfc(lang, better === "higher" ? "betterHigher" : "betterLower"),
  ].join(" ");
  return {
    svg,
    title,
    subtitle: tfc(lang, "distSubtitle"),
    description,
    table,
    legend: [
      ...tiers.map((p) => ({ label: p, swatch: swatch(PREDIKAT_COLOR[p], "circle") })),
      { label: tfc(lang, "legendIqr"), swatch: swatch(INK, "line") },
    ],
  };
}

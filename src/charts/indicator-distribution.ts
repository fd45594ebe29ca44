/**
 * (h) One indicator across every area of a level in one year, with the national figure (and, where a source gives
 * one, the planned target) as reference lines. Two shapes, chosen by how many areas there are:
 * - up to ROWS_MAX areas (the 38 provinces): one labelled row per area, best first, so a reader finds a province by
 *   name and sees its place in the order at once;
 * - more (the ~500 kab/kota): a dot histogram, one dot per kab/kota stacked in bins, which shows the shape of the
 *   distribution that 356 labelled rows could not; the ranking table beside it names every place.
 * Areas the ranking rule leaves unranked (src/views/rank-rule.ts: sources disagree, a doubtful, survey-flagged or
 * small-sample value) are drawn hollow, each value, after the ranked ones, and never named best or worst.
 */
import * as Plot from "@observablehq/plot";
import { median } from "d3-array";
import { formatNumber } from "../i18n/format.ts";
import { plotToSvg } from "./plot-ssr.ts";
import { tc } from "../i18n/pages/indicator-chart.ts";
import { inSentence } from "../i18n/format.ts";
import { formatValue } from "./indicator-comparison.ts";
import { INK, INK_MUTED, swatch } from "./palette.ts";
import {
  DISTRIBUTION_DOT as DOT,
  REFERENCE_STROKE_WIDTH,
  STRIP_MARGIN,
  stripSvg,
  type StripDrawing,
} from "./indicator-distribution-svg.ts";
import type { Cell, ChartOptions, ChartResult, LegendItem } from "./types.ts";

export interface DistributionPoint {
  /** Area code; the row key. */
  code: string;
  label: string;
  value: number;
  /** Why the area is not ranked (its caveats, in the reader's language); null for a ranked value. Drawn hollow. */
  unranked: string | null;
}

export interface ReferenceLine {
  kind: "national" | "median" | "target";
  label: string;
  value: number;
  /** The value as it should be read, when the default (one decimal) would round it (a target of 8.74 %). */
  valueText?: string;
}

export interface IndicatorDistributionOptions extends ChartOptions {
  seriesName: string;
  year: number;
  level: "province" | "kabkota";
  /** Which way is better: decides the order of the rows and the words of the description. */
  better: "higher" | "lower";
  unit: string;
  references?: ReferenceLine[];
}

/** Above this many areas the labelled rows would be unreadable: a dot histogram instead. */
export const ROWS_MAX = 60;
const ROW = 18;
const REFERENCE_STYLE: Record<ReferenceLine["kind"], { stroke: string; dash: string }> = {
  national: { stroke: INK, dash: "6,3" },
  median: { stroke: INK_MUTED, dash: "2,2" },
  target: { stroke: "#6a3d9a", dash: "1,3" },
};

/** `drawStrip` turns the kab/kota dot histogram's geometry into SVG; the tests pass the Plot specification it
 * reproduces. */
export function indicatorDistribution(
  points: readonly DistributionPoint[],
  options: IndicatorDistributionOptions,
  drawStrip: (drawing: StripDrawing) => string = stripSvg,
): ChartResult {
  const { lang, seriesName, year, level, better, unit, references = [], idPrefix = "indicator-distribution" } = options;
  const fmt = (v: number) => formatValue(lang, v, unit);
  const unitLabel = unit === "percent" || unit === "%" ? "%" : unit;
  const sign = better === "higher" ? -1 : 1;
  const ranked = points
    .filter((p) => p.unranked === null)
    .sort((a, b) => sign * (a.value - b.value) || (a.code < b.code ? -1 : 1));
  const disputed = points
    .filter((p) => p.unranked !== null)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.value - b.value));
  const all = [...ranked, ...disputed];
  const values = all.map((p) => p.value);
  const lo = Math.min(...values, ...references.map((r) => r.value));
  const hi = Math.max(...values, ...references.map((r) => r.value));
  const pad = Math.max(1, (hi - lo) * 0.05);
  const domain: [number, number] = [
    Math.max(0, Math.floor((lo - pad) / 5) * 5),
    Math.min(unitLabel === "%" ? 100 : Infinity, Math.ceil((hi + pad) / 5) * 5),
  ];
  const rows = points.length <= ROWS_MAX;
  // Labelled rows are drawn narrower than the histogram so that, scaled to a phone, their text stays legible.
  const width = options.width ?? (rows ? 400 : 480);
  const title = tc(lang, "title", {
    series: seriesName,
    areas: tc(lang, level === "province" ? "provinces" : "kabkota"),
    year: String(year),
  });
  const referenceMarks = references.map((r) =>
    Plot.ruleX([r.value], {
      stroke: REFERENCE_STYLE[r.kind].stroke,
      strokeWidth: REFERENCE_STROKE_WIDTH,
      strokeDasharray: REFERENCE_STYLE[r.kind].dash,
    }),
  );
  const dotTitle = (p: DistributionPoint) =>
    `${p.label}: ${fmt(p.value)}${p.unranked === null ? "" : ` (${p.unranked})`}`;

  let svg: string;
  let table: ChartResult["table"];
  let subtitle: string;
  let binWidth = 0;
  if (rows) {
    const labels = [...new Set(all.map((p) => p.label))];
    const longest = Math.max(...labels.map((l) => l.length));
    svg = plotToSvg(
      {
        width,
        height: labels.length * ROW + 36,
        marginLeft: Math.min(170, 12 + longest * 6.5),
        marginRight: 56,
        marginTop: 8,
        marginBottom: 28,
        x: { domain, label: null, grid: true, ticks: 5, tickFormat: (v: number) => formatNumber(lang, v) },
        y: { type: "band", domain: labels, label: null, tickSize: 0, padding: 0 },
        ariaLabel: title,
        marks: [
          Plot.dot(ranked, { x: "value", y: "label", r: 4.5, fill: DOT, title: dotTitle }),
          Plot.dot(disputed, {
            x: "value",
            y: "label",
            r: 4.5,
            fill: "#fff",
            stroke: DOT,
            strokeWidth: 2,
            title: dotTitle,
          }),
          Plot.text(ranked, {
            x: "value",
            y: "label",
            text: (p: DistributionPoint) => fmt(p.value),
            textAnchor: "start",
            dx: 8,
            fill: INK,
          }),
          ...referenceMarks,
        ],
      },
      { idPrefix },
    );
    subtitle = tc(lang, "subtitleRows", { better: tc(lang, better), unit: unitLabel });
    table = {
      columns: [
        { key: "area", label: tc(lang, "area") },
        { key: "value", label: tc(lang, "value"), numeric: true },
      ],
      rows: all.map((p): Cell[] => [
        p.label,
        { text: p.unranked === null ? fmt(p.value) : `${fmt(p.value)} (${p.unranked})`, sort: p.value },
      ]),
    };
  } else {
    binWidth = domain[1] - domain[0] > 60 ? 2 : 1;
    const stacked = [...all]
      .sort((a, b) => a.value - b.value || (a.code < b.code ? -1 : 1))
      .map((p) => ({ ...p, bin: Math.floor(p.value / binWidth) * binWidth }));
    const heights = new Map<number, number>();
    const dots = stacked.map((p) => {
      const h = heights.get(p.bin) ?? 0;
      heights.set(p.bin, h + 1);
      return { ...p, x: p.bin + binWidth / 2, y: h + 0.5 };
    });
    const tallest = Math.max(...heights.values());
    const innerWidth = width - STRIP_MARGIN.left - STRIP_MARGIN.right;
    const step = innerWidth / ((domain[1] - domain[0]) / binWidth);
    const r = Math.max(1.5, Math.min(5, step / 2 - 0.5));
    const dot = (p: (typeof dots)[number]) => ({ x: p.x, y: p.y, title: dotTitle(p) });
    svg = drawStrip({
      width,
      height: Math.max(160, Math.ceil(tallest * r * 2.2) + 48),
      ariaLabel: title,
      xDomain: domain,
      yDomain: [0, tallest + 0.5],
      yTicks: Math.min(5, tallest),
      tickLabel: (v: number) => formatNumber(lang, v),
      r,
      ranked: dots.filter((p) => p.unranked === null).map(dot),
      unranked: dots.filter((p) => p.unranked !== null).map(dot),
      references: references.map((ref) => ({ value: ref.value, ...REFERENCE_STYLE[ref.kind] })),
    });
    subtitle = tc(lang, "subtitleStrip", { bin: formatNumber(lang, binWidth), unit: unitLabel });
    const bins = [...heights.entries()].sort((a, b) => a[0] - b[0]);
    table = {
      columns: [
        { key: "bin", label: tc(lang, "bin") },
        { key: "count", label: tc(lang, "count"), numeric: true },
      ],
      rows: bins.map(([bin, count]): Cell[] => [
        { text: `${formatNumber(lang, bin)}–${formatNumber(lang, bin + binWidth)}`, sort: bin },
        { text: formatNumber(lang, count), sort: count },
      ]),
    };
  }

  const areasWord = tc(lang, level === "province" ? "areasProvince" : "areasKabkota");
  const parts: string[] = [];
  const best = ranked[0];
  const worst = ranked[ranked.length - 1];
  if (best !== undefined && worst !== undefined) {
    parts.push(
      tc(lang, "descRange", {
        year: String(year),
        n: formatNumber(lang, ranked.length),
        areas: areasWord,
        best: fmt(best.value),
        bestLabel: best.label,
        worst: fmt(worst.value),
        worstLabel: worst.label,
        median: fmt(median(ranked, (p) => p.value)!),
      }),
    );
  }
  for (const ref of references.filter((r) => r.kind !== "median")) {
    const betterCount = ranked.filter((p) => (better === "higher" ? p.value > ref.value : p.value < ref.value)).length;
    const worseCount = ranked.filter((p) => (better === "higher" ? p.value < ref.value : p.value > ref.value)).length;
    parts.push(
      tc(lang, "descReference", {
        label: inSentence(lang, ref.label),
        value: ref.valueText ?? fmt(ref.value),
        better: formatNumber(lang, betterCount),
        worse: formatNumber(lang, worseCount),
      }),
    );
  }
  const disputedAreas = new Set(disputed.map((p) => p.code)).size;
  if (disputedAreas > 0)
    parts.push(tc(lang, "descUnranked", { n: formatNumber(lang, disputedAreas), areas: areasWord }));

  const legend: LegendItem[] = references.map((r) => ({
    label: `${r.label} (${r.valueText ?? fmt(r.value)})`,
    swatch: swatch(REFERENCE_STYLE[r.kind].stroke, "line", REFERENCE_STYLE[r.kind].dash),
  }));
  if (disputed.length > 0) legend.push({ label: tc(lang, "unranked"), swatch: swatch(DOT, "hollow-circle") });

  return { svg, title, subtitle, description: parts.join(" "), table, legend };
}

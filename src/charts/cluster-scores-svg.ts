/**
 * The drawing of cluster-scores.ts — per cluster a name, a bar on a grey track of the full maximum and a value line —
 * as an SVG string. Every place and province profile draws one per language (about 1,000 per build), so it is written
 * out here rather than built by Observable Plot through a DOM (see svg-markup.ts). The Plot specification it
 * reproduces byte for byte lives in tests/unit/charts/cluster-scores-plot.ts; the test compares the two.
 *
 * Layout, as that specification says: one band of CLUSTER_ROW px per cluster (Plot's band scale: no inner padding,
 * 0.1 outer padding, centred, rounded when rounding wastes ≤ 30 px); x from 0 to 100 % of the maximum with a grid
 * line and a labelled tick every 25; in each band the track and the bar inset 22 px from the top and 28 px from the
 * bottom, the name above and the value below, both starting at x = 0; a rule at x = 0.
 */
import { scaleBand, scaleLinear } from "d3-scale";
import { INK, INK_MUTED } from "./palette.ts";
import { attrValue, geom, plotRounds, plotTextElement, svgOpen, textContent, translateTo } from "./svg-markup.ts";

export interface ClusterRow {
  /** The band's key (the cluster id). */
  id: string;
  /** First line, bold: the cluster's name. */
  label: string;
  /** Third line: score/max (share) · coverage, or "no score yet" · coverage. */
  value: string;
  /** The bar, for a scored cluster only: its length in % of the maximum, and its tooltip (`<title>`). */
  bar: { share: number; title: string } | null;
}

export interface ClusterDrawing {
  width: number;
  ariaLabel: string;
  tickLabel: (value: number) => string;
  rows: ClusterRow[];
}

export const CLUSTER_MARGIN = { top: 4, right: 16, bottom: 20, left: 8 } as const;
/** Row height: name line, bar, value line. */
export const CLUSTER_ROW = 66;
export const CLUSTER_TICKS = [0, 25, 50, 75, 100];
export const CLUSTER_BAR_INSET = { top: 22, bottom: 28 } as const;
/** Name and value lines, from the middle of the band. */
export const CLUSTER_LABEL_DY = -CLUSTER_ROW / 2 + 12;
export const CLUSTER_VALUE_DY = CLUSTER_ROW / 2 - 16;
export const TRACK = "#e8e8e8";
export const BAR = "#0b57a4";

export const clusterHeight = (rows: number) => rows * CLUSTER_ROW + 24;

/** Plot's y band scale for these options (paddingInner 0, default padding 0.1 outside, align 0.5), rounded when
 * Plot's autoScaleRound would round it: when rounding wastes at most 30 px. */
function bandScale(ids: readonly string[], top: number, bottom: number) {
  const y = scaleBand<string>().align(0.5).paddingInner(0).paddingOuter(0.1).domain(ids).range([top, bottom]);
  if (plotRounds(y.domain().length, 0, 0.1, [top, bottom])) y.round(true);
  return y;
}

export function clusterSvg(d: ClusterDrawing): string {
  const { width, rows } = d;
  const m = CLUSTER_MARGIN;
  const height = clusterHeight(rows.length);
  const bottom = height - m.bottom;
  const x = scaleLinear()
    .domain([0, 100])
    .range([m.left, width - m.right]);
  const y = bandScale(
    rows.map((r) => r.id),
    m.top,
    bottom,
  );
  const bw = y.bandwidth();
  const barHeight = geom(Math.max(0, bw - CLUSTER_BAR_INSET.top - CLUSTER_BAR_INSET.bottom));
  const top = (r: ClusterRow) => y(r.id)!;
  const ticks = CLUSTER_TICKS.map((t) => geom(x(t)));
  const out: string[] = [svgOpen(width, height, d.ariaLabel)];

  // The x axis, in Plot's order: grid, ticks, labels.
  out.push(
    `<g stroke-opacity="0.1" stroke="currentColor" aria-hidden="true">`,
    ...ticks.map((px) => `<line y2="${geom(bottom)}" y1="${geom(m.top)}" x2="${px}" x1="${px}" />`),
    `</g><g stroke="currentColor" fill="none" aria-hidden="true">`,
    ...ticks.map((px) => `<path d="M0,0L0,6" transform="translate(${px},${geom(bottom)})" />`),
    `</g><g transform="translate(0,9)" font-variant="tabular-nums">`,
    ...CLUSTER_TICKS.map(
      (t, i) =>
        `<text transform="translate(${ticks[i]},${geom(bottom)})" y="0.7em">${textContent(d.tickLabel(t))}</text>`,
    ),
    `</g>`,
  );

  const rect = (r: ClusterRow, x1: number, x2: number, title?: string) =>
    `<rect height="${barHeight}" y="${geom(top(r) + CLUSTER_BAR_INSET.top)}" width="${geom(Math.max(0, Math.abs(x2 - x1)))}"` +
    ` x="${geom(Math.min(x1, x2))}"${title === undefined ? " />" : `><title>${textContent(title)}</title></rect>`}`;
  const x0 = x(0);
  if (rows.length > 0) {
    out.push(`<g fill="${TRACK}">`, ...rows.map((r) => rect(r, x0, x(100))), `</g>`);
  }
  // Plot leaves out a bar whose end is not a number, and the whole group when no bar is left.
  const bars = rows.flatMap((r) => (r.bar === null || Number.isNaN(x(r.bar.share)) ? [] : [{ r, bar: r.bar }]));
  if (bars.length > 0) {
    out.push(`<g fill="${BAR}">`, ...bars.map(({ r, bar }) => rect(r, x0, x(bar.share), bar.title)), `</g>`);
  }

  // Text marks drop empty texts (Plot's `nonempty`), and their group with them when none is left.
  const texts = (text: (r: ClusterRow) => string, dy: number, style: string) => {
    const shown = rows.filter((r) => text(r) !== "");
    if (shown.length === 0) return;
    const ty = dy + bw / 2;
    out.push(
      `<g${ty ? ` transform="${translateTo(0, ty)}"` : ""}${style}>`,
      ...shown.map((r) => plotTextElement(` transform="${translateTo(x0, top(r))}"`, text(r))),
      `</g>`,
    );
  };
  texts((r) => r.label, CLUSTER_LABEL_DY, ` font-weight="bold" text-anchor="start" fill="${attrValue(INK)}"`);
  texts((r) => r.value, CLUSTER_VALUE_DY, ` text-anchor="start" fill="${attrValue(INK_MUTED)}"`);

  out.push(
    `<g stroke="${INK}"><line y2="${geom(bottom)}" y1="${geom(m.top)}" x2="${geom(x0)}" x1="${geom(x0)}" /></g>`,
  );
  out.push(`</svg>`);
  return out.join("");
}

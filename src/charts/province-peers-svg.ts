/**
 * The drawing of province-peers.ts — a province's kab/kota as rows, bar length the predikat tier — as an SVG string.
 * Every place profile draws one per language (about 2,000 per build, and again for the province charts), so it is
 * written out here rather than built by Observable Plot through a DOM (see svg-markup.ts). The Plot specification it
 * reproduces byte for byte lives in tests/unit/charts/province-peers-plot.ts; the test compares the two.
 *
 * Layout, as that specification says: x linear from 0 to 5 (the tiers) with a grid line and a tier name on top per
 * tier; y a band per row (padding 0.25). In Plot's order: the focus row's pale band, the tier bars, the short
 * markers of "awarded, tier unclear" / "not awarded", the dashed markers of "unknown", the status words beside the
 * markers, the rule at x = 0, the row names, the focus row's name in bold.
 *
 * Plot behaviour mirrored here, found by reading its source (node_modules/@observablehq/plot/src):
 * - the band scale is rounded only when rounding wastes at most 30 px (scales.js, autoScaleRound): provinces with
 *   more than ~30 kab/kota get fractional rows;
 * - a mark with no data after its filters writes no `<g>` at all; the text marks drop empty names (nonempty filter);
 * - a text with a line break becomes `<tspan>` lines (text.js, applyMultilineText);
 * - insets are subtracted, not added, in Plot's order (bar.js), so the floating-point result is the same.
 * Not mirrored: a width that leaves no plot area (width − 20 ≤ marginLeft), where Plot collapses the x scale and
 * draws every bar full width; every call site draws 480 px wide.
 */
import { scaleBand, scaleLinear } from "d3-scale";
import { PREDIKAT } from "../pipeline/artefact.ts";
import { INK, INK_MUTED, UNKNOWN_DASH, UNKNOWN_STROKE } from "./palette.ts";
import { attrValue, geom, plotRounds, plotTextElement, svgOpen, textContent, translateTo } from "./svg-markup.ts";

/** A row's bar or marker: the band it sits in (the row's short name), its fill and its tooltip. */
export interface PeersBar {
  name: string;
  fill: string;
  title: string;
}

export interface PeersDrawing {
  width: number;
  height: number;
  marginLeft: number;
  ariaLabel: string;
  /** Row names, top to bottom: the band scale's domain (a repeated name shares one band, as in Plot). */
  names: string[];
  /** Names of the highlighted rows: a pale band across the whole plot. */
  focus: string[];
  /** Bars from 0 to the tier (1 … 5). */
  tiered: (PeersBar & { level: number })[];
  /** Short solid markers: awarded with the tier unclear, or not awarded. */
  markers: PeersBar[];
  /** Short dashed, empty markers: status unknown (their fill is fixed, white). */
  unknown: Omit<PeersBar, "fill">[];
  /** The status in words beside each marker. */
  statusText: { name: string; text: string }[];
  /** Row labels in regular weight, and the focus row's label in bold. */
  labels: string[];
  focusLabels: string[];
}

export const PEERS_MARGIN = { top: 30, right: 20, bottom: 14 } as const;
export const PEERS_ROW_HEIGHT = 22;
export const PEERS_PADDING = 0.25;
/** Where a marker ends and its status words start, in tiers. */
export const PEERS_MARKER_END = 0.25;
export const PEERS_STATUS_TEXT_AT = 0.3;
/** The focus band reaches 3 px above and below its row. */
export const PEERS_FOCUS_INSET = -3;
export const PEERS_FOCUS_FILL = "#e6eef7";
export const PEERS_LABEL_DX = -6;

/** Tick labels: nothing at 0, then the tier names. */
export const peersTickLabel = (i: number): string => (i >= 1 ? (PREDIKAT[i - 1] ?? "") : "");

export function peersSvg(d: PeersDrawing): string {
  const { width, height, marginLeft } = d;
  const m = PEERS_MARGIN;
  const top = m.top;
  const bottom = height - m.bottom;
  const right = width - m.right;
  const x = scaleLinear()
    .domain([0, PREDIKAT.length])
    .range([marginLeft, Math.max(marginLeft, right)]);
  const y = scaleBand<string>()
    .domain(d.names)
    .range([top, Math.max(top, bottom)])
    .paddingInner(PEERS_PADDING)
    .paddingOuter(PEERS_PADDING)
    .align(0.5);
  if (plotRounds(y.domain().length, y.paddingInner(), y.paddingOuter(), y.range())) y.round(true);
  const band = y.bandwidth();
  const x0 = x(0);
  const rect = (x1: number, x2: number, inset: number, name: string, fill: string | undefined, title?: string) => {
    const f = fill === undefined ? "" : ` fill="${attrValue(fill)}"`;
    const geometry =
      `${f} height="${geom(Math.max(0, band - inset - inset))}" y="${geom(y(name)! + inset)}"` +
      ` width="${geom(Math.max(0, Math.abs(x2 - x1)))}" x="${geom(Math.min(x1, x2))}"`;
    // Plot writes a `<title>` only for a non-empty tooltip (style.js, applyTitle).
    return title === undefined || title === ""
      ? `<rect${geometry} />`
      : `<rect${geometry}><title>${textContent(title)}</title></rect>`;
  };
  const texts = (group: string, dx: number, px: number, rows: { name: string; text: string }[]) => {
    const shown = rows.filter((r) => r.text !== "");
    if (shown.length === 0) return [];
    const ty = 0 + band / 2;
    const transform = dx || ty ? ` transform="${translateTo(dx, ty)}"` : "";
    return [
      `<g${transform}${group}>`,
      ...shown.map((r) => plotTextElement(` transform="${translateTo(px, y(r.name)!)}"`, r.text)),
      `</g>`,
    ];
  };

  const ticks = x.ticks(PREDIKAT.length);
  const out: string[] = [
    svgOpen(width, height, d.ariaLabel),
    // The x axis on top, in Plot's order: grid, ticks, labels.
    `<g stroke-opacity="0.1" stroke="currentColor" aria-hidden="true">`,
    ...ticks.map((t) => `<line y2="${geom(bottom)}" y1="${geom(top)}" x2="${geom(x(t))}" x1="${geom(x(t))}" />`),
    `</g><g stroke="currentColor" fill="none" aria-hidden="true">`,
    ...ticks.map((t) => `<path d="M0,0L0,-6" transform="${translateTo(x(t), top)}" />`),
    `</g><g transform="translate(0,-9)" font-variant="tabular-nums">`,
    ...ticks.map((t) => {
      const label = textContent(peersTickLabel(t));
      return `<text transform="${translateTo(x(t), top)}"${label === "" ? " />" : `>${label}</text>`}`;
    }),
    `</g>`,
  ];
  if (d.focus.length > 0) {
    const x5 = x(PREDIKAT.length);
    out.push(
      `<g fill="${PEERS_FOCUS_FILL}">`,
      ...d.focus.map((name) => rect(x0, x5, PEERS_FOCUS_INSET, name, undefined)),
      `</g>`,
    );
  }
  if (d.tiered.length > 0)
    out.push(`<g>`, ...d.tiered.map((b) => rect(x0, x(b.level), 0, b.name, b.fill, b.title)), `</g>`);
  const markerEnd = x(PEERS_MARKER_END);
  if (d.markers.length > 0)
    out.push(`<g>`, ...d.markers.map((b) => rect(x0, markerEnd, 0, b.name, b.fill, b.title)), `</g>`);
  if (d.unknown.length > 0)
    out.push(
      `<g stroke-dasharray="${UNKNOWN_DASH}" stroke="${UNKNOWN_STROKE}" fill="#fff">`,
      ...d.unknown.map((b) => rect(x0, markerEnd, 0, b.name, undefined, b.title)),
      `</g>`,
    );
  out.push(
    ...texts(` text-anchor="start" fill="${INK_MUTED}"`, 0, x(PEERS_STATUS_TEXT_AT), d.statusText),
    `<g stroke="${INK}"><line y2="${geom(bottom)}" y1="${geom(top)}" x2="${geom(x0)}" x1="${geom(x0)}" /></g>`,
    ...texts(
      ` text-anchor="end" fill="${INK}"`,
      PEERS_LABEL_DX,
      x0,
      d.labels.map((name) => ({ name, text: name })),
    ),
    ...texts(
      ` font-weight="bold" text-anchor="end" fill="${INK}"`,
      PEERS_LABEL_DX,
      x0,
      d.focusLabels.map((name) => ({ name, text: name })),
    ),
    `</svg>`,
  );
  return out.join("");
}

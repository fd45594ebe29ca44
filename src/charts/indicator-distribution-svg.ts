/**
 * The dot histogram of indicator-distribution.ts (the ~500 kab/kota of one indicator and year, stacked in bins) as
 * an SVG string. Each indicator and ranking page draws one per language, in the Astro build and again in the image
 * renderer (its PNG and SVG file), ~500 dots each: through Plot and linkedom that was ~0.4 s of a build's CPU per
 * process, written out here it is a few milliseconds (see svg-markup.ts). The province shape, 38 labelled rows drawn
 * a few dozen times per build, stays with Plot. The Plot specification this reproduces byte for byte lives in
 * tests/unit/charts/indicator-distribution-plot.ts; indicator-distribution-string.test.ts compares the two.
 *
 * Marks, in Plot's order: y grid, y ticks and labels, x ticks and labels (no axis titles), the ranked dots, the
 * unranked (hollow) dots, a rule at y = 0, and one vertical rule per reference line.
 */
import { scaleLinear } from "d3-scale";
import { INK } from "./palette.ts";
import {
  attrValue,
  geom,
  plotBottomAxis,
  plotLeftAxisWithGrid,
  svgDocument,
  svgOpen,
  textContent,
} from "./svg-markup.ts";

export interface StripDot {
  /** The bin's middle, in the indicator's unit. */
  x: number;
  /** The dot's place in its bin's stack: 0.5, 1.5, … */
  y: number;
  /** The dot's tooltip (`<title>`). */
  title: string;
}

export interface StripReference {
  value: number;
  stroke: string;
  dash: string;
}

export interface StripDrawing {
  width: number;
  height: number;
  ariaLabel: string;
  xDomain: [number, number];
  /** [0, the tallest stack + 0.5]. */
  yDomain: [number, number];
  /** How many y ticks to ask for (d3's ticks(count)). */
  yTicks: number;
  tickLabel: (value: number) => string;
  r: number;
  ranked: readonly StripDot[];
  unranked: readonly StripDot[];
  references: readonly StripReference[];
}

export const STRIP_MARGIN = { top: 12, right: 16, bottom: 28, left: 44 } as const;
export const STRIP_X_TICKS = 8;
/** The dots' blue (both shapes of the chart): the indicator's own colour, not a predikat's. */
export const DISTRIBUTION_DOT = "#0b57a4";
export const STRIP_HOLLOW_STROKE_WIDTH = 1.5;
/** Reference lines (national, median, target), in both shapes. */
export const REFERENCE_STROKE_WIDTH = 2;

export function stripSvg(d: StripDrawing): string {
  const m = STRIP_MARGIN;
  const left = m.left;
  const right = d.width - m.right;
  const bottom = d.height - m.bottom;
  const x = scaleLinear().domain(d.xDomain).range([left, right]);
  const y = scaleLinear().domain(d.yDomain).range([bottom, m.top]);
  const marks: string[] = [
    plotLeftAxisWithGrid(y.ticks(d.yTicks), y, [left, right], d.tickLabel),
    plotBottomAxis(x.ticks(STRIP_X_TICKS), x, bottom, d.tickLabel),
  ];
  const r = geom(d.r);
  const dot = (p: StripDot) => {
    const attributes = `<circle r="${r}" cy="${geom(y(p.y))}" cx="${geom(x(p.x))}"`;
    return p.title === "" ? `${attributes} />` : `${attributes}><title>${textContent(p.title)}</title></circle>`;
  };
  if (d.ranked.length > 0) marks.push(`<g fill="${DISTRIBUTION_DOT}">`, ...d.ranked.map(dot), `</g>`);
  if (d.unranked.length > 0)
    marks.push(
      `<g stroke-width="${STRIP_HOLLOW_STROKE_WIDTH}" stroke="${DISTRIBUTION_DOT}" fill="#fff">`,
      ...d.unranked.map(dot),
      `</g>`,
    );
  marks.push(
    `<g stroke="${INK}"><line y2="${geom(y(0))}" y1="${geom(y(0))}" x2="${geom(right)}" x1="${geom(left)}" /></g>`,
  );
  for (const ref of d.references) {
    const px = geom(x(ref.value));
    marks.push(
      `<g stroke-dasharray="${attrValue(ref.dash)}" stroke-width="${REFERENCE_STROKE_WIDTH}" stroke="${attrValue(ref.stroke)}">`,
      `<line y2="${geom(bottom)}" y1="${geom(m.top)}" x2="${px}" x1="${px}" /></g>`,
    );
  }
  return svgDocument(svgOpen(d.width, d.height, d.ariaLabel), marks);
}

/**
 * The drawing of place-timeline.ts — one place's predikat per award round — as an SVG string. Every place profile
 * draws it once per language, and again on its embed pages and chart files (several thousand per build), so it is
 * written out here rather than built by Observable Plot through a DOM (see svg-markup.ts). The Plot specification it
 * reproduces byte for byte lives in tests/unit/charts/place-timeline-plot.ts; the test compares the two.
 *
 * Layout, as that specification says: 248 px high; x a point scale over the years, y a point scale over the eight
 * rows (KLA … unknown), both padded by half a step, no tick marks; a grid line per row; a link between consecutive
 * tiered rounds; "no awards" written upright in each year without a round; then four sets of dots: sourced (filled),
 * inferred (hollow), conflicting (diamonds), unknown (dashed).
 */
import { scalePoint } from "d3-scale";
import { symbol, symbolDiamond2 } from "d3-shape";
import { INK, INK_MUTED, TIER_UNKNOWN_FILL, UNKNOWN_DASH, UNKNOWN_FILL, UNKNOWN_STROKE } from "./palette.ts";
import { attrValue, geom, geomText, plotRounds, svgOpen, textContent, translateTo } from "./svg-markup.ts";

/** One round's marker: where it sits and what its tooltip says. */
export interface TimelineDot {
  year: string;
  row: string;
  /** The status colour: the fill of a sourced dot, the ring of an inferred one; unused by the others. */
  color: string;
  title: string;
}

export interface TimelineDrawing {
  width: number;
  ariaLabel: string;
  /** The x domain: every year from the first round to the last, held or not. */
  years: string[];
  /** The y domain, top to bottom, with the label written at each row. */
  rows: { key: string; label: string }[];
  /** Lines between consecutive rounds that both have a tier. */
  links: { x1: string; y1: string; x2: string; y2: string }[];
  /** Years without a round, and what is written there (on the row `gapRow`). */
  gaps: string[];
  gapRow: string;
  gapText: string;
  sourced: TimelineDot[];
  inferred: TimelineDot[];
  conflicts: TimelineDot[];
  unknown: TimelineDot[];
}

export const TIMELINE_ROW_STEP = 26;
export const TIMELINE_MARGIN = { top: 10, right: 12, bottom: 30, left: 122 } as const;
export const TIMELINE_HEIGHT = 8 * TIMELINE_ROW_STEP + 40;
/** Dot radii: sourced, inferred (its 3 px ring makes it look as big), conflict diamond, unknown. */
export const TIMELINE_R = { sourced: 7, inferred: 6, conflict: 8, unknown: 7 } as const;
const POINT_PADDING = 0.5;

/**
 * Plot rounds a point scale's positions to whole pixels unless that would waste more than 30 px in all
 * (@observablehq/plot src/scales.js autoScaleRound / roundError, for a point scale: paddingInner 1).
 */
function point(domain: string[], start: number, stop: number) {
  const scale = scalePoint<string>().domain(domain).range([start, stop]).padding(POINT_PADDING).align(0.5);
  if (plotRounds(domain.length, 1, POINT_PADDING, [start, stop])) scale.round(true);
  return scale;
}

/** A coordinate inside a path, as d3-path's pathRound (Plot's default, 3 digits) writes it. */
const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** Plot draws every conflict diamond with the same path (constant r), centred by a transform. */
const DIAMOND = geomText(symbol(symbolDiamond2, TIMELINE_R.conflict ** 2 * Math.PI)() ?? "");

export function timelineSvg(d: TimelineDrawing): string {
  const m = TIMELINE_MARGIN;
  const left = m.left;
  const right = Math.max(left, d.width - m.right);
  const bottom = TIMELINE_HEIGHT - m.bottom;
  const x = point(d.years, left, right);
  const y = point(
    d.rows.map((r) => r.key),
    m.top,
    Math.max(m.top, bottom),
  );
  const X = (year: string) => x(year)!;
  const Y = (row: string) => y(row)!;
  const at = (year: string, row: string) => translateTo(X(year), Y(row));
  const title = (dot: TimelineDot) => `<title>${textContent(dot.title)}</title>`;
  const group = (open: string, items: string[]) => (items.length === 0 ? [] : [open, ...items, `</g>`]);
  const circle = (dot: TimelineDot, r: number, style = "") =>
    `<circle${style} r="${r}" cy="${geom(Y(dot.row))}" cx="${geom(X(dot.year))}">${title(dot)}</circle>`;

  // Plot's order: y grid, y labels (no tick marks: tickSize 0), x labels, then the marks as listed; a mark with no
  // data has no <g> at all.
  return [
    svgOpen(d.width, TIMELINE_HEIGHT, d.ariaLabel),
    ...group(
      `<g stroke-opacity="0.1" stroke="currentColor" aria-hidden="true">`,
      d.rows.map(
        (r) => `<line y2="${geom(Y(r.key))}" y1="${geom(Y(r.key))}" x2="${geom(right)}" x1="${geom(left)}" />`,
      ),
    ),
    ...group(
      `<g transform="translate(-9,0)" text-anchor="end">`,
      d.rows.map((r) => `<text transform="${translateTo(left, Y(r.key))}" y="0.3em">${textContent(r.label)}</text>`),
    ),
    ...group(
      `<g transform="translate(0,9)">`,
      d.years.map((year) => `<text transform="${translateTo(X(year), bottom)}" y="0.7em">${year}</text>`),
    ),
    ...group(
      `<g stroke-miterlimit="1" stroke-width="1.5" stroke="${INK_MUTED}" fill="none">`,
      d.links.map(
        (l) =>
          `<path d="${geomText(`M${round3(X(l.x1))},${round3(Y(l.y1))}L${round3(X(l.x2))},${round3(Y(l.y2))}`)}" />`,
      ),
    ),
    ...group(
      `<g fill="${INK_MUTED}">`,
      d.gaps.map(
        (year) => `<text transform="${at(year, d.gapRow)} rotate(-90)" y="0.3em">${textContent(d.gapText)}</text>`,
      ),
    ),
    ...group(
      `<g stroke-width="1.5" stroke="${INK}">`,
      d.sourced.map((dot) => circle(dot, TIMELINE_R.sourced, ` fill="${attrValue(dot.color)}"`)),
    ),
    ...group(
      `<g stroke-width="3" fill="#fff">`,
      d.inferred.map((dot) => circle(dot, TIMELINE_R.inferred, ` stroke="${attrValue(dot.color)}"`)),
    ),
    ...group(
      `<g stroke-width="1.5" stroke="${INK}" fill="${TIER_UNKNOWN_FILL}">`,
      d.conflicts.map((dot) => `<path d="${DIAMOND}" transform="${at(dot.year, dot.row)}">${title(dot)}</path>`),
    ),
    ...group(
      `<g stroke-dasharray="${UNKNOWN_DASH}" stroke-width="1.5" stroke="${UNKNOWN_STROKE}" fill="${UNKNOWN_FILL}">`,
      d.unknown.map((dot) => circle(dot, TIMELINE_R.unknown)),
    ),
    `</svg>`,
  ].join("");
}

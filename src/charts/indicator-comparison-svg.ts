/**
 * The drawing of indicator-comparison.ts — lines over years for the focus area, its province and the nation — as an
 * SVG string. Every place profile draws one per indicator series and language (about 7,000 per build), so it is
 * written out here rather than built by Observable Plot through a DOM (see svg-markup.ts). The Plot specification it
 * reproduces byte for byte lives in tests/unit/charts/indicator-comparison-plot.ts; the test compares the two.
 *
 * Layout, as that specification says: 280 px high; y from 0 to `yMax` with about 5 grid lines and labelled ticks;
 * x over the years with a 20 px inset, one tick per year; a rule at y = 0; per line, a path through the agreed
 * values, a dot per agreed value, a hollow dot per conflicting value, and the focus line's last value as a label.
 */
import { scaleLinear } from "d3-scale";
import { line as linePath } from "d3-shape";
import { INK } from "./palette.ts";
import {
  attrValue,
  geom,
  geomText,
  plotBottomAxis,
  plotLeftAxisWithGrid,
  svgOpen,
  textContent,
  translateTo,
} from "./svg-markup.ts";

export interface ComparisonPoint {
  year: number;
  value: number;
  /** The dot's tooltip (`<title>`). */
  title: string;
}

export interface ComparisonLine {
  role: "focus" | "province" | "national";
  stroke: string;
  /** "none" for a solid line. */
  dash: string;
  width: number;
  agreed: ComparisonPoint[];
  conflicts: ComparisonPoint[];
  /** At most one: the value written beside the line's last agreed point. */
  endLabel: { year: number; value: number; text: string }[];
}

export interface ComparisonDrawing {
  width: number;
  yMax: number;
  xDomain: [number, number];
  /** One x tick per year. */
  years: number[];
  ariaLabel: string;
  tickLabel: (value: number) => string;
  lines: ComparisonLine[];
}

export const COMPARISON_MARGIN = { top: 16, right: 60, bottom: 28, left: 44 } as const;
export const COMPARISON_HEIGHT = 280;
export const COMPARISON_X_INSET = 20;
export const COMPARISON_Y_TICKS = 5;

export function comparisonSvg(d: ComparisonDrawing): string {
  const { width, lines } = d;
  const m = COMPARISON_MARGIN;
  const bottom = COMPARISON_HEIGHT - m.bottom;
  const right = width - m.right;
  const x = scaleLinear()
    .domain(d.xDomain)
    .range([m.left + COMPARISON_X_INSET, right - COMPARISON_X_INSET]);
  const y = scaleLinear().domain([0, d.yMax]).range([bottom, m.top]);
  const out: string[] = [svgOpen(width, COMPARISON_HEIGHT, d.ariaLabel)];

  // Axes, in Plot's order: y grid, y ticks, y labels, x ticks, x labels.
  out.push(
    plotLeftAxisWithGrid(y.ticks(COMPARISON_Y_TICKS), y, [m.left, right], d.tickLabel),
    plotBottomAxis(d.years, x, bottom, String),
  );
  out.push(
    `<g stroke="${INK}"><line y2="${geom(y(0))}" y1="${geom(y(0))}" x2="${geom(right)}" x1="${geom(m.left)}" /></g>`,
  );

  const path = linePath<ComparisonPoint>(
    (p) => x(p.year),
    (p) => y(p.value),
  );
  const dot = (p: ComparisonPoint, r?: number) =>
    `<circle${r === undefined ? "" : ` r="${r}"`} cy="${geom(y(p.value))}" cx="${geom(x(p.year))}"><title>${textContent(p.title)}</title></circle>`;
  for (const l of lines) {
    const stroke = attrValue(l.stroke);
    if (l.agreed.length > 0) {
      const dash = l.dash === "none" ? "" : ` stroke-dasharray="${attrValue(l.dash)}"`;
      out.push(
        `<g${dash} stroke-linecap="round" stroke-linejoin="round" stroke-width="${l.width}" stroke="${stroke}" fill="none">`,
        `<path d="${geomText(path(l.agreed) ?? "")}" /></g>`,
        `<g fill="${stroke}">`,
        ...l.agreed.map((p) => dot(p, l.role === "focus" ? 4 : 3)),
        `</g>`,
      );
    }
    if (l.conflicts.length > 0) {
      out.push(`<g stroke-width="2" stroke="${stroke}" fill="#fff">`, ...l.conflicts.map((p) => dot(p, 4)), `</g>`);
    }
    if (l.endLabel.length > 0) {
      out.push(
        `<g transform="translate(8,0)" text-anchor="start" fill="${INK}">`,
        ...l.endLabel.map(
          (p) => `<text transform="${translateTo(x(p.year), y(p.value))}" y="0.3em">${textContent(p.text)}</text>`,
        ),
        `</g>`,
      );
    }
  }
  out.push(`</svg>`);
  return out.join("");
}

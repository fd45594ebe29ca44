/**
 * The Observable Plot specification of the kab/kota dot histogram that src/charts/indicator-distribution-svg.ts
 * writes out as a string: the reference the string renderer is checked against, byte for byte
 * (indicator-distribution-string.test.ts). Change the chart here first, then make the string renderer agree.
 */
import * as Plot from "@observablehq/plot";
import {
  DISTRIBUTION_DOT,
  REFERENCE_STROKE_WIDTH,
  STRIP_HOLLOW_STROKE_WIDTH,
  STRIP_MARGIN,
  STRIP_X_TICKS,
  type StripDrawing,
} from "../../../src/charts/indicator-distribution-svg.ts";
import { INK } from "../../../src/charts/palette.ts";
import { plotToSvg } from "../../../src/charts/plot-ssr.ts";

export function stripPlot(d: StripDrawing): string {
  return plotToSvg({
    width: d.width,
    height: d.height,
    marginLeft: STRIP_MARGIN.left,
    marginRight: STRIP_MARGIN.right,
    marginTop: STRIP_MARGIN.top,
    marginBottom: STRIP_MARGIN.bottom,
    x: { domain: d.xDomain, label: null, ticks: STRIP_X_TICKS, tickFormat: d.tickLabel },
    y: { domain: d.yDomain, label: null, grid: true, ticks: d.yTicks, tickFormat: d.tickLabel },
    ariaLabel: d.ariaLabel,
    marks: [
      Plot.dot(d.ranked, { x: "x", y: "y", r: d.r, fill: DISTRIBUTION_DOT, title: "title" }),
      Plot.dot(d.unranked, {
        x: "x",
        y: "y",
        r: d.r,
        fill: "#fff",
        stroke: DISTRIBUTION_DOT,
        strokeWidth: STRIP_HOLLOW_STROKE_WIDTH,
        title: "title",
      }),
      Plot.ruleY([0], { stroke: INK }),
      ...d.references.map((ref) =>
        Plot.ruleX([ref.value], { stroke: ref.stroke, strokeWidth: REFERENCE_STROKE_WIDTH, strokeDasharray: ref.dash }),
      ),
    ],
  });
}

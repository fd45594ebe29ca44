/**
 * The Observable Plot specification that src/charts/indicator-comparison-svg.ts writes out as a string: the
 * reference the string renderer is checked against, byte for byte (indicator-comparison-string.test.ts). Change the chart here
 * first, then make the string renderer agree.
 */
import * as Plot from "@observablehq/plot";
import {
  COMPARISON_HEIGHT,
  COMPARISON_MARGIN,
  COMPARISON_X_INSET,
  COMPARISON_Y_TICKS,
  type ComparisonDrawing,
  type ComparisonPoint,
} from "../../../src/charts/indicator-comparison-svg.ts";
import { INK } from "../../../src/charts/palette.ts";
import { plotToSvg } from "../../../src/charts/plot-ssr.ts";

export function comparisonPlot(d: ComparisonDrawing): string {
  return plotToSvg(
    {
      width: d.width,
      height: COMPARISON_HEIGHT,
      marginLeft: COMPARISON_MARGIN.left,
      marginRight: COMPARISON_MARGIN.right,
      marginTop: COMPARISON_MARGIN.top,
      marginBottom: COMPARISON_MARGIN.bottom,
      x: {
        domain: d.xDomain,
        ticks: d.years,
        tickFormat: (y: number) => String(y),
        label: null,
        inset: COMPARISON_X_INSET,
      },
      y: { domain: [0, d.yMax], label: null, grid: true, ticks: COMPARISON_Y_TICKS, tickFormat: d.tickLabel },
      ariaLabel: d.ariaLabel,
      marks: [
        Plot.ruleY([0], { stroke: INK }),
        ...d.lines.flatMap((line) => [
          Plot.line(line.agreed, {
            x: "year",
            y: "value",
            stroke: line.stroke,
            strokeWidth: line.width,
            strokeDasharray: line.dash,
          }),
          Plot.dot(line.agreed, {
            x: "year",
            y: "value",
            r: line.role === "focus" ? 4 : 3,
            fill: line.stroke,
            title: (p: ComparisonPoint) => p.title,
          }),
          Plot.dot(line.conflicts, {
            x: "year",
            y: "value",
            r: 4,
            fill: "#fff",
            stroke: line.stroke,
            strokeWidth: 2,
            title: (p: ComparisonPoint) => p.title,
          }),
          Plot.text(line.endLabel, { x: "year", y: "value", text: "text", textAnchor: "start", dx: 8, fill: INK }),
        ]),
      ],
    },
    { idPrefix: "indicator-comparison" },
  );
}

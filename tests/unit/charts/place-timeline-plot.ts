/**
 * The Observable Plot specification that src/charts/place-timeline-svg.ts writes out as a string: the reference the
 * string renderer is checked against, byte for byte (place-timeline-string.test.ts). Change the chart here first,
 * then make the string renderer agree.
 */
import * as Plot from "@observablehq/plot";
import {
  TIMELINE_HEIGHT,
  TIMELINE_MARGIN,
  TIMELINE_R,
  type TimelineDot,
  type TimelineDrawing,
} from "../../../src/charts/place-timeline-svg.ts";
import {
  INK,
  INK_MUTED,
  TIER_UNKNOWN_FILL,
  UNKNOWN_DASH,
  UNKNOWN_FILL,
  UNKNOWN_STROKE,
} from "../../../src/charts/palette.ts";
import { plotToSvg } from "../../../src/charts/plot-ssr.ts";

export function timelinePlot(d: TimelineDrawing): string {
  const label = new Map(d.rows.map((r) => [r.key, r.label]));
  const at = { x: "year", y: "row", title: "title" } as const;
  return plotToSvg(
    {
      width: d.width,
      height: TIMELINE_HEIGHT,
      marginLeft: TIMELINE_MARGIN.left,
      marginRight: TIMELINE_MARGIN.right,
      marginTop: TIMELINE_MARGIN.top,
      marginBottom: TIMELINE_MARGIN.bottom,
      x: { type: "point", domain: d.years, label: null, padding: 0.5, tickSize: 0 },
      y: {
        type: "point",
        domain: d.rows.map((r) => r.key),
        label: null,
        tickFormat: (key: string) => label.get(key),
        tickSize: 0,
        padding: 0.5,
        grid: true,
      },
      ariaLabel: d.ariaLabel,
      marks: [
        Plot.link(d.links, { x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: INK_MUTED, strokeWidth: 1.5 }),
        Plot.text(d.gaps, {
          x: (year: string) => year,
          y: () => d.gapRow,
          text: () => d.gapText,
          rotate: -90,
          fill: INK_MUTED,
        }),
        Plot.dot(d.sourced, { ...at, r: TIMELINE_R.sourced, fill: (m: TimelineDot) => m.color, stroke: INK }),
        Plot.dot(d.inferred, {
          ...at,
          r: TIMELINE_R.inferred,
          fill: "#fff",
          stroke: (m: TimelineDot) => m.color,
          strokeWidth: 3,
        }),
        Plot.dot(d.conflicts, {
          ...at,
          r: TIMELINE_R.conflict,
          symbol: "diamond2",
          fill: TIER_UNKNOWN_FILL,
          stroke: INK,
        }),
        Plot.dot(d.unknown, {
          ...at,
          r: TIMELINE_R.unknown,
          fill: UNKNOWN_FILL,
          stroke: UNKNOWN_STROKE,
          strokeDasharray: UNKNOWN_DASH,
        }),
      ],
    },
    { idPrefix: "place-timeline" },
  );
}

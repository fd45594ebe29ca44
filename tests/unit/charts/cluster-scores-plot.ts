/**
 * The Observable Plot specification that src/charts/cluster-scores-svg.ts writes out as a string: the reference the
 * string renderer is checked against, byte for byte (cluster-scores-string.test.ts). Change the chart here first,
 * then make the string renderer agree.
 */
import * as Plot from "@observablehq/plot";
import {
  BAR,
  CLUSTER_BAR_INSET,
  CLUSTER_LABEL_DY,
  CLUSTER_MARGIN,
  CLUSTER_TICKS,
  CLUSTER_VALUE_DY,
  TRACK,
  clusterHeight,
  type ClusterDrawing,
  type ClusterRow,
} from "../../../src/charts/cluster-scores-svg.ts";
import { INK, INK_MUTED } from "../../../src/charts/palette.ts";
import { plotToSvg } from "../../../src/charts/plot-ssr.ts";

export function clusterPlot(d: ClusterDrawing): string {
  const scored = d.rows.filter((r) => r.bar !== null);
  const insets = { insetTop: CLUSTER_BAR_INSET.top, insetBottom: CLUSTER_BAR_INSET.bottom };
  return plotToSvg(
    {
      width: d.width,
      height: clusterHeight(d.rows.length),
      marginLeft: CLUSTER_MARGIN.left,
      marginRight: CLUSTER_MARGIN.right,
      marginTop: CLUSTER_MARGIN.top,
      marginBottom: CLUSTER_MARGIN.bottom,
      x: { domain: [0, 100], label: null, ticks: CLUSTER_TICKS, tickFormat: d.tickLabel, grid: true },
      y: { type: "band", domain: d.rows.map((r) => r.id), axis: null, paddingInner: 0 },
      ariaLabel: d.ariaLabel,
      marks: [
        Plot.barX(d.rows, { y: "id", x1: 0, x2: 100, fill: TRACK, ...insets }),
        Plot.barX(scored, {
          y: "id",
          x1: 0,
          x2: (r: ClusterRow) => r.bar!.share,
          fill: BAR,
          ...insets,
          title: (r: ClusterRow) => r.bar!.title,
        }),
        Plot.text(d.rows, {
          y: "id",
          x: 0,
          text: "label",
          textAnchor: "start",
          dy: CLUSTER_LABEL_DY,
          fill: INK,
          fontWeight: "bold",
        }),
        Plot.text(d.rows, { y: "id", x: 0, text: "value", textAnchor: "start", dy: CLUSTER_VALUE_DY, fill: INK_MUTED }),
        Plot.ruleX([0], { stroke: INK }),
      ],
    },
    { idPrefix: "clusters" },
  );
}

/**
 * The Observable Plot specification that src/charts/province-peers-svg.ts writes out as a string: the reference the
 * string renderer is checked against, byte for byte (province-peers-string.test.ts). Change the chart here first,
 * then make the string renderer agree.
 */
import * as Plot from "@observablehq/plot";
import { INK, INK_MUTED, UNKNOWN_DASH, UNKNOWN_STROKE } from "../../../src/charts/palette.ts";
import { plotToSvg } from "../../../src/charts/plot-ssr.ts";
import {
  PEERS_FOCUS_FILL,
  PEERS_FOCUS_INSET,
  PEERS_LABEL_DX,
  PEERS_MARGIN,
  PEERS_MARKER_END,
  PEERS_PADDING,
  PEERS_STATUS_TEXT_AT,
  peersTickLabel,
  type PeersBar,
  type PeersDrawing,
} from "../../../src/charts/province-peers-svg.ts";
import { PREDIKAT } from "../../../src/pipeline/artefact.ts";

export function peersPlot(d: PeersDrawing): string {
  const named = (names: string[]) => names.map((name) => ({ name }));
  const fill = (b: PeersBar) => b.fill;
  const title = (b: Pick<PeersBar, "title">) => b.title;
  return plotToSvg(
    {
      width: d.width,
      height: d.height,
      marginLeft: d.marginLeft,
      marginRight: PEERS_MARGIN.right,
      marginTop: PEERS_MARGIN.top,
      marginBottom: PEERS_MARGIN.bottom,
      x: {
        domain: [0, PREDIKAT.length],
        axis: "top",
        label: null,
        grid: true,
        ticks: PREDIKAT.length,
        tickFormat: peersTickLabel,
      },
      y: { type: "band", domain: d.names, axis: null, padding: PEERS_PADDING },
      ariaLabel: d.ariaLabel,
      marks: [
        Plot.barX(named(d.focus), {
          y: "name",
          x1: 0,
          x2: PREDIKAT.length,
          fill: PEERS_FOCUS_FILL,
          insetTop: PEERS_FOCUS_INSET,
          insetBottom: PEERS_FOCUS_INSET,
        }),
        Plot.barX(d.tiered, { y: "name", x1: 0, x2: "level", fill, title }),
        Plot.barX(d.markers, { y: "name", x1: 0, x2: PEERS_MARKER_END, fill, title }),
        Plot.barX(d.unknown, {
          y: "name",
          x1: 0,
          x2: PEERS_MARKER_END,
          fill: "#fff",
          stroke: UNKNOWN_STROKE,
          strokeDasharray: UNKNOWN_DASH,
          title,
        }),
        Plot.text(d.statusText, {
          y: "name",
          x: PEERS_STATUS_TEXT_AT,
          text: "text",
          textAnchor: "start",
          fill: INK_MUTED,
        }),
        Plot.ruleX([0], { stroke: INK }),
        Plot.text(named(d.labels), { y: "name", x: 0, dx: PEERS_LABEL_DX, text: "name", textAnchor: "end", fill: INK }),
        Plot.text(named(d.focusLabels), {
          y: "name",
          x: 0,
          dx: PEERS_LABEL_DX,
          text: "name",
          textAnchor: "end",
          fill: INK,
          fontWeight: "bold",
        }),
      ],
    },
    { idPrefix: "province-peers" },
  );
}

/**
 * The Observable Plot specification that src/charts/value-tile-map-svg.ts writes out as a string: the reference the
 * string renderer is checked against, byte for byte (value-tile-map-string.test.ts). Change the chart here first,
 * then make the string renderer agree.
 */
import { plotToSvg } from "../../../src/charts/plot-ssr.ts";
import { gridFrame, squareRects, tileLabels, type TileGrid } from "../../../src/charts/tile-grid.ts";
import {
  OUTLINED,
  VALUE_TILE_FONT_SIZE,
  type ValueSquare,
  type ValueTileDrawing,
} from "../../../src/charts/value-tile-map-svg.ts";

export function valueTilePlot(d: ValueTileDrawing): string {
  const of = (kind: ValueSquare["kind"]) => d.squares.filter((s) => s.kind === kind);
  const grid = { width: d.width, height: d.height } as TileGrid;
  return plotToSvg(
    {
      ...gridFrame(grid, d.ariaLabel),
      marks: [
        squareRects(of("value"), { fill: "fill" }),
        squareRects(of("unranked"), { fill: "#fff", ...OUTLINED.unranked }),
        squareRects(of("none"), { fill: "#fff", ...OUTLINED.none }),
        tileLabels([...d.labels]),
      ],
    },
    { fontSize: VALUE_TILE_FONT_SIZE },
  );
}

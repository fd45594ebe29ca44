/**
 * The drawing of value-tile-map.ts — one square per kab/kota inside its province's tile — as an SVG string. Each
 * indicator page's map is drawn in two processes per language (the Astro build, and the image renderer for its PNG
 * and SVG file), ~514 squares each: through Plot and linkedom that was ~0.4 s of a build's CPU per process, written
 * out here it is a few milliseconds (see svg-markup.ts). The Plot specification it reproduces byte for byte lives in
 * tests/unit/charts/value-tile-map-plot.ts; value-tile-map-string.test.ts compares the two.
 *
 * Marks, in Plot's order: the coloured squares (each its own fill), the squares of caveated values (white, solid
 * outline), the squares without a value (white, dashed outline), the provinces' abbreviations. Identity scales:
 * every position is already in pixels.
 */
import { INK, UNKNOWN_STROKE } from "./palette.ts";
import { attrValue, geom, plotTextElement, svgDocument, svgOpen, textContent, translateTo } from "./svg-markup.ts";
import { CELL, type SquareCorner, type TileLabel } from "./tile-grid.ts";

export interface ValueSquare extends SquareCorner {
  kind: "value" | "unranked" | "none";
  /** The class colour of a "value" square; ignored for the others (white). */
  fill: string;
  title: string;
}

export interface ValueTileDrawing {
  width: number;
  height: number;
  ariaLabel: string;
  squares: readonly ValueSquare[];
  labels: readonly TileLabel[];
}

/** The map's text is small (10 px): a province abbreviation sits above a tile 60 px wide. */
export const VALUE_TILE_FONT_SIZE = 10;

/** The squares drawn without colour: white, outlined, inset so the outline stays inside the cell. */
export const OUTLINED = {
  unranked: { stroke: INK, strokeWidth: 1.25, inset: 0.6 },
  none: { stroke: UNKNOWN_STROKE, strokeWidth: 0.75, strokeDasharray: "2,1", inset: 0.4 },
} as const;

/**
 * A square as Plot's rect mark writes it (x1 = corner, x2 = corner + CELL, the same inset on every side): the same
 * operations in the same order (Plot adds the band width, 0 on identity scales, then takes off each side's inset),
 * so the same floating-point results.
 */
function rect(s: ValueSquare, inset: number, fill: string): string {
  const x2 = s.x1 + CELL;
  const y2 = s.y1 + CELL;
  const x = Math.min(s.x1, x2) + inset;
  const y = Math.min(s.y1, y2) + inset;
  const width = Math.max(0, Math.abs(x2 - s.x1) + 0 - inset - inset);
  const height = Math.max(0, Math.abs(s.y1 - y2) + 0 - inset - inset);
  const attributes = `${fill} height="${geom(height)}" width="${geom(width)}" y="${geom(y)}" x="${geom(x)}"`;
  return s.title === "" ? `<rect${attributes} />` : `<rect${attributes}><title>${textContent(s.title)}</title></rect>`;
}

export function valueTileMapSvg(d: ValueTileDrawing): string {
  const marks: string[] = [];
  const of = (kind: ValueSquare["kind"]) => d.squares.filter((s) => s.kind === kind);
  const values = of("value");
  if (values.length > 0) marks.push(`<g>${values.map((s) => rect(s, 0, ` fill="${attrValue(s.fill)}"`)).join("")}</g>`);
  for (const kind of ["unranked", "none"] as const) {
    const squares = of(kind);
    if (squares.length === 0) continue;
    const style = OUTLINED[kind];
    const dash = "strokeDasharray" in style ? ` stroke-dasharray="${style.strokeDasharray}"` : "";
    marks.push(
      `<g${dash} stroke-width="${style.strokeWidth}" stroke="${style.stroke}" fill="#fff">`,
      ...squares.map((s) => rect(s, style.inset, "")),
      `</g>`,
    );
  }
  // Plot's text mark leaves out a label without text.
  const labels = d.labels
    .filter((l) => l.text !== "")
    .map((l) => plotTextElement(` transform="${translateTo(l.x, l.y)}"`, l.text, l.title));
  if (labels.length > 0) marks.push(`<g font-weight="bold" text-anchor="start" fill="${INK}">${labels.join("")}</g>`);
  return svgDocument(svgOpen(d.width, d.height, d.ariaLabel, VALUE_TILE_FONT_SIZE), marks);
}

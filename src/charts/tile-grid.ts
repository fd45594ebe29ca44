/**
 * The province grid that both tile maps draw on (./tile-map.ts: predikat per kab/kota; ./value-tile-map.ts: one
 * indicator's values): each province is a tile placed by data/site/tile-map.csv, labelled with its abbreviation, and
 * holding a small waffle of squares, one per kab/kota. One home for the geometry, so the two maps line up square for
 * square and a change of cell size or spacing reaches both.
 */
import * as Plot from "@observablehq/plot";
import type { Place, Province, TileLayout } from "../pipeline/artefact.ts";
import { INK } from "./palette.ts";

/** A square's side, in px. */
export const CELL = 7;
const PITCH = 8.5;
const WAFFLE_COLS = 6;
const TILE_W = 60;
const LABEL_H = 14;
const MARGIN = 4;

/** Top-left corner of a square, in px. */
export interface SquareCorner {
  x1: number;
  y1: number;
}

export interface TileLabel {
  x: number;
  y: number;
  text: string;
  title: string;
}

export interface TileGrid {
  width: number;
  height: number;
  /** The tiles whose province is known, with the corner of each of its waffle's squares by index. */
  tiles: { tile: TileLayout; province: Province; square: (i: number) => SquareCorner }[];
  labels: TileLabel[];
}

export function tileGrid(
  provinces: readonly Province[],
  places: readonly Place[],
  layout: readonly TileLayout[],
  width?: number,
): TileGrid {
  const placeCount = (code: string) => places.filter((pl) => pl.provinceCode === code).length;
  const cols = Math.max(0, ...layout.map((l) => l.col)) + 1;
  const rowsN = Math.max(0, ...layout.map((l) => l.row)) + 1;
  // Each grid row is as tall as its tallest waffle: Jawa Timur's 38 squares should not pad out the Kalimantan row.
  const rowTop: number[] = [MARGIN];
  for (let r = 0; r < rowsN; r++) {
    const most = Math.max(1, ...layout.filter((l) => l.row === r).map((l) => placeCount(l.provinceCode)));
    rowTop.push((rowTop[r] ?? 0) + LABEL_H + Math.ceil(most / WAFFLE_COLS) * PITCH + 8);
  }
  const tiles: TileGrid["tiles"] = [];
  const labels: TileLabel[] = [];
  for (const tile of layout) {
    const province = provinces.find((p) => p.code === tile.provinceCode);
    if (province === undefined) continue;
    const x0 = MARGIN + tile.col * TILE_W;
    const y0 = rowTop[tile.row] ?? 0;
    labels.push({ x: x0, y: y0 + LABEL_H - 4, text: tile.abbr, title: province.name });
    tiles.push({
      tile,
      province,
      square: (i) => ({
        x1: x0 + (i % WAFFLE_COLS) * PITCH,
        y1: y0 + LABEL_H + Math.floor(i / WAFFLE_COLS) * PITCH,
      }),
    });
  }
  return {
    width: width ?? cols * TILE_W + 2 * MARGIN,
    height: (rowTop[rowsN] ?? 0) + MARGIN,
    tiles,
    labels,
  };
}

/** Squares as a rect mark; `extra` gives their fill and outline. */
export function squareRects<S extends SquareCorner & { title: string }>(data: S[], extra: Plot.RectOptions) {
  return Plot.rect(data, {
    x1: "x1",
    y1: "y1",
    x2: (s: S) => s.x1 + CELL,
    y2: (s: S) => s.y1 + CELL,
    title: "title",
    ...extra,
  });
}

/** A white dot in the middle of each square (the predikat map marks inferred statuses so). */
export function squareDots<S extends SquareCorner & { title: string }>(data: S[]) {
  return Plot.dot(data, {
    x: (s: S) => s.x1 + CELL / 2,
    y: (s: S) => s.y1 + CELL / 2,
    r: 1.5,
    fill: "#fff",
    title: "title",
  });
}

/** The provinces' abbreviations above their tiles. */
export function tileLabels(labels: TileLabel[]) {
  return Plot.text(labels, {
    x: "x",
    y: "y",
    text: "text",
    title: "title",
    textAnchor: "start",
    fill: INK,
    fontWeight: "bold",
  });
}

/** Positions are computed in pixels, so the scales are identities and there is nothing to put on an axis. */
export function gridFrame(grid: TileGrid, ariaLabel: string): Plot.PlotOptions {
  return {
    width: grid.width,
    height: grid.height,
    margin: 0,
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    ariaLabel,
  };
}

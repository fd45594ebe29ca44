/**
 * The tile map's layout: data/site/tile-map.csv places each of the 38 provinces on a grid cell (col, row) that
 * roughly follows the archipelago, west to east, north to south. It is a small file of ours, so fixing a tile's
 * position is a one-line edit; tests/unit/charts/tile-layout.test.ts checks it against Kemendagri's province list.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface TileLayout {
  provinceCode: string;
  col: number;
  row: number;
  /** Short label printed on the tile ("Jatim"); the full name is in the tile's tooltip and the table. */
  abbr: string;
}

export const TILE_LAYOUT_PATH = "data/site/tile-map.csv";

/** Parse the layout CSV (plain commas, no quoting: the file is ours). Throws with the line number on a bad row. */
export function parseTileLayout(text: string, path = TILE_LAYOUT_PATH): TileLayout[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = lines[0]?.trim();
  if (header !== "province_code,col,row,abbr") throw new Error(`${path}:1: expected header province_code,col,row,abbr`);
  const out: TileLayout[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === "") return;
    const [provinceCode = "", col = "", row = "", abbr = ""] = line.split(",").map((s) => s.trim());
    if (!/^\d{2}$/.test(provinceCode) || !/^\d+$/.test(col) || !/^\d+$/.test(row) || abbr === "") {
      throw new Error(`${path}:${i + 2}: expected a 2-digit province code, integer col and row, and a label`);
    }
    out.push({ provinceCode, col: Number(col), row: Number(row), abbr });
  });
  return out;
}

/** Read the layout from the project root (the working directory of builds, tests and scripts). */
export function readTileLayout(path = TILE_LAYOUT_PATH): TileLayout[] {
  return parseTileLayout(readFileSync(join(process.cwd(), path), "utf8"), path);
}

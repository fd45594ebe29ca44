/**
 * The tile map's layout: data/site/tile-map.csv places each of the 38 provinces on a grid cell (col, row) that
 * roughly follows the archipelago, west to east, north to south. It is a small file of ours, so fixing a tile's
 * position is a one-line edit. Read here with the project's CSV reader and checked like every other input (every
 * province once, one province per cell, `path:LINE` problems); the gazetteer loads it and the artefact carries it
 * (SiteData.tileLayout), so the map chart reads no file.
 */
import type { TileLayout } from "./artefact.ts";
import { parseCsv } from "../core/csv-read.ts";
import type { Problem } from "../core/problems.ts";

export const TILE_LAYOUT_PATH = "data/site/tile-map.csv";

/** Parse and check the layout against the province codes; rows stay in file order (the map draws them in it). */
export function parseTileLayout(
  path: string,
  bytes: Uint8Array,
  provinceCodes: ReadonlySet<string>,
): { layout: TileLayout[]; problems: Problem[] } {
  const result = parseCsv(path, bytes, { requiredColumns: ["province_code", "col", "row", "abbr"] });
  const problems: Problem[] = [...result.problems];
  const layout: TileLayout[] = [];
  const provinceAt = new Map<string, number>();
  const cellAt = new Map<string, number>();
  for (const { line, values: v } of result.table?.rows ?? []) {
    const rowProblems: string[] = [];
    const provinceCode = v.province_code!;
    if (!provinceCodes.has(provinceCode))
      rowProblems.push(`unknown province_code "${provinceCode}", expected a 2-digit code from provinces.csv`);
    else if (provinceAt.has(provinceCode))
      rowProblems.push(
        `province ${provinceCode} is already placed on line ${provinceAt.get(provinceCode)}, expected each province once`,
      );
    if (!/^\d+$/.test(v.col!) || !/^\d+$/.test(v.row!))
      rowProblems.push(`col "${v.col}", row "${v.row}", expected non-negative integers`);
    else if (cellAt.has(`${v.col},${v.row}`))
      rowProblems.push(
        `cell ${v.col},${v.row} is already taken on line ${cellAt.get(`${v.col},${v.row}`)}, expected one province per cell`,
      );
    if (v.abbr === "") rowProblems.push("empty abbr, expected the short label printed on the tile");
    for (const message of rowProblems) problems.push({ path, line, message });
    if (rowProblems.length > 0) continue;
    provinceAt.set(provinceCode, line);
    cellAt.set(`${v.col},${v.row}`, line);
    layout.push({ provinceCode, col: Number(v.col), row: Number(v.row), abbr: v.abbr! });
  }
  if (result.table !== null) {
    const missing = [...provinceCodes].filter((code) => !provinceAt.has(code)).sort();
    if (missing.length > 0)
      problems.push({
        path,
        line: 0,
        message: `no tile for province ${missing.join(", ")}, expected every province on the map`,
      });
  }
  return { layout, problems };
}

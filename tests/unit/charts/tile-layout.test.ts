/** data/site/tile-map.csv: all 38 provinces, each on its own cell, west to east. */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseTileLayout, readTileLayout } from "../../../src/charts/tile-layout.ts";

const layout = readTileLayout();
const provinceCodes = readFileSync("node_modules/idn-area-data/data/provinces.csv", "utf8")
  .trim().split(/\r?\n/).slice(1).map((line) => line.split(",")[0]);

describe("tile map layout", () => {
  test("places exactly the 38 Kemendagri provinces, once each", () => {
    expect(layout.map((t) => t.provinceCode).sort()).toEqual([...provinceCodes].sort());
  });
  test("gives every province its own cell", () => {
    const cells = layout.map((t) => `${t.col},${t.row}`);
    expect(new Set(cells).size).toBe(cells.length);
  });
  test("follows the archipelago: Aceh top-left, the Papua provinces furthest east", () => {
    const at = (code: string) => layout.find((t) => t.provinceCode === code)!;
    expect(at("11")).toMatchObject({ col: 0, row: 0 });
    const maxCol = Math.max(...layout.map((t) => t.col));
    expect(at("91").col).toBe(maxCol);
    for (const code of ["91", "92", "93", "94", "95", "96"]) expect(at(code).col).toBeGreaterThan(at("81").col);
    expect(at("31").col).toBeLessThan(at("35").col);
  });
  test("rejects a malformed row with its line number", () => {
    expect(() => parseTileLayout("province_code,col,row,abbr\n11,0,0,Aceh\nxx,1,1,Bad\n")).toThrow(/:3:/);
  });
});

/** data/site/tile-map.csv: all 38 provinces, each on its own cell, west to east; read and checked by the pipeline. */
import { describe, expect, test } from "vitest";
import { loadGazetteer } from "../../src/pipeline/places.ts";
import { parseTileLayout } from "../../src/pipeline/tile-layout.ts";
import { ROOT } from "./helpers.ts";

const gazetteer = loadGazetteer(ROOT);
const layout = gazetteer.tileLayout;
const provinceCodes = new Set(gazetteer.provinces.map((p) => p.code));
const encode = (s: string) => new TextEncoder().encode(s);

describe("tile map layout", () => {
  test("places exactly the 38 Kemendagri provinces, once each", () => {
    expect(layout.map((t) => t.provinceCode).sort()).toEqual([...provinceCodes].sort());
    expect(layout).toHaveLength(38);
  });
  test("gives every province its own cell", () => {
    const cells = layout.map((t) => `${t.col},${t.row}`);
    expect(new Set(cells).size).toBe(cells.length);
  });
  test("follows the archipelago: Aceh top-left, the Papua provinces furthest east", () => {
    const at = (code: string) => layout.find((t) => t.provinceCode === code)!;
    expect(at("11")).toMatchObject({ col: 0, row: 0, abbr: "Aceh" });
    const maxCol = Math.max(...layout.map((t) => t.col));
    expect(at("91").col).toBe(maxCol);
    for (const code of ["91", "92", "93", "94", "95", "96"]) expect(at(code).col).toBeGreaterThan(at("81").col);
    expect(at("31").col).toBeLessThan(at("35").col);
  });
  test("rejects malformed rows with path:line, and names provinces left off the map", () => {
    const csv = "province_code,col,row,abbr\n11,0,0,Aceh\nxx,1,1,Bad\n12,0,0,Sumut\n11,5,5,Again\n13,x,1,\n";
    const { layout: read, problems } = parseTileLayout("t.csv", encode(csv), new Set(["11", "12", "13", "14"]));
    expect(read).toEqual([{ provinceCode: "11", col: 0, row: 0, abbr: "Aceh" }]);
    expect(problems.map((p) => [p.line, p.message.split(",")[0]])).toEqual([
      [3, 'unknown province_code "xx"'],
      [4, "cell 0"],
      [5, "province 11 is already placed on line 2"],
      [6, 'col "x"'],
      [6, "empty abbr"],
      [0, "no tile for province 12"],
    ]);
  });
  test("reads a spreadsheet export (BOM, semicolons, CRLF) like every other input", () => {
    const { layout: read, problems } = parseTileLayout(
      "t.csv",
      encode("\uFEFFprovince_code;col;row;abbr\r\n11;0;0;Aceh\r\n"),
      new Set(["11"]),
    );
    expect(problems).toEqual([]);
    expect(read).toEqual([{ provinceCode: "11", col: 0, row: 0, abbr: "Aceh" }]);
  });
});

import { describe, expect, it } from "vitest";
import { parseCsv, parseCsvText, parseDecimal } from "../../src/core/csv-read.ts";
import { toCsv } from "../../src/pipeline/csv-write.ts";
import { bytes } from "./helpers.ts";

describe("reading CSV as Indonesian spreadsheets export it", () => {
  it("strips a UTF-8 BOM, detects `;` and handles CRLF", () => {
    const r = parseCsv("x.csv", bytes("\uFEFFa;b\r\n1;2,5\r\n"));
    expect(r.table?.delimiter).toBe(";");
    expect(r.table?.header).toEqual(["a", "b"]);
    expect(r.table?.rows).toEqual([{ line: 2, values: { a: "1", b: "2,5" } }]);
  });

  it("keeps physical line numbers across mixed line ends, blank lines and multi-line quoted fields", () => {
    const r = parseCsvText("x.csv", 'a,b\r\n1,"two\nlines"\n\n3,4\r\n');
    expect(r.table?.rows.map((row) => row.line)).toEqual([2, 5]);
    expect(r.table?.rows[0]?.values.b).toBe("two\nlines");
    expect(r.rowsRead).toBe(2);
  });

  it("counts a rejected row and still returns the others", () => {
    const r = parseCsvText("x.csv", "a,b\n1,2\n1,2,3\n4,5\n");
    expect(r.rowsRead).toBe(3);
    expect(r.rejectedRows).toBe(1);
    expect(r.table?.rows.length).toBe(2);
    expect(r.problems[0]).toMatchObject({ path: "x.csv", line: 3 });
  });

  it("rejects a duplicated column", () => {
    expect(parseCsvText("x.csv", "a,a\n1,2\n").problems[0]?.message).toMatch(/column "a" appears twice/);
  });

  it("reports the line of the first non-UTF-8 byte", () => {
    const r = parseCsv("x.csv", new Uint8Array([...bytes("a\nok\n"), 0xff, 0x0a]));
    expect(r.table).toBeNull();
    expect(r.problems[0]).toMatchObject({ line: 3 });
  });
});

describe("parseDecimal", () => {
  it.each([
    ["21,6", 21.6],
    ["21.6", 21.6],
    ["1.234,5", 1234.5],
    ["-0,5", -0.5],
    ["100", 100],
    [" 7 ", 7],
  ])("reads %s as %d", (raw, n) => expect(parseDecimal(raw)).toBe(n));
  it.each(["", "n/a", "12%", "1,2,3", "1.2.3", "--1", "1e3"])("rejects %j", (raw) =>
    expect(parseDecimal(raw)).toBeNull(),
  );
});

describe("writing CSV", () => {
  it("quotes only when needed and ends every line with \\n", () => {
    expect(
      toCsv(
        ["a", "b", "c"],
        [
          ["x,y", 'say "hi"', null],
          [1.5, true, 0.1 + 0.2],
        ],
      ),
    ).toBe('a,b,c\n"x,y","say ""hi""",\n1.5,true,0.3\n');
  });
  it("refuses a row of the wrong width", () => {
    expect(() => toCsv(["a"], [["1", "2"]])).toThrow(/2 cells, expected 1/);
  });
});

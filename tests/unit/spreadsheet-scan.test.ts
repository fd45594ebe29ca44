/**
 * The checker behind `npm run gate:spreadsheet` (scripts/gates/spreadsheet-scan.ts): it must find a cell a
 * spreadsheet would run wherever it sits (header, body, a quoted cell after a multi-line one, inside the zip) and
 * must let data through, a negative number above all — or the gate either proves nothing or fails on real figures.
 */
import { describe, expect, it } from "vitest";
import { zipFiles } from "../../src/publish/zip.ts";
import { scanCsv, zipEntries } from "../../scripts/gates/spreadsheet-scan.ts";

describe("scanCsv", () => {
  it("fails a formula cell, naming file, line and column", () => {
    const r = scanCsv("data/regulations.csv", 'place_code,title\n35.78,"=HYPERLINK(""http://x"",""y"")"\n');
    expect(r.hits).toEqual([
      'data/regulations.csv:2: column "title": "=HYPERLINK(\\"http://x\\",\\"y\\")" begins with "=", which a spreadsheet would run as a formula',
    ]);
    expect(r.cells).toBe(5); // 2 header + 2 body + the empty record after the last line break
  });
  it("passes a negative number, a decimal comma and ordinary text", () => {
    const r = scanCsv("grafik/x.csv", 'Provinsi,Selisih,Catatan\nAceh,-1.5,turun\nBali,"-1,5",a-b\nNTT,-0,\n');
    expect(r.hits).toEqual([]);
  });
  it("fails + - @ tab and carriage return starts, and counts lines across a quoted line break", () => {
    const text = 'a,b\n"two\nlines",+Kota Kupang\n-x,@SUM(1)\n"\tcmd","\rcmd"\n';
    const hits = scanCsv("f.csv", text).hits;
    expect(hits.map((h) => h.split(": ")[0] + ": " + h.split(": ")[1])).toEqual([
      'f.csv:2: column "b"',
      'f.csv:4: column "a"',
      'f.csv:4: column "b"',
      'f.csv:5: column "a"',
      'f.csv:5: column "b"',
    ]);
  });
  it("checks the header too", () => expect(scanCsv("f.csv", "=cmd,b\n1,2\n").hits).toHaveLength(1));
});

describe("zipEntries", () => {
  it("reads back what src/publish/zip.ts writes, so the gate checks the archive's CSVs", () => {
    const files = [
      { name: "atlas/a.csv", data: new TextEncoder().encode("x\n=1+1\n") },
      { name: "atlas/b.json", data: new TextEncoder().encode("{}") },
    ];
    const entries = zipEntries(zipFiles(files));
    expect(entries.map((e) => [e.name, new TextDecoder().decode(e.data)])).toEqual([
      ["atlas/a.csv", "x\n=1+1\n"],
      ["atlas/b.json", "{}"],
    ]);
    expect(scanCsv("z!atlas/a.csv", new TextDecoder().decode(entries[0]!.data)).hits).toHaveLength(1);
  });
  it("refuses bytes that are not a zip", () => expect(() => zipEntries(new Uint8Array(40))).toThrow(/not a ZIP/));
});

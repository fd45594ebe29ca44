import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { formatProblem } from "../../src/core/problems.ts";
import { scoreAssessment } from "../../src/method/score.ts";
import {
  createAreaAssessmentReader,
  parseSelfAssessment,
  readIndicatorValue,
  selfAssessmentTemplate,
  TEMPLATE_COLUMNS,
} from "../../src/method/self-assessment.ts";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const method = loadMethod(join(repo, "data/method"));
const indicator = (id: string) => method.indicators.find((i) => i.id === id)!;
const fixture = (name: string) => readFileSync(join(repo, "tests/fixtures/self-assessment", name), "utf8");

describe("readIndicatorValue", () => {
  const percent = indicator("KLA-I-04");
  const yesNo = indicator("KLA-K-01");

  it.each([
    ["87,5", 87.5],
    ["87.5", 87.5],
    [" 50 % ", 50],
    ["50%", 50],
    ["0", 0],
    ["100", 100],
    ["100,0", 100],
    ["", null],
    ["   ", null],
  ])("percent %j → %j", (raw, value) => {
    expect(readIndicatorValue(percent, raw)).toEqual({ ok: true, value });
  });

  it.each([
    ["abc", "is not a number"],
    ["12,5,1", "is not a number"],
    ["-1", "is out of range"],
    ["100,01", "is out of range"],
    ["1.234,5", "is out of range"],
    ["ya", "is not a number"],
  ])("percent %j is refused (%s)", (raw, reason) => {
    const r = readIndicatorValue(percent, raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(reason);
  });

  it.each([
    ["ya", true],
    ["YA", true],
    ["Yes", true],
    ["1", true],
    ["tidak", false],
    ["Tidak", false],
    ["NO", false],
    ["0", false],
    ["", null],
  ])("yes-no %j → %j", (raw, value) => {
    expect(readIndicatorValue(yesNo, raw)).toEqual({ ok: true, value });
  });

  it.each(["mungkin", "y", "t", "2", "true", "50"])("yes-no %j is refused", (raw) => {
    expect(readIndicatorValue(yesNo, raw)).toEqual({
      ok: false,
      message: `KLA-K-01 value "${raw}" is not yes or no, expected ya, tidak, yes, no, 1 or 0`,
    });
  });
});

describe("parseSelfAssessment", () => {
  it("reads the `;` + decimal comma + BOM + CRLF fixture, ignoring extra columns and case in ids", () => {
    const r = parseSelfAssessment("partial.csv", fixture("partial-semicolon.csv"), method);
    expect(r.problems).toEqual([]);
    expect(Object.fromEntries(r.values)).toEqual({
      "KLA-K-01": true,
      "KLA-K-02": false,
      "KLA-I-04": 87.5,
      "KLA-II-07": 6.92,
      "KLA-III-12": 21.6,
      "KLA-III-15": 92.64,
    });
    expect(r.rowsRead).toBe(8);
  });

  it("gives every problem in the file with its physical line, not just the first", () => {
    const text = "indicator_id,value\nKLA-I-04,abc\n\nKLA-K-01,ya\nKLA-K-01,tidak\n,12\nKLA-V-24,101\n,\n";
    const r = parseSelfAssessment("f.csv", text, method);
    expect(r.problems.map(formatProblem)).toEqual([
      'f.csv:2: KLA-I-04 value "abc" is not a number, expected a percent 0–100 such as 87,5',
      "f.csv:5: KLA-K-01 appears again (first on line 4), expected each indicator once",
      "f.csv:6: empty indicator_id, expected one of KLA-K-01 … KLA-V-24 (see the template)",
      "f.csv:7: KLA-V-24 value 101 is out of range, expected a percent 0–100",
    ]);
  });

  it("a duplicate is a problem even when one of the two values is empty", () => {
    const r = parseSelfAssessment("f.csv", "indicator_id,value\nKLA-I-04,\nKLA-I-04,80\n", method);
    expect(r.problems.map(formatProblem)).toEqual([
      "f.csv:3: KLA-I-04 appears again (first on line 2), expected each indicator once",
    ]);
  });

  it("reports missing columns and ragged rows from the shared CSV reader", () => {
    expect(parseSelfAssessment("f.csv", "indicator,value\nKLA-I-04,1\n", method).problems.map(formatProblem)).toEqual([
      "f.csv:1: missing column(s) indicator_id, expected a header with indicator_id,value",
    ]);
    expect(
      parseSelfAssessment("f.csv", "indicator_id,value\nKLA-I-04,87,5\n", method).problems.map(formatProblem)[0],
    ).toBe("f.csv:2: extra fields: 3 fields, expected 2 (indicator_id,value)");
  });
});

describe("selfAssessmentTemplate", () => {
  const template = selfAssessmentTemplate(method);
  const rows = Papa.parse<Record<string, string>>(template.trim(), { header: true }).data;

  it("has the template columns and one empty row per indicator, in method order", () => {
    expect(template.split("\n")[0]).toBe(TEMPLATE_COLUMNS.join(","));
    expect(rows.map((r) => r.indicator_id)).toEqual(method.indicators.map((i) => i.id));
    expect(rows.every((r) => r.value === "")).toBe(true);
    expect(rows.find((r) => r.indicator_id === "KLA-III-12")).toMatchObject({
      cluster: "III",
      kind: "percent",
      direction: "lower",
      indicator_name: "Prevalensi status gizi balita",
    });
    expect(rows.find((r) => r.indicator_id === "KLA-K-02")).toMatchObject({ kind: "yes-no", direction: "" });
  });

  it("has English names on request", () => {
    expect(selfAssessmentTemplate(method, "en")).toContain("Share of children holding a birth certificate");
  });

  it("round-trips: the blank template reads without problems and scores nothing", () => {
    const r = parseSelfAssessment("template.csv", template, method);
    expect(r.problems).toEqual([]);
    expect(r.values.size).toBe(0);
    expect(scoreAssessment(method, r.values).coverage).toEqual({ present: 0, total: 24 });
  });

  it("round-trips: a filled template scores like the complete fixture", () => {
    const answers = new Map(
      Papa.parse<string[]>(fixture("complete.csv").trim())
        .data.slice(1)
        .map((c) => [c[0]!, c[5]!]),
    );
    const filled = Papa.unparse(
      rows.map((r) => ({ ...r, value: answers.get(r.indicator_id!) ?? "" })),
      { columns: [...TEMPLATE_COLUMNS] },
    );
    const r = parseSelfAssessment("filled.csv", filled, method);
    expect(r.problems).toEqual([]);
    expect(scoreAssessment(method, r.values).total).toBe(685.42);
  });
});

describe("createAreaAssessmentReader (many areas, streamed)", () => {
  function readInChunks(text: string, size: number) {
    const reader = createAreaAssessmentReader("areas.csv", method);
    for (let at = 0; at < text.length; at += size) reader.push(text.slice(at, at + size));
    return reader.end();
  }
  const plain = (r: ReturnType<typeof readInChunks>) => ({
    areas: [...r.areas].map(([code, v]) => [code, Object.fromEntries(v)]),
    problems: r.problems.map(formatProblem),
    rowsRead: r.rowsRead,
  });

  // Quoted fields with the delimiter and a line break inside, CRLF, a BOM, a blank line and an error late in the file.
  const text =
    "\uFEFFarea_code;catatan;indicator_id;value\r\n" +
    '11.01.01.2001;;KLA-K-01;ya\r\n11.01.01.2001;"Susenas; 2024";KLA-I-04;87,5\r\n' +
    '11.01.01.2001;"dua\r\nbaris";kla-iii-12;21,6 %\r\n\r\n' +
    "11.01.01.2002;;KLA-K-01;Tidak\r\n11.01.01.2002;;KLA-II-07;\r\n11.01.01.2001;;KLA-K-01;ya\r\n11.01.01.2002;;KLA-V-24;abc";

  it("gives the same areas, values, problems and lines whatever the chunk size", () => {
    const whole = plain(readInChunks(text, text.length));
    expect(whole).toEqual({
      areas: [
        ["11.01.01.2001", { "KLA-K-01": true, "KLA-I-04": 87.5, "KLA-III-12": 21.6 }],
        ["11.01.01.2002", { "KLA-K-01": false }],
      ],
      problems: [
        "areas.csv:9: KLA-K-01 appears again for 11.01.01.2001 (first on line 2), expected each indicator once per area",
        'areas.csv:10: 11.01.01.2002: KLA-V-24 value "abc" is not a number, expected a percent 0–100 such as 87,5',
      ],
      rowsRead: 7,
    });
    for (let size = 1; size <= 40; size++) expect(plain(readInChunks(text, size)), `chunk size ${size}`).toEqual(whole);
  });

  it("agrees with parseSelfAssessment on a single area", () => {
    const single = fixture("partial-semicolon.csv")
      .replace("no;indicator_id", "area_code;indicator_id")
      .replace(/\r\n(\d);/g, "\r\nX;");
    const r = readInChunks(single, 7);
    expect(r.problems).toEqual([]);
    expect(r.areas.get("X")).toEqual(parseSelfAssessment("p.csv", fixture("partial-semicolon.csv"), method).values);
  });

  it("stays linear when a stray quote leaves a record open to the end of a big file", () => {
    const rows = Array.from({ length: 200_000 }, (_, k) => `A${k},KLA-K-01,ya`);
    const text = ["area_code,indicator_id,value", 'A,KLA-I-04,"80', ...rows, "B,KLA-K-01,ya\r"].join("\n");
    const started = performance.now();
    const r = readInChunks(text, 64 * 1024);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.problems.map(formatProblem)).toEqual([
      'areas.csv:2: broken quoting (an opening " with no closing "), expected well-formed CSV fields',
    ]);
  });

  it("reads a last line without a line break, CR included", () => {
    expect(plain(readInChunks("area_code,indicator_id,value\r\nA,KLA-I-04,80\r", 4)).areas).toEqual([
      ["A", { "KLA-I-04": 80 }],
    ]);
  });

  it("reports a missing column, ragged rows, unknown indicators, empty area codes and broken quoting with their lines", () => {
    expect(plain(readInChunks("area;indicator_id;value\nA;KLA-K-01;ya\n", 5)).problems).toEqual([
      "areas.csv:1: missing column(s) area_code, expected a header with area_code;indicator_id;value",
    ]);
    const bad = 'area_code,indicator_id,value\nA,KLA-K-01\nA,KLA-X-01,1\n,KLA-K-01,ya\nA,KLA-I-04,"80\n';
    expect(plain(readInChunks(bad, 3)).problems).toEqual([
      "areas.csv:2: missing fields: 2 fields, expected 3 (area_code,indicator_id,value)",
      'areas.csv:3: unknown indicator "KLA-X-01", expected one of KLA-K-01 … KLA-V-24 (see the template)',
      "areas.csv:4: empty area_code, expected the code of the area assessed",
      'areas.csv:5: broken quoting (an opening " with no closing "), expected well-formed CSV fields',
    ]);
    expect(plain(readInChunks("", 1)).problems).toEqual([
      "areas.csv:1: empty header row, expected column names on the first line",
    ]);
  });
});

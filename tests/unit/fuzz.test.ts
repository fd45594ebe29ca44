/**
 * Property-based fuzzing (fast-check, fixed seeds so CI is deterministic) of what reads a stranger's file:
 * `validate` (the raw reader and pipeline that scripts/validate.ts runs, here in memory beside the golden rounds)
 * and the self-assessment parsers (src/method/self-assessment.ts: the one-area file and the streamed many-area
 * reader). Inputs: random bytes, CSV with truncated quotes, huge fields, UTF-16 with a byte order mark, NUL and other
 * control characters, lone surrogates, `,` `;` and tab mixed as delimiters, `1,5` and `1.5`, CRLF/LF/CR.
 *
 * Each input must end in "valid" or in problems that each read `path:LINE: message` on one line (no stack trace, no
 * multi-kilobyte echo), with the rows accounted (read = accepted + rejected), within a bounded time; the streamed
 * reader must give the same answer however the text is cut into chunks. Each describe prints how many inputs it tried.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem, type Problem } from "../../src/core/problems.ts";
import { decodeUtf8 } from "../../src/core/csv-read.ts";
import { createAreaAssessmentReader, parseSelfAssessment } from "../../src/method/self-assessment.ts";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { loadGazetteer } from "../../src/pipeline/places.ts";
import { runPipeline, type RawFile } from "../../src/pipeline/pipeline.ts";
import { readFactFile } from "../../src/pipeline/read-facts.ts";
import { ROOT } from "./helpers.ts";

const gazetteer = loadGazetteer(ROOT);
const method = loadMethod(join(ROOT, "data/method"));
const rounds: RawFile = { path: "rounds.csv", bytes: readFileSync(join(ROOT, "tests/fixtures/golden/raw/rounds.csv")) };
/** Per input, on a busy 2-core machine; the slowest seen is far below (a huge field is the slow case). */
const MAX_MS_PER_INPUT = 2_000;
const MAX_MESSAGE = 1_000;
const tried: Record<string, number> = {};
/** How validate's inputs ended: a fuzzer that only ever reaches the header check proves little. */
const outcomes = { valid: 0, "rejected when read": 0, "rejected by the pipeline": 0 };
afterAll(() => {
  const total = Object.values(tried).reduce((a, b) => a + b, 0);
  console.log(
    `fuzz: ${total} inputs tried (${Object.entries(tried)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}), none crashed; validate: ${Object.entries(outcomes)
      .map(([k, n]) => `${n} ${k}`)
      .join(", ")}`,
  );
});

// ---- input pieces ----

/** Each raw format's header with one valid row, which the fuzzer mutates cell by cell. */
const FORMATS: readonly (readonly [string, readonly string[]])[] = [
  [
    "year,predikat,name_as_published,province_as_published,source_url,inferred,note",
    ["2023", "Utama", "Kota Surabaya", "Jawa Timur", "https://example.org/a", "no", ""],
  ],
  [
    "year,status,name_as_published,province_as_published,source_url,note",
    ["2023", "not-awarded", "Kota Malang", "Jawa Timur", "https://example.org/b", ""],
  ],
  [
    "name_as_published,province_as_published,status,kind,topic,number,year,title,source_url,note",
    [
      "Kota Surabaya",
      "Jawa Timur",
      "enacted",
      "perda",
      "kla",
      "4",
      "2021",
      "Kota Layak Anak",
      "https://example.org/c",
      "",
    ],
  ],
  [
    "indicator_id,indicator_name_id,unit,year,area_level,area_name_as_published,value,source_title,source_url",
    ["stunting_balita", "Stunting", "percent", "2022", "province", "Aceh", "21,6", "Databoks", "https://example.org/d"],
  ],
  [
    "year,name_as_published,province_as_published,score,stage,predikat,source_url",
    ["2023", "Kota Surabaya", "Jawa Timur", "850,5", "final", "Utama", "https://example.org/e"],
  ],
];
const HEADERS = FORMATS.map(([h]) => h);
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)); // lone surrogates, NUL, C1…
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("2023", "2025", "Utama", "Pratama", "Kota Surabaya", "Jawa Timur", "no") },
  { weight: 3, arbitrary: fc.constantFrom("https://example.org/a", "enacted", "perda", "kla", "not-awarded", "") },
  { weight: 3, arbitrary: fc.constantFrom("1,5", "1.5", "-1,5", "1.234,5", "21,6 %", "131", "n/a", "1,2,3") },
  { weight: 3, arbitrary: fc.constantFrom('"', '"open', 'a"b', '""', '"x""', "\0", "\t", "\r", "=1+1", "+Kota", "@x") },
  { weight: 3, arbitrary: fc.string({ unit: anyUnit, maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(100_000), `Kota ${"a".repeat(20_000)}`, '"'.repeat(5_000)) },
);
/** Values that are valid somewhere, put anywhere: wrong columns, unknown or ambiguous places, other years. */
const plausible = fc.constantFrom(
  "2019",
  "2024",
  "Madya",
  "awarded",
  "Kabupaten Bogor",
  "Bogor",
  "Kota Kupang",
  "NTT",
  "Papua",
  "Jawa Barat",
  "draft",
  "none",
  "perwal",
  "1.5",
  "-1,5",
  "100",
  "yes",
  "https://example.org/",
  "Kota Surabayaa",
);
/** A cell of a valid row, left as it is most of the time, else swapped for a plausible or hostile value. */
const mutate = (valid: string) =>
  fc.oneof(
    { weight: 40, arbitrary: fc.constant(valid) },
    { weight: 2, arbitrary: plausible },
    { weight: 1, arbitrary: cell },
  );
const delimiter = fc.constantFrom(",", ";", "\t");
const lineEnd = fc.constantFrom("\n", "\r\n", "\r");

/** Rows of `width` cells mostly (so the schemas and the pipeline see them), of any width sometimes. */
const rowsOf = (template: readonly string[], cells: fc.Arbitrary<string>, maxRows: number, fileDelimiter: string) =>
  fc.array(
    fc.tuple(
      fc.oneof(
        { weight: 10, arbitrary: fc.tuple(...template.map(mutate)) },
        { weight: 1, arbitrary: fc.array(cells, { minLength: template.length, maxLength: template.length }) },
        { weight: 1, arbitrary: fc.array(cells, { maxLength: template.length + 2 }) },
      ),
      fc.oneof({ weight: 10, arbitrary: fc.constant(fileDelimiter) }, { weight: 1, arbitrary: delimiter }),
      lineEnd,
    ),
    { maxLength: maxRows },
  );
const joinRows = (rows: readonly (readonly [readonly string[], string, string])[]) =>
  rows.map(([cells, d, eol]) => cells.join(d) + eol).join("");

/** A CSV-like text: a known header (or garbage), rows whose cells and delimiters vary row by row. */
const csvText = (formats: typeof FORMATS) =>
  fc
    .oneof(
      { weight: 5, arbitrary: fc.constantFrom(...formats) },
      { weight: 1, arbitrary: fc.string({ unit: anyUnit, maxLength: 30 }).map((h) => [h, [""]] as const) },
    )
    .chain(([header, template]) =>
      fc
        .oneof({ weight: 4, arbitrary: fc.constant(",") }, { weight: 1, arbitrary: fc.constant(";") })
        .chain((d) => rowsOf(template, cell, 6, d).map((rows) => `${header.replaceAll(",", d)}\n${joinRows(rows)}`)),
    );

/** The same text as a file: UTF-8 (with or without BOM) or UTF-16 with a BOM, maybe cut short mid-byte. */
const encoded = (text: fc.Arbitrary<string>) =>
  fc
    .record({
      text,
      encoding: fc.oneof(
        { weight: 8, arbitrary: fc.constant("utf8") },
        { weight: 3, arbitrary: fc.constant("utf8-bom") },
        { weight: 1, arbitrary: fc.constantFrom("utf16le-bom", "utf16be-bom") },
      ),
      cut: fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
    })
    .map(({ text, encoding, cut }) => {
      let bytes: Uint8Array;
      if (encoding.startsWith("utf8"))
        bytes = new TextEncoder().encode(encoding === "utf8-bom" ? `\uFEFF${text}` : text);
      else {
        const le = Buffer.from(`\uFEFF${text}`, "utf16le");
        if (encoding === "utf16be-bom") le.swap16();
        bytes = new Uint8Array(le);
      }
      return cut === null ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
    });

const rawBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }),
  // A recognised header then random bytes, so the row reader (not only the header check) sees them.
  fc
    .tuple(fc.constantFrom(...HEADERS), fc.uint8Array({ maxLength: 2_000 }))
    .map(([h, b]) => new Uint8Array([...new TextEncoder().encode(`${h}\n`), ...b])),
);

// ---- what every outcome must look like ----

function physicalLines(bytes: Uint8Array | string): number {
  let n = 1;
  for (let i = 0; i < bytes.length; i++) {
    const c = typeof bytes === "string" ? bytes.charCodeAt(i) : bytes[i]!;
    if (c === 0x0a || c === 0x0d) n++;
  }
  return n;
}

function wellFormed(problems: readonly Problem[], path: string, lines: number) {
  for (const p of problems) {
    const text = formatProblem(p);
    expect(p.path, text).toBe(path);
    expect(Number.isInteger(p.line) && p.line >= 0 && p.line <= lines, text).toBe(true);
    expect(text, "one line, no stack trace").not.toMatch(/[\n\r]|\bat .*\.ts:\d+/);
    expect(text.length, text.slice(0, 200)).toBeLessThanOrEqual(MAX_MESSAGE);
    expect(p.message).toMatch(/\S/);
  }
}

function timed<T>(run: () => T): T {
  const started = performance.now();
  const result = run();
  expect(performance.now() - started).toBeLessThan(MAX_MS_PER_INPUT);
  return result;
}

/** What `npm run validate` does with one file, in memory: read and account for it, then the pipeline's checks. */
function checkValidate(bytes: Uint8Array) {
  const path = "contributed.csv";
  const { read, result } = timed(() => ({
    read: readFactFile(path, bytes),
    result: runPipeline({ files: [rounds, { path, bytes }], gazetteer, version: "fuzz", method }),
  }));
  const accepted = read.file?.rows.length ?? 0;
  expect(read.read).toBe(accepted + read.rejected);
  wellFormed(read.problems, path, physicalLines(bytes));
  // The golden rounds file is the project's own: every problem is the contributed file's.
  wellFormed(result.problems, path, physicalLines(bytes));
  expect(result.data === null).toBe(result.problems.length > 0);
  if (read.problems.length > 0) expect(result.data).toBeNull();
  outcomes[
    result.data !== null ? "valid" : read.problems.length > 0 ? "rejected when read" : "rejected by the pipeline"
  ]++;
}

const count = (name: string) => () => void (tried[name] = (tried[name] ?? 0) + 1);

describe("fuzz: validate", { timeout: 30_000 }, () => {
  it("random bytes end in valid or path:LINE problems", () => {
    const seen = count("validate/bytes");
    fc.assert(
      fc.property(rawBytes, (b) => {
        seen();
        checkValidate(b);
      }),
      { seed: 17, numRuns: 150 },
    );
  });
  it("CSV with broken quotes, huge fields, UTF-16, control characters, mixed delimiters and decimals", () => {
    const seen = count("validate/csv");
    fc.assert(
      fc.property(encoded(csvText(FORMATS)), (b) => {
        seen();
        checkValidate(b);
      }),
      { seed: 1717, numRuns: 400 },
    );
  });
  it("says UTF-16 is UTF-16 (regression: it used to be only 'not UTF-8')", () => {
    const le = new Uint8Array(Buffer.from(`\uFEFF${HEADERS[0]}\n`, "utf16le"));
    expect(decodeUtf8("f.csv", le).problems.map(formatProblem)).toEqual([
      "f.csv:1: a UTF-16 file (little-endian byte order mark), expected a UTF-8 file (save as 'CSV UTF-8')",
    ]);
  });
  it("a series id the method does not list is a path:LINE problem (regression: the scoring engine threw)", () => {
    // Found by this fuzzer: `indicator_id` 2019 passed the column's pattern, then crashed the build in score.ts.
    const text = `${HEADERS[3]!.replaceAll(",", ";")}\n2019;Stunting;percent;2022;province;Aceh;21,6;Databoks;https://example.org/d\n`;
    const bytes = new TextEncoder().encode(text);
    checkValidate(bytes);
    const result = runPipeline({ files: [rounds, { path: "i.csv", bytes }], gazetteer, version: "fuzz", method });
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^i\.csv:2: column "indicator_id": unknown series "2019", expected one listed in data\/method\/series\.csv \(/,
      ),
    ]);
  });
  it("a 300,000-character place name is answered at once (regression: edit distance to every place took seconds)", () => {
    const name = `Kota ${"a".repeat(300_000)}`;
    const bytes = new TextEncoder().encode(`${HEADERS[0]}\n2023,Utama,${name},Jawa Timur,https://example.org/a,no,\n`);
    const started = performance.now();
    checkValidate(bytes);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

// ---- self-assessment ----

const ids = method.indicators.map((i) => i.id);
const assessmentCell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ids, ids[0]!.toLowerCase(), "KLA-X-99", "") },
  { weight: 4, arbitrary: fc.constantFrom("87,5", "87.5", "87,5 %", "ya", "tidak", "1", "0", "101", "-1", "1.234,5") },
  { weight: 3, arbitrary: cell },
);
const assessmentText = fc
  .constantFrom(
    "indicator_id,value",
    "indicator_id;value",
    "indicator_id,cluster,indicator_name,kind,direction,value",
    "area_code,indicator_id,value",
    "area_code;indicator_id;value",
    "value",
    "",
  )
  .chain((header) =>
    fc
      .record({
        rows: rowsOf(
          header.split(/[,;]/).map((c) => (c === "value" ? "87,5" : c === "area_code" ? "35.78" : ids[0]!)),
          assessmentCell,
          30,
          header.includes(";") ? ";" : ",",
        ),
        bom: fc.boolean(),
      })
      .map(({ rows, bom }) => `${bom ? "\uFEFF" : ""}${header}\n${joinRows(rows)}`),
  );
/** Text as the browser hands it over: any bytes (UTF-16 included) decoded leniently, as File.text() does. */
const asBrowserText = fc.oneof(
  assessmentText,
  encoded(assessmentText).map((b) => new TextDecoder().decode(b)),
  fc.uint8Array({ maxLength: 2_000 }).map((b) => new TextDecoder().decode(b)),
);

describe("fuzz: self-assessment", { timeout: 30_000 }, () => {
  it("parseSelfAssessment ends in values or path:LINE problems, never a crash", () => {
    const seen = count("self-assessment");
    const known = new Set(ids);
    fc.assert(
      fc.property(asBrowserText, (text) => {
        seen();
        const r = timed(() => parseSelfAssessment("sa.csv", text, method));
        wellFormed(r.problems, "sa.csv", physicalLines(text));
        for (const [id, v] of r.values) {
          expect(known.has(id)).toBe(true);
          if (typeof v === "number") expect(v >= 0 && v <= 100, `${id} ${v}`).toBe(true);
        }
      }),
      { seed: 2024, numRuns: 300 },
    );
  });
  it("the streamed many-area reader gives the same answer however the text is cut into chunks", () => {
    const seen = count("area-reader");
    fc.assert(
      fc.property(asBrowserText, fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        seen();
        const whole = createAreaAssessmentReader("areas.csv", method);
        whole.push(text);
        const expected = timed(() => whole.end());
        wellFormed(expected.problems, "areas.csv", physicalLines(text));
        const chunked = createAreaAssessmentReader("areas.csv", method);
        const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        let from = 0;
        for (const c of [...at, text.length]) {
          chunked.push(text.slice(from, c));
          from = c;
        }
        const got = chunked.end();
        expect(got.problems).toEqual(expected.problems);
        expect([...got.areas].map(([a, v]) => [a, [...v]])).toEqual([...expected.areas].map(([a, v]) => [a, [...v]]));
        expect(got.rowsRead).toBe(expected.rowsRead);
      }),
      { seed: 4242, numRuns: 250 },
    );
  });
});

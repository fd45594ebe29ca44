/**
 * The self-assessment file a Gugus Tugas KLA fills in: `indicator_id,value` (other columns, such as the
 * template's name and cluster, are ignored). Browser-safe: takes text, never a path on disk, so the /simulasi/
 * page and `npm run score` read files with the same rules and report the same line-numbered problems.
 */
import Papa from "papaparse";
import { detectDelimiter, parseCsvText, parseDecimal } from "../core/csv-read.ts";
import { clipText, quoteValue, type Problem } from "../core/problems.ts";
import type { Method, MethodIndicator } from "./score.ts";

export const TEMPLATE_COLUMNS = ["indicator_id", "cluster", "indicator_name", "kind", "direction", "value"] as const;
export const REQUIRED_COLUMNS = ["indicator_id", "value"] as const;

const YES = new Set(["ya", "yes", "1"]);
const NO = new Set(["tidak", "no", "0"]);
const YES_NO_EXPECTED = "ya, tidak, yes, no, 1 or 0";
const PLAIN_DECIMAL = /^\d+([.,]\d+)?$/;

/** A cell read for one indicator: a value, missing (empty cell), or why it cannot be used. */
export type CellReading = { ok: true; value: number | boolean | null } | { ok: false; message: string };

/**
 * Read one value as typed by a person: `87,5`, `87.5`, `87,5 %` for percents; ya/tidak/yes/no/1/0 in any case
 * for yes-no. Empty means missing. Shared by the file reader and the page's form fields.
 */
export function readIndicatorValue(indicator: MethodIndicator, raw: string): CellReading {
  const cell = raw.trim();
  if (cell === "") return { ok: true, value: null };
  if (indicator.kind === "yes-no") {
    const word = cell.toLowerCase();
    if (YES.has(word)) return { ok: true, value: true };
    if (NO.has(word)) return { ok: true, value: false };
    return {
      ok: false,
      message: `${indicator.id} value ${quoteValue(cell)} is not yes or no, expected ${YES_NO_EXPECTED}`,
    };
  }
  // Plain `87,5` / `87.5` (nearly every cell) skip the general parser; it gives the same number for them.
  // A trailing percent sign is what people type into a percent column; it carries no extra meaning.
  const n = PLAIN_DECIMAL.test(cell) ? Number(cell.replace(",", ".")) : parseDecimal(cell.replace(/\s*%$/, ""));
  if (n === null)
    return {
      ok: false,
      message: `${indicator.id} value ${quoteValue(cell)} is not a number, expected a percent 0–100 such as 87,5`,
    };
  if (n < 0 || n > 100)
    return { ok: false, message: `${indicator.id} value ${cell} is out of range, expected a percent 0–100` };
  return { ok: true, value: n };
}

export interface ParsedAssessment {
  /** Indicator id → value, only for indicators with a usable, non-empty value. */
  values: Map<string, number | boolean>;
  /** Empty when the file can be scored; the caller must not score a file with problems. */
  problems: Problem[];
  /** Data rows seen (blank lines excluded). */
  rowsRead: number;
}

/** Parse a filled self-assessment CSV (BOM, `;`, decimal commas and CRLF are fine). */
export function parseSelfAssessment(path: string, text: string, method: Method): ParsedAssessment {
  const parsed = parseCsvText(path, text.replace(/^\uFEFF/, ""), { requiredColumns: REQUIRED_COLUMNS });
  const problems = [...parsed.problems];
  const values = new Map<string, number | boolean>();
  if (parsed.table === null) return { values, problems, rowsRead: parsed.rowsRead };

  const byId = new Map(method.indicators.map((i) => [i.id, i]));
  const firstLine = new Map<string, number>();
  for (const { line, values: cells } of parsed.table.rows) {
    const rawId = cells.indicator_id ?? "";
    const rawValue = cells.value ?? "";
    if (rawId === "" && rawValue === "") continue; // a spreadsheet's empty trailing row
    const id = rawId.toUpperCase();
    const indicator = byId.get(id);
    if (indicator === undefined) {
      const what = rawId === "" ? "empty indicator_id" : `unknown indicator ${quoteValue(rawId)}`;
      problems.push({
        path,
        line,
        message: `${what}, expected one of ${method.indicators[0]?.id ?? ""} … ${method.indicators.at(-1)?.id ?? ""} (see the template)`,
      });
      continue;
    }
    const seen = firstLine.get(id);
    if (seen !== undefined) {
      problems.push({
        path,
        line,
        message: `${id} appears again (first on line ${seen}), expected each indicator once`,
      });
      continue;
    }
    firstLine.set(id, line);
    const reading = readIndicatorValue(indicator, rawValue);
    if (!reading.ok) problems.push({ path, line, message: reading.message });
    else if (reading.value !== null) values.set(id, reading.value);
  }
  problems.sort((a, b) => a.line - b.line);
  return { values, problems, rowsRead: parsed.rowsRead };
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The blank template served at /simulasi/template.csv: one row per indicator in method order, value empty. */
export function selfAssessmentTemplate(method: Method, language: "id" | "en" = "id"): string {
  const rows = [...method.indicators]
    .sort((a, b) => a.number - b.number)
    .map((i) =>
      [i.id, i.clusterId, language === "id" ? i.nameId : i.nameEn, i.kind, i.direction ?? "", ""]
        .map(csvField)
        .join(","),
    );
  return [TEMPLATE_COLUMNS.join(","), ...rows].join("\n") + "\n";
}

// ---- Many areas in one file (e.g. every village of a province): `area_code,indicator_id,value` ----

/** An area code as a message names it: bare when it looks like a code (11.01.01.2001), quoted and cut otherwise. */
const areaLabel = (area: string) => (/^[\w.-]{1,40}$/.test(area) ? area : quoteValue(area));

export const AREA_REQUIRED_COLUMNS = ["area_code", "indicator_id", "value"] as const;

export interface AreaAssessments {
  /** Area code → indicator id → value, areas in order of first appearance. */
  areas: Map<string, Map<string, number | boolean>>;
  problems: Problem[];
  rowsRead: number;
}

/**
 * Read a many-area self-assessment chunk by chunk, with the same cell rules and messages as parseSelfAssessment.
 * Streaming on purpose: at village scale (83,762 villages × 24 rows) materialising every row as an object, as
 * the shared parseCsv does, costs about as much memory as the 1 GB budget. Records are split on line breaks
 * with a fast path for quote-free lines; a record with quotes (possibly spanning lines) goes through papaparse.
 */
export function createAreaAssessmentReader(path: string, method: Method) {
  const byId = new Map(method.indicators.map((ind, index) => [ind.id, { ind, index }]));
  type AreaState = { values: Map<string, number | boolean>; firstLine: Int32Array };
  const areas = new Map<string, AreaState>();
  let lastArea = "";
  let lastState: AreaState | undefined;
  const problems: Problem[] = [];
  let carry = ""; // text of an unfinished record, kept for the next chunk
  let line = 1; // physical line where `carry` starts
  let started = false;
  let delimiter: "," | ";" = ",";
  let header: string[] | null = null;
  let columns: number[] = [];
  let rowsRead = 0;

  function splitRecord(record: string, at: number): string[] | null {
    if (!record.includes('"')) return record.split(delimiter);
    const parsed = Papa.parse<string[]>(record, { delimiter, newline: "\n" });
    if (parsed.errors.length > 0 || parsed.data.length !== 1) {
      problems.push({
        path,
        line: at,
        message: `broken quoting (an opening " with no closing "), expected well-formed CSV fields`,
      });
      return null;
    }
    return parsed.data[0]!;
  }

  function readRecord(record: string, at: number) {
    if (header === null) {
      delimiter = detectDelimiter(record);
      header = (splitRecord(record, at) ?? []).map((h) => h.trim());
      columns = AREA_REQUIRED_COLUMNS.map((c) => header!.indexOf(c));
      if (columns.includes(-1)) {
        const missing = AREA_REQUIRED_COLUMNS.filter((_, k) => columns[k] === -1);
        problems.push({
          path,
          line: at,
          message: `missing column(s) ${missing.join(", ")}, expected a header with ${AREA_REQUIRED_COLUMNS.join(delimiter)}`,
        });
      }
      return;
    }
    if (columns.includes(-1) || record.trim() === "") return;
    rowsRead++;
    const cells = splitRecord(record, at);
    if (cells === null) return;
    if (cells.length !== header.length) {
      const kind = cells.length > header.length ? "extra fields" : "missing fields";
      problems.push({
        path,
        line: at,
        message: `${kind}: ${cells.length} fields, expected ${header.length} (${clipText(header.join(delimiter))})`,
      });
      return;
    }
    const area = cells[columns[0]!]!.trim();
    const rawId = cells[columns[1]!]!.trim();
    const rawValue = cells[columns[2]!]!;
    if (area === "")
      return void problems.push({ path, line: at, message: `empty area_code, expected the code of the area assessed` });
    const found = byId.get(rawId) ?? byId.get(rawId.toUpperCase());
    if (found === undefined) {
      problems.push({
        path,
        line: at,
        message: `unknown indicator ${quoteValue(rawId)}, expected one of ${method.indicators[0]?.id ?? ""} … ${method.indicators.at(-1)?.id ?? ""} (see the template)`,
      });
      return;
    }
    // Rows usually come grouped by area, so the previous row's area saves a hash lookup most of the time.
    let state = area === lastArea ? lastState : areas.get(area);
    if (state === undefined)
      areas.set(area, (state = { values: new Map(), firstLine: new Int32Array(method.indicators.length) }));
    lastArea = area;
    lastState = state;
    const seen = state.firstLine[found.index]!;
    if (seen !== 0)
      return void problems.push({
        path,
        line: at,
        message: `${found.ind.id} appears again for ${areaLabel(area)} (first on line ${seen}), expected each indicator once per area`,
      });
    state.firstLine[found.index] = at;
    const reading = readIndicatorValue(found.ind, rawValue);
    if (!reading.ok) problems.push({ path, line: at, message: `${areaLabel(area)}: ${reading.message}` });
    else if (reading.value !== null) state.values.set(found.ind.id, reading.value);
  }

  /**
   * Split `carry + chunk` into records. A line break ends a record only outside quotes (even number of `"` so
   * far in the record). Quote parity and the scan position survive between chunks, so each character is looked
   * at a bounded number of times even when a stray quote leaves a record open to the end of a huge file.
   */
  let scanned = 0; // characters of `carry` already scanned for quotes
  let quotesOdd = false;
  function consume(text: string, final: boolean): string {
    let start = 0;
    let pos = scanned;
    let nextQuote = text.indexOf('"', pos);
    for (;;) {
      const nl = text.indexOf("\n", pos);
      const segmentEnd = nl === -1 ? text.length : nl;
      for (; nextQuote !== -1 && nextQuote < segmentEnd; nextQuote = text.indexOf('"', nextQuote + 1))
        quotesOdd = !quotesOdd;
      if (nl === -1 && !final) {
        scanned = text.length - start;
        return text.slice(start);
      }
      if (nl !== -1 && quotesOdd) {
        pos = nl + 1; // the record goes on after a line break inside quotes
        continue;
      }
      const end = segmentEnd > start && text.charCodeAt(segmentEnd - 1) === 13 ? segmentEnd - 1 : segmentEnd;
      const record = text.slice(start, end);
      if (nl !== -1 || start < text.length) readRecord(record, line);
      for (let k = record.indexOf("\n"); k !== -1; k = record.indexOf("\n", k + 1)) line++;
      quotesOdd = false;
      if (nl === -1) {
        scanned = 0;
        return "";
      }
      line++;
      start = pos = nl + 1;
    }
  }

  return {
    push(chunk: string): void {
      if (!started && chunk.length > 0) {
        started = true;
        if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      }
      carry = consume(carry + chunk, false);
    },
    end(): AreaAssessments {
      carry = consume(carry, true);
      if (header === null)
        problems.push({ path, line: 1, message: "empty header row, expected column names on the first line" });
      return { areas: new Map([...areas].map(([code, s]) => [code, s.values])), problems, rowsRead };
    },
  };
}

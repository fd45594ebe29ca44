/**
 * Reading CSV as contributors actually send it: exports from Indonesian-locale spreadsheets come with a
 * UTF-8 BOM, `;` separators, decimal commas and CRLF (sometimes mixed with LF in one file). This module turns
 * bytes into rows that remember their physical line, and reports everything it cannot read as a Problem
 * instead of guessing.
 */
import Papa from "papaparse";
import { clipText, type Problem } from "./problems.ts";

export interface CsvRow {
  /** 1-based physical line where the row starts (a quoted field may span lines). */
  line: number;
  /** Trimmed cell values keyed by header name. */
  values: Record<string, string>;
}

export interface CsvTable {
  path: string;
  header: string[];
  delimiter: "," | ";";
  rows: CsvRow[];
}

export interface CsvResult {
  /** Null when the file as a whole is unreadable (bad bytes, no header). */
  table: CsvTable | null;
  /** Rows that could not be split into the header's fields; each is also a Problem. */
  rejectedRows: number;
  /** Data rows seen (accepted + rejected), blank lines excluded. */
  rowsRead: number;
  problems: Problem[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Line of the first byte that is not valid UTF-8, so the error can point at it. */
function firstBadUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return line;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return line;
    }
    i += len;
  }
  return line;
}

/** Decode strictly: non-UTF-8 bytes (e.g. a Windows-1252 export) are an error, never mojibake. */
export function decodeUtf8(path: string, bytes: Uint8Array): { text: string | null; problems: Problem[] } {
  // Excel's "Unicode text" and some editors write UTF-16 with a byte order mark: say so, rather than "not UTF-8".
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const order = bytes[0] === 0xff ? "little-endian" : "big-endian";
    return {
      text: null,
      problems: [
        {
          path,
          line: 1,
          message: `a UTF-16 file (${order} byte order mark), expected a UTF-8 file (save as 'CSV UTF-8')`,
        },
      ],
    };
  }
  try {
    const text = utf8.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, problems: [] };
  } catch {
    return {
      text: null,
      problems: [
        {
          path,
          line: firstBadUtf8Line(bytes),
          message: "bytes that are not UTF-8, expected a UTF-8 file (save as 'CSV UTF-8')",
        },
      ],
    };
  }
}

/** `;` when the header row uses it (Indonesian Excel), otherwise `,`. */
export function detectDelimiter(headerLine: string): "," | ";" {
  const semicolons = headerLine.split(";").length - 1;
  const commas = headerLine.split(",").length - 1;
  return semicolons > commas ? ";" : ",";
}

/** Offsets of each line start, to turn a character offset into a line number by binary search. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export interface ParseCsvOptions {
  /** Columns that must be in the header; a missing one rejects the whole file. */
  requiredColumns?: readonly string[];
  /**
   * A rule every cell must pass, given the cell as written (before trimming): the reason it fails, or null. A row
   * with a failing cell is rejected (counted and reported per cell), like a row with the wrong number of fields.
   */
  checkCell?: (cell: string) => string | null;
}

/**
 * Parse CSV bytes. Rows with a different number of fields than the header, or with broken quoting, are
 * rejected (counted and reported) while the rest are returned, so one bad line never hides the others.
 */
export function parseCsv(path: string, bytes: Uint8Array, options: ParseCsvOptions = {}): CsvResult {
  const decoded = decodeUtf8(path, bytes);
  if (decoded.text === null) return { table: null, rejectedRows: 0, rowsRead: 0, problems: decoded.problems };
  return parseCsvText(path, decoded.text, options);
}

export function parseCsvText(path: string, rawText: string, options: ParseCsvOptions = {}): CsvResult {
  // Mixed CRLF/LF in one file is common after hand edits; normalise so line numbers and fields stay right.
  const text = rawText.replace(/\r\n?/g, "\n");
  const problems: Problem[] = [];
  const firstNewline = text.indexOf("\n");
  const headerLine = firstNewline === -1 ? text : text.slice(0, firstNewline);
  if (headerLine.trim() === "") {
    return {
      table: null,
      rejectedRows: 0,
      rowsRead: 0,
      problems: [{ path, line: 1, message: "empty header row, expected column names on the first line" }],
    };
  }
  const delimiter = detectDelimiter(headerLine);
  const starts = lineStarts(text);
  let header: string[] | null = null;
  const rows: CsvRow[] = [];
  let rowsRead = 0;
  let rejectedRows = 0;
  let rowStart = 0;

  Papa.parse<string[]>(text, {
    delimiter,
    newline: "\n",
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const start = rowStart;
      rowStart = result.meta.cursor;
      const line = lineAt(starts, start);
      const cells = result.data;
      if (header === null) {
        header = cells.map((c) => c.trim());
        return;
      }
      if (cells.length === 1 && cells[0]!.trim() === "") return; // blank line
      rowsRead++;
      if (result.errors.length > 0) {
        rejectedRows++;
        const e = result.errors[0]!;
        const what = e.type === "Quotes" ? 'broken quoting (an opening " with no closing ")' : e.message;
        problems.push({ path, line, message: `${what}, expected well-formed CSV fields` });
        return;
      }
      if (cells.length !== header.length) {
        rejectedRows++;
        const kind = cells.length > header.length ? "extra fields" : "missing fields";
        problems.push({
          path,
          line,
          message: `${kind}: ${cells.length} fields, expected ${header.length} (${clipText(header.join(delimiter))})`,
        });
        return;
      }
      if (options.checkCell) {
        const unsafe = header.flatMap((name, i) => {
          const why = options.checkCell!(cells[i]!);
          return why === null ? [] : [{ path, line, message: `column "${clipText(name)}": ${why}` }];
        });
        if (unsafe.length > 0) {
          rejectedRows++;
          problems.push(...unsafe);
          return;
        }
      }
      const values: Record<string, string> = {};
      header.forEach((name, i) => (values[name] = cells[i]!.trim()));
      rows.push({ line, values });
    },
  });

  if (header === null) header = [];
  const h: string[] = header;
  const seen = new Set<string>();
  for (const name of h) {
    if (seen.has(name))
      problems.push({ path, line: 1, message: `column "${clipText(name)}" appears twice, expected each column once` });
    seen.add(name);
  }
  const missing = (options.requiredColumns ?? []).filter((c) => !seen.has(c));
  if (missing.length > 0) {
    problems.push({
      path,
      line: 1,
      message: `missing column(s) ${missing.join(", ")}, expected a header with ${(options.requiredColumns ?? []).join(delimiter)}`,
    });
    return { table: null, rejectedRows: rowsRead, rowsRead, problems };
  }
  return { table: { path, header: h, delimiter, rows }, rejectedRows, rowsRead, problems };
}

/**
 * A number as Indonesians and everyone else write it: `21,6`, `21.6`, `1.234,5`, `1234.5`.
 * Returns null for anything else (empty, `n/a`, `12%`, `1,2,3`) so the caller can say what was expected.
 */
export function parseDecimal(raw: string): number | null {
  let s = raw.trim().replace(/\s/g, "");
  if (s === "") return null;
  if (s.includes(",")) {
    // Decimal comma: dots, if any, are thousands separators (1.234,5).
    if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(s) && !/^-?\d+(,\d+)?$/.test(s)) return null;
    s = s.replace(/\./g, "").replace(",", ".");
  } else if (!/^-?\d+(\.\d+)?$/.test(s)) {
    return null;
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

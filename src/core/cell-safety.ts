/**
 * Cells a spreadsheet would run, and characters no text cell should carry: the one rule behind the raw readers
 * (src/pipeline/read-facts.ts rejects such a row with `path:LINE`), the maintainer tables (data/method, published as
 * they are, and data/places: read-method.ts and places.ts stop the build), the CSV writer (src/pipeline/csv-write.ts
 * refuses to write such a cell) and the gate over the built downloads (scripts/gates/check-spreadsheet-safe.ts).
 *
 * Why: researchers open the downloads in Excel or LibreOffice, which run a cell that begins with `=`, `+`, `-` or
 * `@` (and, after a leading tab or carriage return, whatever follows) as a formula — `=HYPERLINK(…)` or
 * `@SUM(1+1)*cmd|' /C calc'!A0` (OWASP "CSV injection"). We reject such text at validation instead of escaping it
 * on the way out (a `'` prefix would change the published value): a source never prints a title that begins with
 * `=`. A plain number such as `-1.5` or `-1,5` is data, not a formula, and passes. Control characters (C0 including
 * NUL, DEL, C1) have no place in a name, title or note either; they hide text from a reader and break tools.
 */
import { quoteValue } from "./problems.ts";

/** Index of the first C0 (U+0000–U+001F: NUL, tab, line breaks…), DEL (U+007F) or C1 (U+0080–U+009F) character. */
function firstControl(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x1f || (c >= 0x7f && c <= 0x9f)) return i;
  }
  return -1;
}
/** What a spreadsheet treats as the start of a formula (after any spaces it skips). */
const FORMULA_START = /^[ ]*[=+\-@]/;
/** A number as written in either decimal convention, with an optional sign: `-1.5`, `+2`, `-1.234,5`. */
const PLAIN_NUMBER = /^[ ]*[+-]?(\d+([.,]\d+)*|[.,]\d+)[ ]*$/;

const CONTROL_NAMES: Record<number, string> = {
  0x00: "a NUL byte",
  0x09: "a tab",
  0x0a: "a line break",
  0x0d: "a carriage return",
  0x7f: "a DEL character",
};

function codePoint(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Why a cell could run in a spreadsheet (a leading `=`, `+`, `-`, `@`, tab or carriage return, unless the cell is a
 * plain number), or null when it could not. For the writer and the gate, which see finished cells.
 */
export function formulaRisk(cell: string): string | null {
  const first = cell.charCodeAt(0);
  if (first === 0x09 || first === 0x0d)
    return `${quoteValue(cell)} begins with ${CONTROL_NAMES[first]}, which a spreadsheet may run as a formula`;
  if (!FORMULA_START.test(cell) || PLAIN_NUMBER.test(cell)) return null;
  const sign = cell.trimStart()[0]!;
  return `${quoteValue(cell)} begins with "${sign}", which a spreadsheet would run as a formula`;
}

/**
 * Why a raw text cell must be rejected, as `what is wrong, what was expected` (the caller adds path, line and
 * column), or null when it is safe. Checked on the cell as written, before trimming, so a leading tab counts.
 */
export function unsafeCellProblem(cell: string): string | null {
  const at = firstControl(cell);
  if (at !== -1) {
    const c = cell.charCodeAt(at);
    const what = CONTROL_NAMES[c] ?? `the control character ${codePoint(c)}`;
    return `${quoteValue(cell)} contains ${what} at character ${at + 1}, expected text without control characters (no NUL, tab or line break inside a cell)`;
  }
  const risk = formulaRisk(cell);
  if (risk === null) return null;
  return `${risk}, expected text that does not begin with = + - or @ (a number like -1.5 is fine; write "Kota Kupang", not "+Kota Kupang")`;
}

/**
 * Writing CSV for researchers: RFC 4180 quoting, `\n` line ends, UTF-8 without BOM, `.` decimals, empty cell
 * for unknown. Deterministic: the same rows give the same bytes.
 *
 * Spreadsheet-safe by construction: text that a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`, see
 * src/core/cell-safety.ts) is rejected when the raw rows are read, so it can never reach a download; if it ever
 * does, writing fails loudly here rather than prefixing a `'` that would change the published value.
 */
import { formulaRisk } from "../core/cell-safety.ts";

export type Cell = string | number | boolean | null | undefined;

export interface CsvWriteOptions {
  /**
   * false only for a raw row on its way to be checked by the raw reader (scripts/intake.ts), which reports an unsafe
   * cell on the contributor's own line; every download keeps the default.
   */
  refuseFormulas?: boolean;
}

function cell(v: Cell, refuseFormulas: boolean): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`cannot write ${v} to CSV`);
    // Round away binary noise (0.1 + 0.2) without fixing a number of decimals the source did not give.
    return String(Math.round(v * 1e6) / 1e6);
  }
  if (refuseFormulas) {
    const risk = formulaRisk(v);
    if (risk !== null) throw new Error(`cannot write a CSV cell: ${risk} (the raw readers should have rejected it)`);
  }
  return /[",\n\r]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
  { refuseFormulas = true }: CsvWriteOptions = {},
): string {
  const lines = [columns.map((c) => cell(c, refuseFormulas)).join(",")];
  for (const row of rows) {
    if (row.length !== columns.length)
      throw new Error(`CSV row has ${row.length} cells, expected ${columns.length} (${columns.join(",")})`);
    lines.push(row.map((c) => cell(c, refuseFormulas)).join(","));
  }
  return lines.join("\n") + "\n";
}

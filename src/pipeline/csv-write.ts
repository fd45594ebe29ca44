/**
 * Writing CSV for researchers: RFC 4180 quoting, `\n` line ends, UTF-8 without BOM, `.` decimals, empty cell
 * for unknown. Deterministic: the same rows give the same bytes.
 */
export type Cell = string | number | boolean | null | undefined;

function cell(v: Cell): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`cannot write ${v} to CSV`);
    // Round away binary noise (0.1 + 0.2) without fixing a number of decimals the source did not give.
    return String(Math.round(v * 1e6) / 1e6);
  }
  return /[",\n\r]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [columns.map(cell).join(",")];
  for (const row of rows) {
    if (row.length !== columns.length)
      throw new Error(`CSV row has ${row.length} cells, expected ${columns.length} (${columns.join(",")})`);
    lines.push(row.map(cell).join(","));
  }
  return lines.join("\n") + "\n";
}

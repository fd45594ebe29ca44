/**
 * The self-assessment file a Gugus Tugas KLA fills in: `indicator_id,value` (other columns, such as the
 * template's name and cluster, are ignored). Browser-safe: takes text, never a path on disk, so the /simulasi/
 * page and `npm run score` read files with the same rules and report the same line-numbered problems.
 */
import { parseCsvText, parseDecimal } from "./csv.ts";
import type { Problem } from "./problems.ts";
import type { Method, MethodIndicator } from "./score.ts";

export const TEMPLATE_COLUMNS = ["indicator_id", "cluster", "indicator_name", "kind", "direction", "value"] as const;
export const REQUIRED_COLUMNS = ["indicator_id", "value"] as const;

const YES = new Set(["ya", "yes", "1"]);
const NO = new Set(["tidak", "no", "0"]);
const YES_NO_EXPECTED = "ya, tidak, yes, no, 1 or 0";

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
    return { ok: false, message: `${indicator.id} value "${cell}" is not yes or no, expected ${YES_NO_EXPECTED}` };
  }
  // A trailing percent sign is what people type into a percent column; it carries no extra meaning.
  const n = parseDecimal(cell.replace(/\s*%$/, ""));
  if (n === null) return { ok: false, message: `${indicator.id} value "${cell}" is not a number, expected a percent 0–100 such as 87,5` };
  if (n < 0 || n > 100) return { ok: false, message: `${indicator.id} value ${cell} is out of range, expected a percent 0–100` };
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
      const what = rawId === "" ? "empty indicator_id" : `unknown indicator "${rawId}"`;
      problems.push({ path, line, message: `${what}, expected one of ${method.indicators[0]?.id ?? ""} … ${method.indicators.at(-1)?.id ?? ""} (see the template)` });
      continue;
    }
    const seen = firstLine.get(id);
    if (seen !== undefined) {
      problems.push({ path, line, message: `${id} appears again (first on line ${seen}), expected each indicator once` });
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
    .map((i) => [i.id, i.clusterId, language === "id" ? i.nameId : i.nameEn, i.kind, i.direction ?? "", ""].map(csvField).join(","));
  return [TEMPLATE_COLUMNS.join(","), ...rows].join("\n") + "\n";
}

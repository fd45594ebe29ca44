/**
 * One raw file in, typed rows out: detect the format from the header, validate each row with its zod schema,
 * and account for every row (read = accepted + rejected). Nothing here knows about places or rounds; the
 * checks that need them (does the name resolve? was there a round that year?) come after, in the pipeline.
 */
import { closestFormat, detectFormat, FORMATS, type FormatId, type RowOf } from "./raw-formats.ts";
import { unsafeCellProblem } from "../core/cell-safety.ts";
import { parseCsv } from "../core/csv-read.ts";
import { clipText, type Problem } from "../core/problems.ts";

export interface Located<T> {
  path: string;
  line: number;
  row: T;
}

export type FactFile = {
  [F in FormatId]: { format: F; path: string; rows: Located<RowOf<F>>[] };
}[FormatId];

export interface ReadResult {
  file: FactFile | null;
  read: number;
  rejected: number;
  problems: Problem[];
}

export function readFactFile(path: string, bytes: Uint8Array, expected?: FormatId): ReadResult {
  // Every cell of every raw format, text or number: a plain number such as -1.5 passes, a formula or a control
  // character never reaches a schema, a place lookup or a download (src/core/cell-safety.ts says why).
  const parsed = parseCsv(path, bytes, { checkCell: unsafeCellProblem });
  const problems = [...parsed.problems];
  if (parsed.table === null) return { file: null, read: parsed.rowsRead, rejected: parsed.rowsRead, problems };
  const { header, rows } = parsed.table;
  const format = expected && detectFormat(header) !== expected ? null : detectFormat(header);
  if (format === null) {
    const near = expected ? { id: expected, ...missingFor(expected, header) } : closestFormat(header);
    const f = FORMATS[near.id];
    const parts = [
      near.missing.length ? `missing column(s) ${near.missing.join(", ")}` : "",
      near.unknown.length ? `unknown column(s) ${clipText(near.unknown.join(", "))}` : "",
    ].filter(Boolean);
    problems.push({
      path,
      line: 1,
      message: `header not recognised (${parts.join("; ") || "unknown format"}), expected the ${f.id} format: ${[...f.required, ...f.optional.map((c) => `[${c}]`)].join(",")}`,
    });
    return { file: null, read: parsed.rowsRead, rejected: parsed.rowsRead, problems };
  }
  const schema = FORMATS[format].row;
  const accepted: Located<unknown>[] = [];
  let rejected = parsed.rejectedRows;
  for (const r of rows) {
    const result = schema.safeParse(r.values);
    if (result.success) {
      accepted.push({ path, line: r.line, row: result.data });
    } else {
      rejected++;
      for (const issue of result.error.issues) {
        const column = issue.path.length ? `column "${String(issue.path[0])}": ` : "";
        problems.push({ path, line: r.line, message: `${column}${issue.message}` });
      }
    }
  }
  return { file: { format, path, rows: accepted } as FactFile, read: parsed.rowsRead, rejected, problems };
}

function missingFor(id: FormatId, header: readonly string[]): { missing: string[]; unknown: string[] } {
  const f = FORMATS[id];
  const known = new Set([...f.required, ...f.optional]);
  return { missing: f.required.filter((c) => !header.includes(c)), unknown: header.filter((c) => !known.has(c)) };
}

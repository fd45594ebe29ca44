/**
 * The public downloads as a reader gets them: each written by the very function `npm run build:data` publishes it
 * with (DOWNLOADS), then parsed, once per artefact and file. Two pages read them, each in both languages: the data
 * page counts their rows and bytes (data-views.ts), and the methodology page's worked example shows their cells
 * (worked-example.ts). Writing and parsing indicators.csv alone (4 MB) takes a noticeable part of a second.
 */
import { parseCsvText, type CsvRow } from "../core/csv-read.ts";
import { DOWNLOADS } from "../pipeline/downloads.ts";
import type { SiteData } from "../pipeline/artefact.ts";

export interface PublishedCsv {
  /** UTF-8 bytes of the file. */
  bytes: number;
  /** Its rows (header excluded), each with its line in the file (header = line 1). */
  rows: CsvRow[];
}

const memo = new WeakMap<SiteData, Map<string, PublishedCsv>>();
const encoder = new TextEncoder();

/** `file`: a name in DOWNLOADS ("scores.csv"). */
export function publishedCsv(d: SiteData, file: string): PublishedCsv {
  let files = memo.get(d);
  if (files === undefined) memo.set(d, (files = new Map()));
  let csv = files.get(file);
  if (csv === undefined) {
    const write = DOWNLOADS[file];
    if (write === undefined) throw new Error(`published-csv: ${file} is not a download`);
    const text = write(d);
    const { table, problems } = parseCsvText(file, text);
    if (table === null) throw new Error(`published-csv: ${file} does not parse: ${problems[0]?.message}`);
    files.set(file, (csv = { bytes: encoder.encode(text).length, rows: table.rows }));
  }
  return csv;
}

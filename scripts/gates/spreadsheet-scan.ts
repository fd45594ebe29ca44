/**
 * What scripts/gates/check-spreadsheet-safe.ts looks for, kept pure so it can be tested: the cells of a published
 * CSV that a spreadsheet would run as a formula (a leading `=`, `+`, `-`, `@`, tab or carriage return; a plain
 * number such as -1.5 is data), by the one rule in src/core/cell-safety.ts, and the CSV files inside a ZIP archive
 * (the "everything" download), so the archive is checked as well as the loose files.
 */
import Papa from "papaparse";
import { inflateRawSync } from "node:zlib";
import { formulaRisk } from "../../src/core/cell-safety.ts";

export interface CsvScan {
  cells: number;
  /** `path:LINE: column "name": why`, one per risky cell. */
  hits: string[];
}

/** Every cell of a comma-separated file (as the site writes them: `,`, `\n`, RFC 4180 quotes), header included. */
export function scanCsv(path: string, text: string): CsvScan {
  const hits: string[] = [];
  let cells = 0;
  let header: string[] = [];
  let line = 1;
  let consumed = 0;
  Papa.parse<string[]>(text, {
    delimiter: ",",
    newline: "\n",
    quoteChar: '"',
    step: (result) => {
      const row = result.data;
      if (header.length === 0) header = row;
      row.forEach((cell, i) => {
        cells++;
        const why = formulaRisk(cell);
        if (why !== null) hits.push(`${path}:${line}: column "${header[i] ?? i + 1}": ${why}`);
      });
      // A quoted cell may span lines: count the line breaks of the record just read.
      const end = result.meta.cursor;
      for (let k = text.indexOf("\n", consumed); k !== -1 && k < end; k = text.indexOf("\n", k + 1)) line++;
      consumed = end;
    },
  });
  return { cells, hits };
}

/** The files of a ZIP archive (stored or deflated entries, as src/publish/zip.ts writes them). */
export function zipEntries(zip: Uint8Array): { name: string; data: Uint8Array }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("not a ZIP archive: no end-of-central-directory record");
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const out: { name: string; data: Uint8Array }[] = [];
  for (let n = 0; n < count; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`ZIP central directory entry ${n + 1} is damaged`);
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = zip.subarray(start, start + size);
    if (method !== 0 && method !== 8) throw new Error(`ZIP entry ${name}: compression method ${method} not supported`);
    out.push({ name, data: method === 8 ? new Uint8Array(inflateRawSync(raw)) : raw });
    at += 46 + skip;
  }
  return out;
}

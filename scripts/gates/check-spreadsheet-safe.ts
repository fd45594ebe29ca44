/**
 * npm run gate:spreadsheet [-- dist] — no published CSV holds a cell a spreadsheet would run (issue 17): every CSV
 * under dist/ — the data package and method tables in dist/data, every chart table in dist/grafik and dist/en/grafik,
 * the self-assessment template — and every CSV inside dist/data/atlas-kla-data.zip. A cell that begins with `=`, `+`, `-`, `@`, tab or carriage return fails,
 * unless it is a plain number such as -1.5 (scripts/gates/spreadsheet-scan.ts; the rule is src/core/cell-safety.ts,
 * the same one that rejects such text when the raw rows are read). Exit 1 listing each cell as `FILE:LINE: …`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { scanCsv, zipEntries } from "./spreadsheet-scan.ts";

const dist = process.argv[2] ?? "dist";
const walk = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]))
    : [];
// Every CSV the site serves (the self-assessment template too), so a new download is covered the day it appears.
const csvFiles = walk(dist).filter((f) => f.endsWith(".csv"));
const dataFiles = csvFiles.filter((f) => f.startsWith(join(dist, "data") + sep));
const chartFiles = csvFiles.filter(
  (f) => f.startsWith(join(dist, "grafik") + sep) || f.startsWith(join(dist, "en", "grafik") + sep),
);
const zips = walk(join(dist, "data")).filter((f) => f.endsWith(".zip"));

const shown = (f: string) => (relative(process.cwd(), f).startsWith("..") ? f : relative(process.cwd(), f));
const hits: string[] = [];
let cells = 0;
let files = 0;
const scan = (path: string, bytes: Uint8Array) => {
  const r = scanCsv(path, new TextDecoder().decode(bytes));
  files++;
  cells += r.cells;
  hits.push(...r.hits);
};
for (const f of csvFiles) scan(shown(f), readFileSync(f));
let inZips = 0;
for (const z of zips)
  for (const e of zipEntries(readFileSync(z)).filter((x) => x.name.endsWith(".csv"))) {
    inZips++;
    scan(`${shown(z)}!${e.name}`, e.data);
  }

for (const h of hits.slice(0, 40)) console.error(h);
if (hits.length > 40) console.error(`… and ${hits.length - 40} more`);
console.log(
  `spreadsheet-safe: ${files} CSV files (${dataFiles.length} in ${dist}/data, ${chartFiles.length} chart tables in /grafik/ and /en/grafik/, ${csvFiles.length - dataFiles.length - chartFiles.length} elsewhere, ${inZips} inside ${zips.length} zip), ${cells} cells checked, ${hits.length} a spreadsheet would run as a formula`,
);
// No downloads or no chart tables means no build to check (or a moved folder): a failure, never a silent pass.
const unseen = dataFiles.length === 0 || chartFiles.length === 0 || inZips === 0;
if (unseen)
  console.error(
    `spreadsheet-safe: no data CSV, chart table or zipped CSV found under ${dist}/ (run npm run build first)`,
  );
process.exitCode = hits.length > 0 || unseen ? 1 : 0;

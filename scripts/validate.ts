/**
 * npm run validate -- FILE... — check contributed CSV files before sending them.
 * Each file's format is recognised from its header row. The files are checked in the context of everything
 * already in data/raw (names must resolve, the year must be an award round, counts must not exceed what was
 * announced), exactly as the build would. Exit 0 when all are valid, 1 otherwise, with `path:LINE: message`.
 */
import { existsSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { formatProblem } from "../src/core/problems.ts";
import { checkContribution } from "../src/pipeline/check-contribution.ts";
import { FORMATS } from "../src/pipeline/raw-formats.ts";
import { readFactFile } from "../src/pipeline/read-facts.ts";

const root = process.cwd();

function main(paths: string[]): number {
  if (paths.length === 0) {
    console.error("usage: npm run validate -- FILE.csv [FILE.csv ...]");
    console.error(
      `formats recognised by their header row:\n${Object.values(FORMATS)
        .map((f) => `  ${f.id}: ${[...f.required, ...f.optional.map((c) => `[${c}]`)].join(",")}`)
        .join("\n")}`,
    );
    return 2;
  }
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) {
    for (const p of missing) console.error(`${p}: file not found, expected a path to a CSV file`);
    return 1;
  }
  const contributed = paths.map((p) => ({ path: p, bytes: readFileSync(resolve(p)) }));
  const problems = checkContribution(root, contributed);
  for (const p of problems) console.error(formatProblem(p));

  let failed = problems.length > 0;
  for (const c of contributed) {
    const read = readFactFile(c.path, c.bytes);
    const mine = problems.filter((p) => p.path === c.path);
    const rejected = new Set(mine.filter((p) => p.line > 0).map((p) => p.line)).size;
    const fileLevel = mine.some((p) => p.line <= 1 && read.file === null);
    const format = read.file ? FORMATS[read.file.format].id : "unrecognised";
    const ok = mine.length === 0;
    if (!ok) failed = true;
    const acc = fileLevel
      ? `read ${read.read} = accepted 0 + rejected ${read.read}`
      : `read ${read.read} = accepted ${read.read - rejected} + rejected ${rejected}`;
    console.log(`${c.path}: ${ok ? "valid" : "INVALID"} (${format} format; ${acc})`);
  }
  const elsewhere = problems.filter((p) => !contributed.some((c) => c.path === p.path));
  if (elsewhere.length > 0)
    console.log(
      `${elsewhere.length} problem(s) arise from the combination with data/raw (see above, e.g. ${relative(root, elsewhere[0]!.path)}).`,
    );
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

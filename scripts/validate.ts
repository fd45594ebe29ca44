/**
 * npm run validate -- FILE... — check contributed CSV files before sending them.
 * Each file's format is recognised from its header row. The files are checked in the context of everything
 * already in data/raw (names must resolve, the year must be an award round, counts must not exceed what was
 * announced), exactly as the build would. Exit 0 when all are valid, 1 otherwise, with `path:LINE: message`.
 */
import { existsSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { FORMATS } from "../src/pipeline/raw-formats.ts";
import { loadGazetteer } from "../src/pipeline/places.ts";
import { runPipeline } from "../src/pipeline/pipeline.ts";
import { formatProblem, InputError, sortProblems } from "../src/core/problems.ts";
import { listRawFiles } from "../src/pipeline/raw-files.ts";
import { readFactFile } from "../src/pipeline/read-facts.ts";
import { loadMethod } from "../src/pipeline/read-method.ts";

const root = process.cwd();

function main(paths: string[]): number {
  if (paths.length === 0) {
    console.error("usage: npm run validate -- FILE.csv [FILE.csv ...]");
    console.error(`formats recognised by their header row:\n${Object.values(FORMATS).map((f) => `  ${f.id}: ${[...f.required, ...f.optional.map((c) => `[${c}]`)].join(",")}`).join("\n")}`);
    return 2;
  }
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) {
    for (const p of missing) console.error(`${p}: file not found, expected a path to a CSV file`);
    return 1;
  }
  const given = paths.map((p) => ({ path: p, abs: resolve(p) }));
  const givenAbs = new Set(given.map((g) => g.abs));
  const context = listRawFiles(resolve(root, "data/raw"), root).filter((f) => !givenAbs.has(resolve(root, f.path)));
  const contributed = given.map((g) => ({ path: g.path, bytes: readFileSync(g.abs) }));

  let gazetteer, method;
  try {
    gazetteer = loadGazetteer(root);
    method = loadMethod(resolve(root, "data/method"));
  } catch (e) {
    if (e instanceof InputError) e.problems.forEach((p) => console.error(formatProblem(p)));
    else throw e;
    return 1;
  }
  // Checked against the release being prepared, as the build will: nothing may be dated after its year.
  const release = JSON.parse(readFileSync(resolve(root, "data/release.json"), "utf8")) as { date: string };
  const result = runPipeline({ files: [...context, ...contributed], gazetteer, version: "validate", method, releaseYear: Number(release.date.slice(0, 4)) });
  const problems = sortProblems(result.problems);
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
    const acc = fileLevel ? `read ${read.read} = accepted 0 + rejected ${read.read}` : `read ${read.read} = accepted ${read.read - rejected} + rejected ${rejected}`;
    console.log(`${c.path}: ${ok ? "valid" : "INVALID"} (${format} format; ${acc})`);
  }
  const elsewhere = problems.filter((p) => !contributed.some((c) => c.path === p.path));
  if (elsewhere.length > 0) console.log(`${elsewhere.length} problem(s) arise from the combination with data/raw (see above, e.g. ${relative(root, elsewhere[0]!.path)}).`);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

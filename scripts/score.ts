/**
 * Score a self-assessment CSV with the KLA method in data/method:
 *
 *   npm run -s score -- FILE.csv        → JSON {total, max, predikat, coverage, clusters} on stdout
 *   npm run -s score -- --template      → the blank template CSV on stdout
 *
 * Any problem in the file: every `path:LINE: message, expected …` on stderr and exit 1 (nothing is scored from a
 * file with a bad line, so a typo can never silently lower a score). Wrong usage: exit 2.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeUtf8 } from "../src/core/csv-read.ts";
import { loadMethod } from "../src/pipeline/read-method.ts";
import { formatProblem, InputError, type Problem } from "../src/core/problems.ts";
import { parseSelfAssessment, selfAssessmentTemplate } from "../src/method/self-assessment.ts";
import { scoreAssessment } from "../src/method/score.ts";

const METHOD_DIR = fileURLToPath(new URL("../data/method/", import.meta.url));

function fail(problems: Problem[]): number {
  for (const p of problems) process.stderr.write(formatProblem(p) + "\n");
  return 1;
}

function main(args: string[]): number {
  if (args.length !== 1) {
    process.stderr.write("usage: npm run -s score -- FILE.csv   (or --template)\n");
    return 2;
  }
  const method = loadMethod(METHOD_DIR);
  if (args[0] === "--template") {
    process.stdout.write(selfAssessmentTemplate(method));
    return 0;
  }
  const path = args[0]!;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return fail([
      {
        path,
        line: 0,
        message: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? "error"}), expected a readable CSV file`,
      },
    ]);
  }
  const decoded = decodeUtf8(path, bytes);
  if (decoded.text === null) return fail(decoded.problems);
  const parsed = parseSelfAssessment(path, decoded.text, method);
  if (parsed.problems.length > 0) return fail(parsed.problems);
  const result = scoreAssessment(method, parsed.values);
  const output = {
    total: result.total,
    max: result.max,
    predikat: result.predikat,
    coverage: result.coverage,
    clusters: result.clusters,
  };
  process.stdout.write(JSON.stringify(output, null, 2) + "\n");
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  // A broken method file is the project's bug, not the user's; still report it in the same path:line form.
  if (!(e instanceof InputError)) throw e;
  process.exitCode = fail(e.problems);
}

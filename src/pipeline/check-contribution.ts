/**
 * A contributed file checked as the build would check it: in the context of everything already in data/raw (names
 * must resolve, the year must be a round that was held, counts must not exceed what was announced), with the same
 * pipeline. Shared by `npm run validate` (a CSV a contributor wrote) and `npm run intake` (a row made from a
 * filled issue form), so the two can never disagree with each other or with `npm run build`.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { InputError, sortProblems, type Problem } from "../core/problems.ts";
import { loadGazetteer } from "./places.ts";
import { runPipeline, type RawFile } from "./pipeline.ts";
import { listRawFiles } from "./raw-files.ts";
import { loadMethod } from "./read-method.ts";

/**
 * Every problem found with `contributed` in place of (or beside) the raw files of the same path. A problem in the
 * gazetteer or the method (the project's own tables) comes back the same way, with its own path.
 */
export function checkContribution(root: string, contributed: readonly RawFile[]): Problem[] {
  const replaced = new Set(contributed.map((c) => resolve(root, c.path)));
  const context = listRawFiles(resolve(root, "data/raw"), root).filter((f) => !replaced.has(resolve(root, f.path)));
  let gazetteer, method;
  try {
    gazetteer = loadGazetteer(root);
    method = loadMethod(resolve(root, "data/method"));
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  // Checked against the release being prepared, as the build will: nothing may be dated after its year.
  const release = JSON.parse(readFileSync(resolve(root, "data/release.json"), "utf8")) as { date: string };
  const result = runPipeline({
    files: [...context, ...contributed],
    gazetteer,
    version: "validate",
    method,
    releaseYear: Number(release.date.slice(0, 4)),
  });
  return sortProblems(result.problems);
}

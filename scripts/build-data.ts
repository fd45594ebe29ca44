/**
 * npm run build:data — data/raw → data/build (site.json for the pages, downloads/*.csv for dist/data/).
 * Options (for golden tests and contributors): --raw DIR (default data/raw), --out DIR (default data/build).
 * Exit 1, with every problem as `path:LINE: message`, and nothing written, when any input is bad.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { dataPackage } from "../src/publish/datapackage.ts";
import { DOWNLOADS } from "../src/pipeline/downloads.ts";
import { zipFiles } from "../src/publish/zip.ts";
import { loadGazetteer } from "../src/pipeline/places.ts";
import { runPipeline } from "../src/pipeline/pipeline.ts";
import { formatProblem, InputError, sortProblems } from "../src/core/problems.ts";
import { listRawFiles } from "../src/pipeline/raw-files.ts";
import { loadMethod, METHOD_FILES } from "../src/pipeline/read-method.ts";
import { stableJson, writeDirAtomically } from "../src/pipeline/write-build.ts";

const { values: args } = parseArgs({
  options: { raw: { type: "string", default: "data/raw" }, out: { type: "string", default: "data/build" } },
});
const root = process.cwd();
const encoder = new TextEncoder();
/** The everything-download: one stable URL, its contents versioned inside (datapackage.json). */
const ZIP_NAME = "atlas-kla-data.zip";

function main(): number {
  const release = JSON.parse(readFileSync(join(root, "data/release.json"), "utf8")) as {
    version: string;
    date: string;
  };
  let gazetteer, method;
  try {
    gazetteer = loadGazetteer(root);
    method = loadMethod(join(root, "data/method"));
  } catch (e) {
    if (e instanceof InputError) return fail(e.problems.map(formatProblem));
    throw e;
  }
  const files = listRawFiles(resolve(root, args.raw!), root);
  const result = runPipeline({
    files,
    gazetteer,
    version: release.version,
    method,
    releaseYear: Number(release.date.slice(0, 4)),
  });

  const accounting = result.accounting;
  let read = 0,
    accepted = 0,
    rejected = 0;
  for (const a of accounting) {
    read += a.read;
    accepted += a.accepted;
    rejected += a.rejected;
    console.log(`${a.path}: read ${a.read} = accepted ${a.accepted} + rejected ${a.rejected}`);
  }
  if (result.data === null) return fail(sortProblems(result.problems).map(formatProblem));

  const d = result.data;
  const out = new Map<string, string | Uint8Array>([["site.json", stableJson(d)]]);
  for (const [name, make] of Object.entries(DOWNLOADS)) out.set(`downloads/${name}`, make(d));
  // The method is published as the very files the build scored with.
  for (const name of Object.values(METHOD_FILES))
    out.set(`downloads/method/${name}`, readFileSync(join(root, "data/method", name), "utf8"));
  // The package describes (and hashes) exactly the bytes above; the zip holds all of it for one-click download.
  const published = new Map(
    [...out]
      .filter(([k]) => k.startsWith("downloads/"))
      .map(([k, v]) => [k.slice("downloads/".length), encoder.encode(v as string)]),
  );
  const pkg = stableJson(dataPackage({ version: d.version, files: published }));
  out.set("downloads/datapackage.json", pkg);
  published.set("datapackage.json", encoder.encode(pkg));
  out.set(
    `downloads/${ZIP_NAME}`,
    zipFiles([...published].map(([name, data]) => ({ name: `atlas-kla-data/${name}`, data }))),
  );
  writeDirAtomically(resolve(root, args.out!), out);
  console.log(`rows: read ${read} = accepted ${accepted} + rejected ${rejected}`);
  console.log(
    `built ${args.out}: ${d.places.length} places, ${d.awards.length} award records (${d.awards.filter((a) => a.conflict).length} conflicts, ${d.awards.filter((a) => a.inferred).length} inferred), ${d.indicators.length} indicator values, release ${d.version}`,
  );
  return 0;
}

function fail(lines: string[]): number {
  for (const l of lines) console.error(l);
  console.error(`build:data failed: ${lines.length} problem(s); nothing was written.`);
  return 1;
}

process.exitCode = main();

/**
 * node scripts/gates/check-datapackage.ts [dist/data] — validate the published data package: hashes, sizes,
 * declared fields against headers, no undeclared CSV. Exit 1 with each problem.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { validatePackage } from "./validate-package.ts";

const dir = process.argv[2] ?? "dist/data";
const walk = (d: string): string[] =>
  readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const files = new Map(walk(dir).map((f) => [relative(dir, f).split("\\").join("/"), new Uint8Array(readFileSync(f))]));
const problems = validatePackage(readFileSync(join(dir, "datapackage.json"), "utf8"), files);
for (const p of problems) console.error(`${dir}/${p}`);
console.log(`datapackage: ${files.size} files, ${problems.length} problem(s)`);
process.exitCode = problems.length ? 1 : 0;

/**
 * npm run gate:frictionless [-- dist/data] — the published data package read by the Frictionless reference library
 * (scripts/gates/frictionless.ts): descriptor valid, every resource read and cast against its schema, primary keys
 * unique, foreign keys resolved. Prints what it checked; exit 1 listing each problem.
 */
import datapackage from "datapackage/package.json" with { type: "json" };
import tableschema from "tableschema/package.json" with { type: "json" };
import { checkWithFrictionless } from "./frictionless.ts";

const dir = process.argv[2] ?? "dist/data";
const r = await checkWithFrictionless(dir);
for (const p of r.problems) console.error(`${dir}/${p}`);
const n = (x: number) => x.toLocaleString("en-US");
console.log(
  `frictionless (datapackage ${datapackage.version}, tableschema ${tableschema.version}): ${r.resources} resources, ${n(r.rows)} rows cast, ` +
    `${r.primaryKeys} primary keys unique, ${r.foreignKeys} foreign keys checked on ${n(r.foreignKeyValues)} values, ` +
    `${r.problems.length} problem(s)`,
);
process.exitCode = r.problems.length ? 1 : 0;

/**
 * npm run gate:reproducible — two builds of one commit give the same bytes. Run after `npm run build`: builds the
 * data and the site a second time into a temp folder and compares data/build and dist/ with that second build,
 * file by file. Exit 1 naming the first differing files (and the first differing byte of each).
 *
 * What the second build changes, so that "identical" means something:
 * - other folders (a temp data/build and outDir): output may not depend on where it was built;
 * - an empty social-card cache (ATLAS_CARD_CACHE): the PNG cache is keyed by the card's SVG, so a second build
 *   sharing it would copy the first build's PNGs and only prove the SVG stable; with its own cache it renders
 *   every card again and proves resvg's output stable too (in CI the first build also starts with no cache,
 *   because `npm ci` empties node_modules). No other cache carries output between builds: node_modules/.astro
 *   stays empty (no content collections), .astro/ holds only generated types, Vite's cache is the dev server's;
 * - a clock ten years ahead (shifted-clock.ts), another time zone (UTC+14, another calendar date than UTC for
 *   most of the day) and another locale (de-DE, other digit grouping): any date, "now" or locale-default number
 *   format that leaks into a page, a CSV, the zip or the search index shows up as a difference;
 * - a fresh process, so Math.random and hash-seed ordering differ.
 * What it cannot show: differences between machines, Node or dependency versions (package-lock.json and the
 * project's own Node pin those) or file systems.
 *
 * Never writes to data/build or dist; removes its temp folder unless KEEP_TEMP=1 (then it says where it is).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { printDifferences } from "./compare-dirs.ts";

const root = process.cwd();
for (const need of ["data/build/site.json", "dist/404.html"]) {
  if (!existsSync(join(root, need))) {
    console.error(`reproducible: ${need} is missing; run "npm run build" first`);
    process.exit(1);
  }
}
const tmp = mkdtempSync(join(tmpdir(), "atlas-rebuild-"));
const build = join(tmp, "build");
const dist = join(tmp, "dist");
const env = {
  ...process.env,
  ATLAS_BUILD_DIR: build,
  ATLAS_CARD_CACHE: join(tmp, "cards"),
  ASTRO_TELEMETRY_DISABLED: "1",
  TZ: "Pacific/Kiritimati",
  LC_ALL: "de_DE.UTF-8",
  LANG: "de_DE.UTF-8",
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${join(root, "scripts/gates/shifted-clock.ts")}`.trim(),
};
const node = (script: string, args: string[]) => execFileSync(process.execPath, [join(root, script), ...args], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });

let ok = false;
const started = performance.now();
try {
  node("scripts/build-data.ts", ["--out", build]);
  node("node_modules/astro/bin/astro.mjs", ["build", "--outDir", dist]);
  node("node_modules/pagefind/lib/runner/bin.cjs", ["--site", dist]);
  node("scripts/sort-search-entry.ts", [dist]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const data = printDifferences("data/build", build);
  const site = printDifferences("dist", dist);
  ok = data.diffs.length === 0 && site.diffs.length === 0;
  console.log(
    `reproducible: a second build (${seconds} s; other folders, empty card cache, clock +10 years, TZ=Pacific/Kiritimati, LC_ALL=de_DE) against the first: data/build ${data.files} files, ${data.diffs.length} differ; dist ${site.files} files, ${site.diffs.length} differ`,
  );
} finally {
  if (process.env.KEEP_TEMP === "1") console.log(`reproducible: second build kept in ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
process.exitCode = ok ? 0 : 1;

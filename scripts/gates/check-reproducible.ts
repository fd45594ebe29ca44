/**
 * npm run gate:reproducible — two builds of one commit give the same bytes. Run after `npm run build`: runs
 * `npm run build` a second time in a copy of the project in a temp folder (project-copy.ts: the same script with
 * all its steps, so a build step added later is covered too) and compares data/build and dist/ with the copy's,
 * file by file. Exit 1 naming the first differing files (and the first differing byte of each).
 *
 * What the second build changes, so that "identical" means something:
 * - another folder: output may not depend on where the project was checked out;
 * - empty PNG caches (ATLAS_CARD_CACHE for social cards, ATLAS_PNG_CACHE for chart PNGs, ATLAS_FONT_CACHE for the
 *   subset fonts they are drawn with): each cache is keyed by
 *   the image's SVG, so a second build sharing them would copy the first build's PNGs and only prove the SVG
 *   stable; with its own caches it renders every image again and proves resvg's output stable too (in CI the first build also starts with no cache,
 *   because `npm ci` empties node_modules). No other cache carries output between builds: node_modules/.astro
 *   stays empty (no content collections; each Astro shard has its own folder there), .astro/ holds only generated
 *   types, Vite's cache is the dev server's;
 * - three Astro shards, a split of the pages that no build on a 2-core machine makes by default
 *   (scripts/build-site.ts, src/publish/build-shard.ts: one plain Astro build when the PNG caches are empty, as in
 *   CI's first build; one shard per core otherwise): a page that came out differently depending on which pages were
 *   rendered in the same process would differ here;
 * - a clock ten years ahead (shifted-clock.ts), another time zone (UTC+14, another calendar date than UTC for
 *   most of the day) and another locale (de-DE, other digit grouping): any date, "now" or locale-default number
 *   format that leaks into a page, a CSV, the zip or the search index shows up as a difference;
 * - a fresh process, so Math.random and hash-seed ordering differ.
 * What it cannot show: differences between machines, Node or dependency versions (package-lock.json and the
 * project's own Node pin those) or file systems.
 *
 * Never writes to data/build or dist; removes its temp folder unless KEEP_TEMP=1 (then it says where it is).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { printDifferences } from "./compare-dirs.ts";
import { copyProject, npmBuild } from "./project-copy.ts";
import { emptyImageCaches } from "../../src/publish/image-caches.ts";

const root = process.cwd();
for (const need of ["data/build/site.json", "dist/404.html"]) {
  if (!existsSync(join(root, need))) {
    console.error(`reproducible: ${need} is missing; run "npm run build" first`);
    process.exit(1);
  }
}
const tmp = mkdtempSync(join(tmpdir(), "atlas-rebuild-"));
const copy = join(tmp, "project");
const env = {
  ...process.env,
  ...emptyImageCaches(tmp),
  TZ: "Pacific/Kiritimati",
  LC_ALL: "de_DE.UTF-8",
  LANG: "de_DE.UTF-8",
  ATLAS_ASTRO_SHARDS: "3",
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${join(root, "scripts/gates/shifted-clock.ts")}`.trim(),
};

let ok: boolean;
const started = performance.now();
try {
  npmBuild(copyProject(root, copy), env);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const data = printDifferences("data/build", join(copy, "data/build"));
  const site = printDifferences("dist", join(copy, "dist"));
  ok = data.diffs.length === 0 && site.diffs.length === 0;
  console.log(
    `reproducible: a second npm run build (${seconds} s; another folder, three Astro shards, empty PNG caches, clock +10 years, TZ=Pacific/Kiritimati, LC_ALL=de_DE) against the first: data/build ${data.files} files, ${data.diffs.length} differ; dist ${site.files} files, ${site.diffs.length} differ`,
  );
} finally {
  if (process.env.KEEP_TEMP === "1") console.log(`reproducible: second build kept in ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
process.exitCode = ok ? 0 : 1;

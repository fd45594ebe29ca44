/**
 * Pinned embeds: copies the chart embed pages of this build (dist/embed/, dist/en/embed/) to
 * dist/v/<release>/embed/ and dist/v/<release>/en/embed/, so the "pinned" snippets (src/components/ChartShare.astro)
 * resolve. A pinned page must look the same for as long as a report links to it, so the stylesheets it uses are
 * copied into dist/v/<release>/_astro/ and its links rewritten to those copies: a later build's hashed assets
 * (and its deletion of this build's) cannot touch it. The host keeps every earlier dist/v/<release>/ folder when it
 * publishes a new release (README, "Deploying"); this script only ever writes the current release's folder.
 *
 * Runs after Astro, beside Pagefind (scripts/build.ts). The copies are written into a staging folder beside dist/
 * and moved into dist/v/ in one rename at the end, so nothing walking dist/ meanwhile reads a half-written page (the
 * search indexer does not read dist/v/ at all: embed pages carry no data-pagefind-body), and a failed run leaves no
 * half-pinned release. Deterministic: files in sorted order, the same bytes on every run; the release
 * folder is rebuilt from scratch each time.
 *
 * node scripts/pin-embeds.ts [dist=dist]
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { assertReleaseVersion } from "../src/publish/chart-files.ts";
import { BUILD_DIR } from "../src/views/site-data.ts";
import { BASE_PATH } from "../src/core/site-location.ts";

const dist = process.argv[2] ?? "dist";
const base = BASE_PATH.replace(/\/?$/, "/");
const version = assertReleaseVersion(
  (JSON.parse(readFileSync(join(BUILD_DIR, "site.json"), "utf8")) as { version: string }).version,
);
const pinned = join(dist, "v", version);
const staging = `${dist}.pinned-partial`;
const staged = join(staging, version);
const ASSET = new RegExp(`(href|src)="${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}_astro/([^"/]+)"`, "g");

const walk = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

const sources = ["embed", "en/embed"].map((d) => join(dist, d));
for (const dir of sources)
  if (!existsSync(dir)) throw new Error(`pin-embeds: ${dir} does not exist; run astro build first`);

rmSync(staging, { recursive: true, force: true });
const assets = new Set<string>();
let pages = 0;
for (const dir of sources) {
  for (const file of walk(dir)) {
    const target = join(staged, relative(dist, file));
    mkdirSync(dirname(target), { recursive: true });
    if (!file.endsWith(".html")) {
      copyFileSync(file, target);
      continue;
    }
    const html = readFileSync(file, "utf8").replace(ASSET, (_m, attr: string, name: string) => {
      assets.add(name);
      return `${attr}="${base}v/${version}/_astro/${name}"`;
    });
    // Anything else from /_astro/ (an inline url(), a srcset) would still point at the live build's files.
    if (html.replace(new RegExp(`${base}v/${version}/_astro/`, "g"), "").includes(`${base}_astro/`)) {
      throw new Error(`pin-embeds: ${file} refers to ${base}_astro/ in a way this script does not rewrite`);
    }
    writeFileSync(target, html);
    pages++;
  }
}
mkdirSync(join(staged, "_astro"), { recursive: true });
for (const name of [...assets].sort()) {
  const from = join(dist, "_astro", name);
  // A stylesheet that loads fonts or images would need those copied too; none does today, so refuse rather than pin half a page.
  if (name.endsWith(".css") && /url\(/.test(readFileSync(from, "utf8")))
    throw new Error(`pin-embeds: ${from} loads url(…) assets; copy them too`);
  copyFileSync(from, join(staged, "_astro", name));
}
rmSync(pinned, { recursive: true, force: true });
mkdirSync(dirname(pinned), { recursive: true });
renameSync(staged, pinned);
rmSync(staging, { recursive: true, force: true });
console.log(`pin-embeds: ${pages} embed pages and ${assets.size} assets pinned under ${pinned}/`);

/**
 * node scripts/write-sitemap.ts [dist=dist] — writes dist/sitemap.xml (an index), dist/sitemap-id.xml,
 * dist/sitemap-en.xml and dist/robots.txt from the pages of the finished build (src/publish/sitemap.ts: what is
 * listed and why). Runs as the last step of `npm run build`, after the Astro shards are merged and the pinned
 * copies made, so it sees every page that exists and nothing else. `lastmod` is data/release.json's date, checked
 * against the artefact's release so a stale data/build cannot date the sitemap. Stops the build (exit 1) on a page
 * whose <head> says neither canonical nor noindex, or whose canonical is not the URL Base.astro's rule gives.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { SITE_URL } from "../src/core/site-location.ts";
import { withBase } from "../src/i18n/index.ts";
import { canonicalPage, pageIndexing, sitemapFiles, type SitemapPage } from "../src/publish/sitemap.ts";
import { BUILD_DIR } from "../src/views/site-data.ts";

const dist = process.argv[2] ?? "dist";
const release = JSON.parse(readFileSync("data/release.json", "utf8")) as { version: string; date: string };
const built = (JSON.parse(readFileSync(join(BUILD_DIR, "site.json"), "utf8")) as { version: string }).version;
if (built !== release.version)
  throw new Error(`write-sitemap: data/release.json is ${release.version} but ${BUILD_DIR} holds ${built}`);

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));

/**
 * The start of a page, up to and including its </head>: all pageIndexing() reads. The profiles are ~100 KB each
 * and the site ~150 MB of HTML, so reading whole files cost this step seconds of the build budget.
 */
const HEAD_CHUNK = 16 * 1024;
function readHead(file: string): string {
  const fd = openSync(file, "r");
  try {
    let head = Buffer.alloc(0);
    const chunk = Buffer.alloc(HEAD_CHUNK);
    let read: number;
    // Searched in bytes, decoded once: a chunk may end inside a multi-byte character (or inside "</head>").
    while (!head.includes("</head>") && (read = readSync(fd, chunk, 0, HEAD_CHUNK, head.length)) > 0)
      head = Buffer.concat([head, chunk.subarray(0, read)]);
    return head.toString("utf8");
  } finally {
    closeSync(fd);
  }
}

const pages: SitemapPage[] = [];
const problems: string[] = [];
let left = 0;
for (const file of walk(dist).filter((f) => f.endsWith(".html"))) {
  const rel = relative(dist, file).split("\\").join("/");
  const indexing = pageIndexing(readHead(file));
  if (indexing.kind === "noindex") {
    left++;
    continue;
  }
  if (indexing.kind !== "canonical") {
    problems.push(
      `${file}: ${indexing.kind === "both" ? "both a canonical link and noindex" : "neither a canonical link nor noindex"}`,
    );
    continue;
  }
  const page = canonicalPage(withBase(`/${rel.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "/")}`), SITE_URL);
  if (indexing.canonical !== page.loc) problems.push(`${file}: canonical ${indexing.canonical}, expected ${page.loc}`);
  else if (JSON.stringify(indexing.alternates) !== JSON.stringify(page.alternates))
    problems.push(
      `${file}: hreflang alternates ${JSON.stringify(indexing.alternates)}, expected ${JSON.stringify(page.alternates)}`,
    );
  else pages.push(page);
}
if (problems.length) {
  for (const p of problems) console.error(`write-sitemap: ${p}`);
  process.exit(1);
}
const files = sitemapFiles({ pages, lastmod: release.date, site: SITE_URL });
for (const [name, text] of files) writeFileSync(join(dist, name), text);
console.log(
  `write-sitemap: ${pages.length} canonical pages in ${[...files.keys()].join(", ")} (lastmod ${release.date}); ${left} noindex pages left out`,
);

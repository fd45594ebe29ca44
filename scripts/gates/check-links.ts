/**
 * npm run gate:links [-- dist] — every internal link in every built page and stylesheet, and every URL of the
 * sitemaps and robots.txt, resolves to a built file
 * (and every #fragment to an id on its page); see scripts/gates/links.ts for what counts as a link. Absolute URLs on the
 * site's own origin (canonical, hreflang, og:image) are internal: the origin is read from astro.config.mjs, so
 * it is the one the build used (SITE_URL). Exit 1 listing each broken link as `dist/PAGE: <tag> attribute "target" → reason`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { findBrokenLinks } from "./links.ts";

const dist = process.argv[2] ?? "dist";
const config = (await import("../../astro.config.mjs")).default as { site?: string; base?: string };
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const files = new Set(walk(dist).map((f) => relative(dist, f).split("\\").join("/")));
// Pagefind's own UI files are its business; the site's pages and stylesheets are ours.
const documents = new Map(
  [...files]
    .filter(
      (f) =>
        (/\.(html|css)$/.test(f) && !f.startsWith("pagefind/")) || /^sitemap[\w-]*\.xml$/.test(f) || f === "robots.txt",
    )
    .sort()
    .map((f) => [f, readFileSync(join(dist, f), "utf8")]),
);
const base = (config.base ?? "/").replace(/\/?$/, "/");
const { broken, checked } = findBrokenLinks(files, documents, { base, origin: config.site });
for (const b of broken) console.error(`${dist}/${b.page}: ${b.attribute} "${b.target}" → ${b.reason}`);
const count = (re: RegExp) => [...documents.keys()].filter((f) => re.test(f)).length;
console.log(
  `links: ${checked} internal links in ${count(/\.html$/)} pages, ${count(/\.css$/)} stylesheets, ${count(/\.xml$/)} sitemaps and ${count(/\.txt$/)} robots.txt checked (origin ${config.site}), ${broken.length} broken`,
);
process.exitCode = broken.length > 0 ? 1 : 0;

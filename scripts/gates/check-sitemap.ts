/**
 * npm run gate:sitemap [-- dist] — the sitemap lists exactly the built canonical pages, each at its canonical URL in
 * its language's file, no noindex page (embeds, pinned /v/ copies, 404), and robots.txt names it and hides nothing
 * (scripts/gates/sitemap-check.ts). That every URL in it leads to a built file is also the links gate's business.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { checkSitemap } from "./sitemap-check.ts";

const dist = process.argv[2] ?? "dist";
const config = (await import("../../astro.config.mjs")).default as { site?: string; base?: string };
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const documents = new Map(
  walk(dist)
    .map((f) => relative(dist, f).split("\\").join("/"))
    .filter((f) => f.endsWith(".html") || /^sitemap[\w-]*\.xml$/.test(f) || f === "robots.txt")
    .sort()
    .map((f) => [f, readFileSync(join(dist, f), "utf8")]),
);
const base = (config.base ?? "/").replace(/\/?$/, "/");
const r = checkSitemap(documents, { origin: config.site ?? "", base });
for (const p of r.problems) console.error(`${dist}/${p}`);
const langs = Object.entries(r.listed).map(([lang, n]) => `${n} ${lang}`);
console.log(
  `sitemap: ${Object.values(r.listed).reduce((a, b) => a + b, 0)} canonical pages listed (${langs.join(", ")}), ` +
    `${r.noindex} noindex pages left out (embeds, pinned /v/ copies, 404), robots.txt checked, ${r.problems.length} problem(s)`,
);
process.exitCode = r.problems.length ? 1 : 0;

/**
 * npm run check:links — every internal href/src in every built page resolves to a built file (and every #fragment
 * to an id on its page). Exit 1 listing each broken link as `dist/PAGE: attribute="target" → reason`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { findBrokenLinks } from "../../src/lib/links.ts";

const dist = process.argv[2] ?? "dist";
const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const files = new Set(walk(dist).map((f) => relative(dist, f).split("\\").join("/")));
const pages = new Map([...files].filter((f) => f.endsWith(".html")).sort().map((f) => [f, readFileSync(join(dist, f), "utf8")]));
const base = (process.env.BASE_PATH ?? "/").replace(/\/?$/, "/");
const broken = findBrokenLinks(files, pages, base);
for (const b of broken) console.error(`${dist}/${b.page}: ${b.attribute}="${b.target}" → ${b.reason}`);
console.log(`links: ${pages.size} pages checked, ${broken.length} broken`);
process.exitCode = broken.length > 0 ? 1 : 0;

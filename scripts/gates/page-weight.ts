/**
 * npm run gate:weight [-- dist] — the page-weight budget of the site issue: a profile page, with its CSS (and any
 * script it loads), is at most 30 KB gzip. Counted as a first visit: the page's HTML plus every same-site
 * stylesheet and script it references, each gzipped on its own at level 9 (what a static host sends). Every place
 * and province profile in both languages is measured; the budget applies to the heaviest. Cheap and
 * deterministic (the bytes of a build), so it is a CI gate; `npm run bench:site` prints the same figures.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { greatest, median } from "d3-array";
import { attributeOf, scanMarkup } from "./markup-scan.ts";

export const PROFILE_BUDGET_BYTES = 30_000;
/** Profile pages by kind: directories whose every child is one profile. */
export const PROFILE_DIRS = { place: ["daerah", "en/places"], province: ["provinsi", "en/provinces"] } as const;

export interface PageWeight {
  page: string;
  htmlGzip: number;
  assetsGzip: number;
  total: number;
}

const gz = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

/** Same-site stylesheets and scripts a page loads, as paths inside dist. */
export function assetsOf(html: string): string[] {
  const out: string[] = [];
  for (const tag of scanMarkup(html).tags) {
    const attr = (n: string) => attributeOf(tag, n);
    const url =
      tag.name === "link" && attr("rel")?.split(/\s+/).includes("stylesheet")
        ? attr("href")
        : tag.name === "script"
          ? attr("src")
          : null;
    if (url && url.startsWith("/") && !url.startsWith("//")) out.push(url.slice(1).split(/[?#]/)[0]!);
  }
  return out;
}

export function pageWeight(dist: string, page: string, cache = new Map<string, number>()): PageWeight {
  const html = readFileSync(join(dist, page));
  let assetsGzip = 0;
  for (const asset of assetsOf(html.toString("utf8"))) {
    if (!cache.has(asset)) cache.set(asset, gz(readFileSync(join(dist, asset))));
    assetsGzip += cache.get(asset)!;
  }
  const htmlGzip = gz(html);
  return { page, htmlGzip, assetsGzip, total: htmlGzip + assetsGzip };
}

export function profileWeights(dist: string): Record<keyof typeof PROFILE_DIRS, PageWeight[]> {
  const cache = new Map<string, number>();
  const measure = (dirs: readonly string[]) =>
    dirs
      .flatMap((d) =>
        existsSync(join(dist, d))
          ? readdirSync(join(dist, d))
              .sort()
              .map((slug) => `${d}/${slug}/index.html`)
          : [],
      )
      .filter((p) => existsSync(join(dist, p)))
      .map((p) => pageWeight(dist, p, cache));
  return { place: measure(PROFILE_DIRS.place), province: measure(PROFILE_DIRS.province) };
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

/** "514 … median 9.8 KB, max 11.2 KB (daerah/…)" for one kind of profile. */
export function describeWeights(weights: PageWeight[]): string {
  const heaviest = greatest(weights, (w) => w.total)!;
  return `${weights.length} pages, median ${kb(median(weights, (w) => w.total)!)}, max ${kb(heaviest.total)} (${heaviest.page}: HTML ${kb(heaviest.htmlGzip)} + CSS/JS ${kb(heaviest.assetsGzip)})`;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? "dist";
  const weights = profileWeights(dist);
  const all = [...weights.place, ...weights.province];
  const over = all.filter((w) => w.total > PROFILE_BUDGET_BYTES);
  for (const w of over)
    console.error(
      `${dist}/${w.page}: ${kb(w.total)} gzip with its CSS/JS, over the ${kb(PROFILE_BUDGET_BYTES)} budget`,
    );
  if (weights.place.length === 0 || weights.province.length === 0)
    console.error(`${dist}: no place or no province profiles found to weigh`);
  console.log(
    `page weight (gzip, with CSS/JS): places ${weights.place.length ? describeWeights(weights.place) : "none"}; provinces ${weights.province.length ? describeWeights(weights.province) : "none"}; budget ${kb(PROFILE_BUDGET_BYTES)}, ${over.length} over`,
  );
  process.exitCode = over.length > 0 || weights.place.length === 0 || weights.province.length === 0 ? 1 : 0;
}

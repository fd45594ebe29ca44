/**
 * Where the drawn PNGs are cached between builds (png.ts renderPngCached), apart from the drawing itself so that
 * scripts/build-site.ts can look at them without loading resvg. ATLAS_PNG_CACHE and ATLAS_CARD_CACHE move them,
 * e.g. to empty folders for a build that must draw every image itself (the reproducibility gate, bench:site's cold
 * run).
 */
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

export const CHART_PNG_CACHE = process.env.ATLAS_PNG_CACHE
  ? resolve(process.env.ATLAS_PNG_CACHE)
  : join(process.cwd(), "node_modules/.cache/atlas-kla-charts");
export const CARD_PNG_CACHE = process.env.ATLAS_CARD_CACHE
  ? resolve(process.env.ATLAS_CARD_CACHE)
  : join(process.cwd(), "node_modules/.cache/atlas-kla-cards");

/** Whether no cache holds an image yet: a build then draws every PNG (CI after `npm ci`, a fresh clone). */
export function imageCachesEmpty(caches: readonly string[] = [CHART_PNG_CACHE, CARD_PNG_CACHE]): boolean {
  return caches.every((cache) => !existsSync(cache) || !readdirSync(cache).some((file) => file.endsWith(".png")));
}

/**
 * Where the build keeps what it draws between builds, apart from the drawing itself so that scripts/build-site.ts
 * can look at them without loading resvg: chart PNGs and social cards (png.ts renderPngCached) and the subset fonts
 * they are drawn with (image-fonts.ts). ATLAS_PNG_CACHE, ATLAS_CARD_CACHE and ATLAS_FONT_CACHE move them, e.g. to
 * empty folders for a build that must draw every image itself (emptyImageCaches).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const cacheFolder = (variable: string, name: string): string => {
  const moved = process.env[variable];
  return moved ? resolve(moved) : join(process.cwd(), "node_modules/.cache", name);
};
export const CHART_PNG_CACHE = cacheFolder("ATLAS_PNG_CACHE", "atlas-kla-charts");
export const CARD_PNG_CACHE = cacheFolder("ATLAS_CARD_CACHE", "atlas-kla-cards");
export const FONT_SUBSET_CACHE = cacheFolder("ATLAS_FONT_CACHE", "atlas-kla-fonts");

/** The environment of a build that finds every cache empty (folders under `root`): the reproducibility gate's
 * second build, bench:site's cold one. */
export function emptyImageCaches(root: string): Record<string, string> {
  return {
    ATLAS_CARD_CACHE: join(root, "cards"),
    ATLAS_PNG_CACHE: join(root, "charts"),
    ATLAS_FONT_CACHE: join(root, "fonts"),
  };
}

/** Whether no image cache holds a PNG yet: a build then draws every PNG (CI after `npm ci`, a fresh clone). */
export function imageCachesEmpty(caches: readonly string[] = [CHART_PNG_CACHE, CARD_PNG_CACHE]): boolean {
  return caches.every((cache) => !existsSync(cache) || !readdirSync(cache).some((file) => file.endsWith(".png")));
}

let written = 0;
/**
 * Writes a cache file under a name of its own, then renames it into place: a build killed halfway never leaves a
 * truncated file, and two builds sharing a cache never write into the same file.
 */
export function writeCacheFile(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}-${written++}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}

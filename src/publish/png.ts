/** SVG → PNG at build time (resvg), with the Inter font from npm rather than whatever the machine has installed. */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { Resvg, renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import { encodeOpaquePng, encodeOpaquePngSync } from "./png-encode.ts";

const require = createRequire(import.meta.url);
const FONT_FILES = [
  require.resolve("@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf"),
  require.resolve("@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf"),
];
/** Part of every cache key (chart PNGs and social cards): the bytes depend only on the SVG, the width, the fonts,
 * resvg and our encoder (png-encode.ts: bump its number when its output changes). */
export const PNG_RENDERER = "resvg-2.6.2+inter-0.4.2+png-encode-1";
/**
 * The disk caches of chart PNGs and social cards. ATLAS_PNG_CACHE and ATLAS_CARD_CACHE move them, e.g. to empty
 * folders for a build that must draw every image itself (the reproducibility gate).
 */
export const CHART_PNG_CACHE = process.env.ATLAS_PNG_CACHE
  ? resolve(process.env.ATLAS_PNG_CACHE)
  : join(process.cwd(), "node_modules/.cache/atlas-kla-charts");
export const CARD_PNG_CACHE = process.env.ATLAS_CARD_CACHE
  ? resolve(process.env.ATLAS_CARD_CACHE)
  : join(process.cwd(), "node_modules/.cache/atlas-kla-cards");
let written = 0;

function options(width?: number): ResvgRenderOptions {
  return {
    // Charts name system fonts first and fall back to the generic family: make that Inter too.
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: "Inter", sansSerifFamily: "Inter" },
    fitTo: width ? { mode: "width", value: width } : { mode: "original" },
    background: "#ffffff",
  };
}

export function renderPng(svg: string, width?: number): Uint8Array {
  const image = new Resvg(svg, options(width)).render();
  return encodeOpaquePngSync(image.width, image.height, image.pixels);
}

/**
 * The same bytes, drawn and compressed off the main thread: resvg parses and draws in libuv's thread pool, and
 * png-encode.ts deflates there too (resvg's own encoder would run on the main thread), so on a 2-core machine the
 * images overlap with the build's other work. A build renders hundreds: 552 social cards at ~20 ms of CPU each,
 * chart PNGs at 2× at 40–100 ms.
 */
export async function renderPngAsync(svg: string, width?: number): Promise<Uint8Array> {
  const image = await renderAsync(svg, options(width));
  return encodeOpaquePng(image.width, image.height, image.pixels);
}

/**
 * renderPngAsync, cached on disk in `cache` by a hash of its inputs. `drawn` says whether it was drawn now (false:
 * read from the cache), for the build's accounting.
 */
export async function renderPngCached(
  svg: string,
  width: number | undefined,
  cache: string,
): Promise<{ png: Uint8Array<ArrayBuffer>; drawn: boolean }> {
  const key = createHash("sha256")
    .update(PNG_RENDERER)
    .update(String(width ?? "original"))
    .update(svg)
    .digest("hex");
  const cached = join(cache, `${key}.png`);
  if (existsSync(cached)) return { png: Uint8Array.from(readFileSync(cached)), drawn: false };
  const png = Uint8Array.from(await renderPngAsync(svg, width));
  mkdirSync(cache, { recursive: true });
  // Write then rename, so a build killed halfway never leaves a truncated PNG in the cache. (A name of its own per
  // write: two builds may share a cache folder.)
  const tmp = `${cached}.${process.pid}-${written++}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, cached);
  return { png, drawn: true };
}

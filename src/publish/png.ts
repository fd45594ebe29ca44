/** SVG → PNG at build time (resvg), with the Inter font from npm rather than whatever the machine has installed. */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Resvg, renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import { FONT_FILES } from "./image-fonts.ts";
import { encodeOpaquePng, encodeOpaquePngSync } from "./png-encode.ts";

/** Part of every cache key (chart PNGs and social cards): the bytes depend only on the SVG, the width, the fonts,
 * resvg and our encoder (png-encode.ts: bump its number when its output changes). Not on whether the fonts were
 * subset (image-fonts.ts): a subset that covers the SVG's characters draws the same pixels. */
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

function options(width: number | undefined, fonts: readonly string[]): ResvgRenderOptions {
  return {
    // Charts name system fonts first and fall back to the generic family: make that Inter too.
    font: { loadSystemFonts: false, fontFiles: [...fonts], defaultFontFamily: "Inter", sansSerifFamily: "Inter" },
    fitTo: width ? { mode: "width", value: width } : { mode: "original" },
    background: "#ffffff",
  };
}

/** `fonts`: FONT_FILES, or subset copies of them that cover the SVG's characters (image-fonts.ts). */
export function renderPng(svg: string, width?: number, fonts: readonly string[] = FONT_FILES): Uint8Array {
  const image = new Resvg(svg, options(width, fonts)).render();
  return encodeOpaquePngSync(image.width, image.height, image.pixels);
}

/**
 * The same bytes, drawn and compressed off the main thread: resvg parses and draws in libuv's thread pool, and
 * png-encode.ts deflates there too (resvg's own encoder would run on the main thread), so on a 2-core machine the
 * images overlap with the build's other work. A build renders hundreds: 553 social cards at ~20 ms of CPU each,
 * chart PNGs at 2× at ~50 ms (with subset fonts and the allocator settings scripts/build-site.ts gives the renderer;
 * docs/TOOLCHAIN.md §6).
 */
export async function renderPngAsync(
  svg: string,
  width?: number,
  fonts: readonly string[] = FONT_FILES,
): Promise<Uint8Array> {
  const image = await renderAsync(svg, options(width, fonts));
  return encodeOpaquePng(image.width, image.height, image.pixels);
}

/**
 * renderPngAsync, cached on disk in `cache` by a hash of its inputs. `drawn` says whether it was drawn now (false:
 * read from the cache), for the build's accounting. `fonts` is asked for only when the image must be drawn (a
 * rebuild that finds every image in the cache never subsets a font).
 */
export async function renderPngCached(
  svg: string,
  width: number | undefined,
  cache: string,
  fonts: () => Promise<readonly string[]> = async () => FONT_FILES,
): Promise<{ png: Uint8Array<ArrayBuffer>; drawn: boolean }> {
  const key = createHash("sha256")
    .update(PNG_RENDERER)
    .update(String(width ?? "original"))
    .update(svg)
    .digest("hex");
  const cached = join(cache, `${key}.png`);
  if (existsSync(cached)) return { png: Uint8Array.from(readFileSync(cached)), drawn: false };
  const png = Uint8Array.from(await renderPngAsync(svg, width, await fonts()));
  mkdirSync(cache, { recursive: true });
  // Write then rename, so a build killed halfway never leaves a truncated PNG in the cache. (A name of its own per
  // write: two builds may share a cache folder.)
  const tmp = `${cached}.${process.pid}-${written++}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, cached);
  return { png, drawn: true };
}

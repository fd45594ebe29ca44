/** SVG → PNG at build time (resvg), with the Inter font from npm rather than whatever the machine has installed. */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg, renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import { FONT_FILES } from "./image-fonts.ts";
import { writeCacheFile } from "./image-caches.ts";
import { encodePng } from "./png-encode.ts";

/** Part of every cache key (chart PNGs and social cards): the bytes depend only on the SVG, the width, the fonts,
 * resvg (which draws) and zlib (which compresses, png-encode.ts). Not on whether the fonts were subset
 * (image-fonts.ts): a subset that covers the SVG's characters draws the same pixels. */
export const PNG_RENDERER = `resvg-2.6.2+inter-0.4.2+png-encode-1+zlib-${process.versions.zlib}`;

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
  return encodePng(new Resvg(svg, options(width, fonts)).render());
}

/**
 * The same bytes, drawn off the main thread (resvg parses and draws in libuv's thread pool), so on a 2-core machine
 * the images overlap with the build's other work; the PNG is encoded on this thread (png-encode.ts). A build
 * renders hundreds: 553 social cards at ~11 ms of CPU each, chart PNGs at 2× at ~42 ms (with subset fonts and the
 * memory settings scripts/build-site.ts gives the renderer; docs/TOOLCHAIN.md §6).
 *
 * resvg keeps an image's memory (3 MB for a card) until V8 collects the JavaScript object that holds it, and V8
 * does not know that size: a caller drawing hundreds should let garbage be collected now and then
 * (scripts/render-files.ts).
 */
export async function renderPngAsync(
  svg: string,
  width?: number,
  fonts: readonly string[] = FONT_FILES,
): Promise<Uint8Array> {
  return encodePng(await renderAsync(svg, options(width, fonts)));
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
  writeCacheFile(cached, png);
  return { png, drawn: true };
}

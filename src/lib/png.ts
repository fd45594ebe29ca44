/** SVG → PNG at build time (resvg), with the Inter font from npm rather than whatever the machine has installed. */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { Resvg, renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
const FONT_FILES = [
  require.resolve("@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf"),
  require.resolve("@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf"),
];
/** Part of every cache key: the bytes depend only on the SVG, the width, the fonts and resvg. */
const RENDERER = "resvg-2.6.2+inter-0.4.2";
/** ATLAS_PNG_CACHE moves the chart PNG cache, e.g. to an empty folder for a build that must render every image itself. */
const CACHE = process.env.ATLAS_PNG_CACHE ? resolve(process.env.ATLAS_PNG_CACHE) : join(process.cwd(), "node_modules/.cache/atlas-kla-charts");
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
  return new Resvg(svg, options(width)).render().asPng();
}

/**
 * The same bytes, drawn off the main thread: parsing and drawing run in libuv's thread pool, so on a 2-core machine
 * they overlap with the build's other work (only the PNG encoding stays on the main thread). A build renders
 * hundreds of images: 552 social cards at ~30 ms, chart PNGs at 2× at 40–100 ms.
 */
export async function renderPngAsync(svg: string, width?: number): Promise<Uint8Array> {
  return (await renderAsync(svg, options(width))).asPng();
}

/** renderPngAsync, cached on disk by a hash of its inputs (chart PNGs; the social cards keep their own cache). */
export async function renderPngCached(svg: string, width?: number): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash("sha256").update(RENDERER).update(String(width ?? "original")).update(svg).digest("hex");
  const cached = join(CACHE, `${key}.png`);
  if (existsSync(cached)) return Uint8Array.from(readFileSync(cached));
  const png = Uint8Array.from(await renderPngAsync(svg, width));
  mkdirSync(CACHE, { recursive: true });
  // Write then rename, so a build killed halfway never leaves a truncated PNG in the cache.
  // (A name of its own per write: two pages of the build may render the same image at once.)
  const tmp = `${cached}.${process.pid}-${written++}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, cached);
  return png;
}

/**
 * The fonts every PNG is drawn with: Inter from npm (not whatever the machine has installed), and, for a build that
 * draws hundreds of images, subset copies of it holding only the characters those images use.
 *
 * Why subset: resvg-js 2.6.2 keeps a path to each font, not its bytes, and reads the whole file again for every glyph
 * it lays out (thx/resvg-js#367). Inter's regular weight is 342 KB and a social card has ~250 glyphs, so drawing the
 * ~700 images of a build read tens of GB from the page cache, ~10 s of CPU. HarfBuzz's subsetter (subset-font) keeps
 * each glyph of the given characters with everything the shaper can reach from it (kerning, contextual alternates),
 * so the images come out the same bytes as with the full font; tests/unit/image-fonts.test.ts checks it.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import subsetFont from "subset-font";
import { FONT_SUBSET_CACHE, writeCacheFile } from "./image-caches.ts";

const require = createRequire(import.meta.url);
/** Regular and bold, by file name (a loose glob can pick an italic). */
export const FONT_FILES: readonly string[] = [
  require.resolve("@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf"),
  require.resolve("@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf"),
];
/** Part of the cache key: a new subsetter may write other bytes. */
const SUBSETTER = "subset-font-2.9.0";

/** XML's character references: numeric, and the five predefined entities (SVG has no others; XML is case-sensitive). */
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Every character the SVGs can draw, sorted: the characters of their source with XML's character references
 * decoded (`&#160;`, `&lt;`…). Markup characters come along too; they cost a few glyphs and miss nothing. (A style
 * that draws characters the source does not hold, such as text-transform or small-caps, would escape this; no image
 * uses one.)
 */
export function charactersOf(svgs: readonly string[]): string {
  const chars = new Set<string>();
  for (const svg of svgs) {
    const decoded = svg.replace(ENTITY, (_, hex?: string, dec?: string, name?: string) =>
      hex !== undefined
        ? String.fromCodePoint(parseInt(hex, 16))
        : dec !== undefined
          ? String.fromCodePoint(Number(dec))
          : NAMED[name!]!,
    );
    for (const c of decoded) chars.add(c);
  }
  return [...chars].sort().join("");
}

/**
 * Paths to copies of FONT_FILES holding only the glyphs `text` needs (in the same order), written once into `cache`
 * under a hash of the font, the characters and the subsetter.
 */
export async function subsetFontFiles(text: string, cache = FONT_SUBSET_CACHE): Promise<string[]> {
  return Promise.all(
    FONT_FILES.map(async (file) => {
      const font = readFileSync(file);
      const key = createHash("sha256").update(SUBSETTER).update(font).update(text).digest("hex");
      const path = join(cache, `${key}.ttf`);
      if (existsSync(path)) return path;
      writeCacheFile(path, await subsetFont(font, text, { targetFormat: "truetype" }));
      return path;
    }),
  );
}

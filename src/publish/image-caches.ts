/**
 * Where the drawn PNGs are cached between builds (png.ts renderPngCached), apart from the drawing itself (resvg).
 * ATLAS_PNG_CACHE and ATLAS_CARD_CACHE move them,
 * e.g. to empty folders for a build that must draw every image itself (the reproducibility gate, bench:site's cold
 * run).
 */
import { join, resolve } from "node:path";

export const CHART_PNG_CACHE = process.env.ATLAS_PNG_CACHE
  ? resolve(process.env.ATLAS_PNG_CACHE)
  : join(process.cwd(), "node_modules/.cache/atlas-kla-charts");
export const CARD_PNG_CACHE = process.env.ATLAS_CARD_CACHE
  ? resolve(process.env.ATLAS_CARD_CACHE)
  : join(process.cwd(), "node_modules/.cache/atlas-kla-cards");

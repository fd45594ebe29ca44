// @ts-check
/**
 * Static site, Indonesian at `/`, English at `/en/`. No integration needs the network at build time. Where it is
 * published (SITE_URL, BASE_PATH) comes from src/core/site-location.ts, shared with the build steps outside Astro.
 */
import { defineConfig } from "astro/config";
import { BASE_PATH, SITE_URL } from "./src/core/site-location.ts";

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  output: "static",
  // Astro 7's default, "jsx", drops whitespace at line breaks next to an element, as JSX does: "berasal dari\n<a>"
  // becomes "berasal dari<a>" and words run together in prose. `true` collapses whitespace the HTML way instead.
  compressHTML: true,
  build: {
    format: "directory",
    // Pages are independent; rendering 4 at a time hides file I/O (docs/TOOLCHAIN.md §4: ~17% faster builds).
    concurrency: 4,
    // One cached stylesheet for every page, never inlined: pages stay small and a later
    // Content-Security-Policy can forbid inline styles.
    inlineStylesheets: "never",
  },
  i18n: {
    defaultLocale: "id",
    locales: ["id", "en"],
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  // scripts/build-site.ts runs one Astro build per shard side by side (src/publish/build-shard.ts); each keeps its own
  // cache and output folder so the two never write the same files at once.
  ...(process.env.ATLAS_SHARD
    ? { cacheDir: `./node_modules/.astro/shard-${process.env.ATLAS_SHARD.replace("/", "-of-")}` }
    : {}),
  ...(process.env.ATLAS_OUT_DIR ? { outDir: process.env.ATLAS_OUT_DIR } : {}),
  vite: {
    // The modules under src/ import each other with explicit ".ts" extensions, because the same files also run
    // under plain Node 24 (type stripping requires them). Vite resolves those as written. Plot, d3 and linkedom
    // run only at build time (charts are inlined SVG), so they stay external Node dependencies of the SSR build
    // instead of being bundled; linkedom is never a client dependency, so the dev server must not pre-bundle it.
    ssr: { external: ["linkedom", "@observablehq/plot", "d3-array", "d3-scale", "d3-shape"] },
    // Never inline a script into the page: the Content-Security-Policy allows only scripts loaded from this site.
    build: { assetsInlineLimit: 0 },
    optimizeDeps: { exclude: ["linkedom"] },
  },
});

/**
 * node scripts/render-files.ts [out=data/build/files] — the files the site publishes beside its pages, from the
 * artefact in data/build, into `out`, for scripts/build-site.ts to link into dist/ once Astro has written it:
 * - every PNG (src/publish/image-jobs.ts: social cards and chart PNGs), drawn;
 * - every catalogue chart's SVG and CSV, both languages (src/publish/chart-file-jobs.ts), written after the PNGs, in
 *   the process that has already drawn the charts the PNGs show.
 * Runs beside `astro build`, not inside it: Astro renders pages on one core, and this fills the other.
 *
 * Each PNG is cached on disk by a hash of its SVG and renderer (src/publish/png.ts), so a rebuild only draws what
 * changed. ATLAS_CARD_CACHE and ATLAS_PNG_CACHE move the two caches (the reproducibility gate empties them, so its
 * second build draws every image itself). All or nothing: files are written to `out`.partial and renamed at the
 * end, so a failed run never leaves half a set behind.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { imageJobs, type ImageJob } from "../src/publish/image-jobs.ts";
import { chartFileJobs } from "../src/publish/chart-file-jobs.ts";
import { renderPngCached } from "../src/publish/png.ts";
import { CARD_PNG_CACHE, CHART_PNG_CACHE } from "../src/publish/image-caches.ts";
import { charactersOf, subsetFontFiles } from "../src/publish/image-fonts.ts";
import { siteData } from "../src/views/site-data.ts";
import { SITE_URL } from "../src/core/site-location.ts";

const out = resolve(process.argv[2] ?? "data/build/files");
const partial = `${out}.partial`;
const CACHES: Record<ImageJob["cache"], string> = { cards: CARD_PNG_CACHE, charts: CHART_PNG_CACHE };

const started = performance.now();
const d = siteData();
const site = new URL(SITE_URL);
const jobs = imageJobs(d, site);
rmSync(partial, { recursive: true, force: true });
// Inter cut down to the characters these images use, made the first time an image must be drawn (image-fonts.ts).
let subsetFonts: Promise<string[]> | undefined;
const fonts = () => (subsetFonts ??= subsetFontFiles(charactersOf(jobs.map((job) => job.svg))));

// resvg frees a drawn image's memory (3 MB for a card) only when V8 collects the object that held it, and V8 does
// not count that memory, so left alone a cold build piles up 2–3 GB of images, each one's memory faulted in fresh
// (costly on these VMs). A young-generation collection every few images, then a turn of the event loop (where the
// native finalisers run), keeps it to a few images' worth. `gc` needs node --expose-gc (scripts/build-site.ts
// passes it); without it, only memory grows.
const COLLECT_EVERY = 4;
async function collectDrawnImages(): Promise<void> {
  globalThis.gc?.({ type: "minor" });
  await new Promise((resolve) => setImmediate(resolve));
}

function write(path: string, bytes: string | Uint8Array): void {
  const file = join(partial, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
}

// A few images in flight at a time: resvg draws in libuv's thread pool, so this keeps both cores busy without
// holding hundreds of drawn images in memory at once.
let next = 0;
let drawn = 0;
async function worker(): Promise<void> {
  while (next < jobs.length) {
    const job = jobs[next++]!;
    const result = await renderPngCached(job.svg, job.width, CACHES[job.cache], fonts);
    if (result.drawn && ++drawn % COLLECT_EVERY === 0) await collectDrawnImages();
    write(job.path, result.png);
  }
}
await Promise.all(Array.from({ length: availableParallelism() + 1 }, worker));

const chartFiles = chartFileJobs(d, site);
for (const file of chartFiles) write(file.path, file.text);

rmSync(out, { recursive: true, force: true });
renameSync(partial, out);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `files: ${jobs.length} PNG (${drawn} drawn, ${jobs.length - drawn} from cache), ${chartFiles.length} chart files (SVG, CSV) in ${seconds} s → ${out}`,
);

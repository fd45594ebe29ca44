/**
 * node scripts/build-site.ts — the site from the artefact in data/build. Side by side:
 * - `astro build` once per shard (src/publish/build-shard.ts): Astro renders pages on one core, so when a core would
 *   otherwise idle, two builds of half the pages each finish before one build of all of them. Shard 0 writes dist/,
 *   the others dist.shard-<i>/ (beside dist/, not in data/build/: scripts/build.ts starts this while the data
 *   pipeline may still replace data/build/), merged into dist/ at the end;
 * - scripts/render-files.ts, every PNG and every chart's SVG and CSV into data/build/files/ (linked into dist/ at the
 *   end): drawing ~700 PNGs is CPU work of its own, mostly cached on a rebuild, and the 2,376 chart files would
 *   cost the Astro build, the longer job, as many routes.
 * They cannot share a folder while they run — Astro empties its output folder when it starts — hence the merge.
 * A file two shards both wrote (the shared assets: stylesheet, scripts, public/) must be byte-identical: anything
 * else means the output depends on which pages were rendered beside it, and the build stops. Every page is rendered
 * by one shard only (src/publish/build-shard.ts).
 *
 * ATLAS_ASTRO_SHARDS sets the number of shards (1 = a plain build). The output is the same bytes whatever the
 * number. By default: one per core, at most 4, when the images are cached (a rebuild: drawing them is quick, and a
 * core would idle); one when both PNG caches are empty (a cold build: CI after `npm ci`), because drawing every
 * image keeps a core busy for as long as Astro renders, and a third busy process on a 2-core machine costs more
 * than the second shard saves (measured 2026-12-07 on this VM, four cold builds each way: 62–73 s of CPU and
 * 35–41 s with one Astro build, 74–89 s and 39–47 s with two). For the same reason a cold build's image renderer
 * draws with one thread (see its step below).
 *
 * Exits non-zero, after stopping the others, as soon as one step fails; dist/ is then incomplete and holds no
 * PNGs or chart files (they are linked in only when every step succeeded). `npm run build` runs this beside the data
 * pipeline, and starts Pagefind as soon as this says the pages are complete (PAGES_READY).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, relative } from "node:path";
import { imageCachesEmpty } from "../src/publish/image-caches.ts";
import { PAGES_READY } from "./pages-ready.ts";

const FILES = "data/build/files";
const DIST = "dist";
const coldImages = imageCachesEmpty();
const shards = Number(process.env.ATLAS_ASTRO_SHARDS ?? (coldImages ? 1 : Math.min(4, availableParallelism())));
if (!Number.isInteger(shards) || shards < 1)
  throw new Error(`build-site: ATLAS_ASTRO_SHARDS=${process.env.ATLAS_ASTRO_SHARDS}: expected a whole number ≥ 1`);
const shardDir = (i: number) => (i === 0 ? DIST : `${DIST}.shard-${i}`);

interface Step {
  name: string;
  args: string[];
  env?: Record<string, string>;
}
const astroSteps: Step[] = Array.from({ length: shards }, (_, i): Step => ({
  name: shards === 1 ? "astro build" : `astro build ${i}/${shards}`,
  args: [join("node_modules", "astro", "bin", "astro.mjs"), "build"],
  env: shards === 1 ? {} : { ATLAS_SHARD: `${i}/${shards}`, ATLAS_OUT_DIR: shardDir(i) },
}));
const renderFiles: Step = {
  name: "render-files",
  // --expose-gc: render-files.ts has V8 collect drawn images every few, or their memory piles up (see there).
  // --initial-heap-size: each drawn image's pixels are a 3 MB Buffer that V8 counts against its heap limit, which
  // it sets from the live heap (~55 MB here: the artefact and the drawn charts). With a few images in flight that
  // limit is crossed every ~15 images and V8 marks the whole heap each time (~50 full collections in a cold build);
  // a limit set high from the start leaves 3. Measured 2026-12-07, cold render-files.ts, four paired runs: 2.5–3.7 s
  // less CPU each, ~110 MB more memory (~660 MB).
  args: ["--expose-gc", "--initial-heap-size=400", join("scripts", "render-files.ts"), FILES],
  // resvg's allocator (mimalloc, built into @resvg/resvg-js) hands each freed 3 MB pixel buffer back to the system
  // and faults the next one in page by page, which on a VM costs more CPU than drawing the image: with 2 MB pages
  // and freed memory kept for reuse, a cold build draws its ~700 PNGs with a fraction of the page faults. The
  // images are the same bytes either way.
  env: {
    MIMALLOC_LARGE_OS_PAGES: "1",
    MIMALLOC_PURGE_DELAY: "-1",
    // A cold build draws every image beside the one Astro build, the longer job, which decides when the build
    // ends. With libuv's default four threads the renderer draws up to three images at once while its main thread
    // encodes, so on two cores it takes most of the CPU and Astro waits; one drawing thread leaves Astro a core
    // (measured 2026-12-07, six cold builds each way: median 34.3 s against 37.3 s, and less wall time per second
    // of CPU in every run, 0.54–0.55 against 0.55–0.58; the VM's speed moved too much for the totals alone).
    ...(coldImages ? { UV_THREADPOOL_SIZE: "1" } : {}),
  },
};

const children: ChildProcess[] = [];
// scripts/build.ts stops this (SIGTERM) when a step beside it fails, e.g. Pagefind while the images are drawn: the
// builds this started must stop with it, not run on and write into data/build/ and dist/ after the build has failed.
process.on("SIGTERM", () => {
  for (const child of children) if (child.exitCode === null) child.kill();
  process.exit(1);
});
function run(step: Step): Promise<void> {
  return new Promise((resolveStep, reject) => {
    // process.execPath: the project's Node 24, the one that runs this script.
    // The shard variables are this script's to set: one left in the caller's environment would build a part only.
    const { ATLAS_SHARD: _shard, ATLAS_OUT_DIR: _out, ...inherited } = process.env;
    const child = spawn(process.execPath, step.args, { stdio: "inherit", env: { ...inherited, ...step.env } });
    children.push(child);
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolveStep() : reject(new Error(`${step.name} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Moves every file of a shard's folder into dist/; a file already there must have the same bytes. */
function mergeShard(dir: string): { moved: number; shared: number } {
  let moved = 0;
  let shared = 0;
  for (const file of files(dir)) {
    const target = join(DIST, relative(dir, file));
    if (existsSync(target)) {
      if (!readFileSync(target).equals(readFileSync(file))) {
        throw new Error(
          `build-site: ${relative(dir, file)} differs between shards (${target}, ${file}): a page's output must not depend on which pages are built beside it`,
        );
      }
      shared++;
    } else {
      mkdirSync(dirname(target), { recursive: true });
      renameSync(file, target);
      moved++;
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return { moved, shared };
}

/** The pages: every shard built, then merged into dist/. Tells scripts/build.ts, when it started this, that the pages
 * are complete (a message over Node's IPC channel), so that the steps that read only pages (the search index, the
 * pinned embeds, the sitemap) start while the image renderer may still be drawing. */
async function pages(): Promise<void> {
  await Promise.all(astroSteps.map(run));
  for (let i = 1; i < shards; i++) {
    const { moved, shared } = mergeShard(shardDir(i));
    console.log(
      `build-site: shard ${i}/${shards}: ${moved} files merged into ${DIST}/, ${shared} identical to shard 0's`,
    );
  }
  if (!existsSync(join(DIST, "404.html"))) throw new Error("build-site: astro build left no dist/404.html");
  process.send?.(PAGES_READY);
}

for (let i = 1; i < shards; i++) rmSync(shardDir(i), { recursive: true, force: true });
try {
  await Promise.all([pages(), run(renderFiles)]);
} catch (error) {
  for (const child of children) if (child.exitCode === null) child.kill();
  console.error(`build-site: ${(error as Error).message}`);
  process.exit(1);
}
/**
 * Puts every file of FILES into dist/ as a hard link: the same bytes without copying them (the PNGs and chart files
 * are ~70 MB; copying them took ~1 s of CPU, measured 2026-12-07). Each build's render-files writes new files
 * rather than rewriting old ones, so the two names never see a change made through the other. A file already in
 * dist/ is an error: Astro and the renderer must not both publish one path.
 */
function linkFiles(): number {
  let linked = 0;
  const folders = new Set<string>();
  for (const file of files(FILES)) {
    const target = join(DIST, relative(FILES, file));
    if (!folders.has(dirname(target))) mkdirSync(dirname(target), { recursive: true });
    folders.add(dirname(target));
    try {
      linkSync(file, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST")
        throw new Error(`build-site: ${target} was written by Astro and by render-files`, { cause: error });
      // Another file system (a dist/ mounted elsewhere) or one without hard links: copy instead.
      if (code !== "EXDEV" && code !== "EPERM") throw error;
      copyFileSync(file, target);
    }
    linked++;
  }
  return linked;
}
// Beside whatever scripts/build.ts started on the pages: those read only pages, and this writes none.
const published = linkFiles();
const why = coldImages && !process.env.ATLAS_ASTRO_SHARDS ? ": PNG caches were empty" : "";
console.log(
  `build-site: pages in ${DIST}/ (${shards === 1 ? "one Astro build" : `${shards} Astro shards`}${why}), ${published} PNGs and chart files linked from ${FILES}/`,
);

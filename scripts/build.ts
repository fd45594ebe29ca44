/**
 * node scripts/build.ts — `npm run build`: the whole site into dist/, each step a process of its own, run side by
 * side where one does not read what the other writes, because this machine has two cores and a full build has a
 * budget (README, "Site budgets"):
 *
 *   build-data ──────────────┐
 *   build-site: pages ··(waits)┴─► ─┬─► pagefind ─► sort-search-entry ─┐
 *               images, files ······│·······························─► linked into dist/ ─┴─► done
 *                                   └─► pin-embeds ─► write-sitemap ───┘
 *
 * - build-data (the pipeline, into data/build/) and build-site (Astro shards beside the PNG drawing, merged into
 *   dist/) start together: an Astro shard spends its first seconds starting up and bundling, which needs no data.
 *   Whatever reads data/build waits until this script writes "ok" into the file named by ATLAS_DATA_READY, after
 *   the pipeline has exited successfully (src/views/site-data.ts, awaitArtefact), or "failed", which stops it.
 * - The steps that read only pages start as soon as build-site says every page is in dist/ (PAGES_READY): in a cold
 *   build the image renderer is still drawing then, and would otherwise leave a core idle at its end (measured
 *   2026-12-07: 53–80 % of the CPU used over the last ~4 s of build-site). build-site links the PNGs and chart
 *   files into dist/ when they are drawn; none of these steps reads them.
 * - Pagefind indexes dist/ but the embed pages (searchGlob) while pin-embeds copies the embed pages (into a staging
 *   folder, moved into dist/v/ in one rename, a folder Pagefind does not read either) and write-sitemap lists the
 *   pages, which it reads only up to their </head>. Pagefind writes only under dist/pagefind/, which neither of the
 *   others reads.
 * As soon as one step fails the others are stopped and the build exits non-zero, naming the step; dist/ is then
 * incomplete (the next build starts it afresh). Prints each step's wall time, so a slow step shows.
 */
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PAGES_READY } from "./pages-ready.ts";

interface Step {
  name: string;
  /** Arguments to Node (a script and its arguments). */
  args: string[];
}

const node = (script: string, ...args: string[]): Step => ({
  name: script.replace(/^.*\//, ""),
  args: [script, ...args],
});
const steps = {
  data: node("scripts/build-data.ts"),
  site: node("scripts/build-site.ts"),
  sortSearch: node("scripts/sort-search-entry.ts", "dist"),
  pin: node("scripts/pin-embeds.ts"),
  sitemap: node("scripts/write-sitemap.ts"),
};

/** Page folders whose pages carry no data-pagefind-body (src/layouts/Embed.astro): the embed pages, and their
 * pinned copies, which pin-embeds.ts moves into v/ while Pagefind runs. */
const NOT_SEARCHED = new Set(["embed", "en/embed", "v"]);

/**
 * The HTML files Pagefind reads: dist/'s own files and folders, but not NOT_SEARCHED. Pagefind would parse the
 * 1,188 embed pages only to index none of them (~1.5 s of CPU on the build's last step, measured 2026-12-07; the
 * index came out the same). Made from what the site build wrote, so a new page folder is searched without a
 * change here.
 */
function searchGlob(dist: string): string {
  const entries = (folder: string): string[] =>
    readdirSync(join(dist, folder), { withFileTypes: true }).flatMap((entry) => {
      const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
      if (NOT_SEARCHED.has(path)) return [];
      if (path === "en") return entries("en");
      if (entry.isDirectory()) return [`${path}/**/*.html`];
      return path.endsWith(".html") ? [path] : [];
    });
  return `{${entries("").sort().join(",")}}`;
}

/** Pagefind's own launcher (the npm package's bin), run by this Node: it starts the platform binary. */
const pagefind = (glob: string): Step => ({
  name: "pagefind",
  args: [join("node_modules", "pagefind", "lib", "runner", "bin.cjs"), "--site", "dist", "--glob", glob],
});

const running = new Set<ChildProcess>();
const started = performance.now();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** `onMessage`: what the step sends over Node's IPC channel (only build-site sends: PAGES_READY). */
function run(step: Step, env: NodeJS.ProcessEnv = process.env, onMessage?: (message: unknown) => void): Promise<void> {
  return new Promise((resolveStep, reject) => {
    const t = performance.now();
    const stdio: StdioOptions = onMessage ? ["inherit", "inherit", "inherit", "ipc"] : "inherit";
    const child = spawn(process.execPath, step.args, { stdio, env });
    if (onMessage) child.on("message", onMessage);
    running.add(child);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      running.delete(child);
      if (code !== 0) return reject(new Error(`${step.name} failed (${signal ?? `exit ${code}`})`));
      console.log(`build: ${step.name} done in ${seconds(performance.now() - t)}`);
      resolveStep();
    });
  });
}

const inOrder = async (...chain: Step[]) => {
  for (const step of chain) await run(step);
};

// A fresh name per build, outside the project: a marker left by an earlier build must never open the gate.
const marker = join(mkdtempSync(join(tmpdir(), "atlas-build-")), "data-ready");
/** Opens the gate: written under another name and renamed into place, because the readers poll for the marker's
 * name and a plain write creates the file empty before it writes (once, on 2026-12-07, the image renderer read it
 * in between, found "", and stopped the build). A rename is atomic: the marker appears with its word in it. */
function writeMarker(state: "ok" | "failed"): void {
  writeFileSync(`${marker}.partial`, state);
  renameSync(`${marker}.partial`, marker);
}
const data = run(steps.data).then(
  () => writeMarker("ok"),
  (error: unknown) => {
    writeMarker("failed");
    throw error;
  },
);
const pagesReady = Promise.withResolvers<void>();
const site = run(steps.site, { ...process.env, ATLAS_DATA_READY: marker }, (message) => {
  if (message === PAGES_READY) pagesReady.resolve();
});
try {
  // Both settle before the first failure is reported, so the reason named is the pipeline's when it failed. The
  // pages are ready when build-site says so, or at the latest when it exits.
  const [dataDone, pagesOk] = await Promise.allSettled([data, Promise.race([pagesReady.promise, site])]);
  for (const done of [dataDone, pagesOk]) if (done.status === "rejected") throw done.reason;
  // In a cold build the image renderer is often still drawing here; what runs beside it reads only pages.
  await Promise.all([site, inOrder(pagefind(searchGlob("dist")), steps.sortSearch), inOrder(steps.pin, steps.sitemap)]);
} catch (error) {
  for (const child of running) child.kill();
  rmSync(dirname(marker), { recursive: true, force: true });
  console.error(`build: ${(error as Error).message}; dist/ is incomplete`);
  process.exit(1);
}
rmSync(dirname(marker), { recursive: true, force: true });
console.log(`build: dist/ complete in ${seconds(performance.now() - started)}`);

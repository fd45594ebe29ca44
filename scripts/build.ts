/**
 * node scripts/build.ts — `npm run build`: the whole site into dist/, each step a process of its own, run side by
 * side where one does not read what the other writes, because this machine has two cores and a full build has a
 * budget (README, "Site budgets"):
 *
 *   build-data ────────┐
 *   build-site ····(waits)┴─► ─┬─► pagefind ─► sort-search-entry ─┐
 *                              └─► pin-embeds ─► write-sitemap ────┴─► done
 *
 * - build-data (the pipeline, into data/build/) and build-site (Astro shards beside the PNG drawing, merged into
 *   dist/) start together: an Astro shard spends its first seconds starting up and bundling, which needs no data.
 *   Whatever reads data/build waits until this script writes "ok" into the file named by ATLAS_DATA_READY, after
 *   the pipeline has exited successfully (src/views/site-data.ts, awaitArtefact), or "failed", which stops it.
 * - Pagefind indexes dist/ while pin-embeds copies the embed pages (into a staging folder, moved into dist/v/ in
 *   one rename: the indexer never reads a half-written page) and write-sitemap lists the pages, which it reads only
 *   up to their </head>. Pagefind writes only under dist/pagefind/, which neither of the others reads.
 * As soon as one step fails the others are stopped and the build exits non-zero, naming the step; dist/ is then
 * incomplete (the next build starts it afresh). Prints each step's wall time, so a slow step shows.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

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
  // Pagefind's own launcher (the npm package's bin), run by this Node: it starts the platform binary.
  pagefind: {
    name: "pagefind",
    args: [join("node_modules", "pagefind", "lib", "runner", "bin.cjs"), "--site", "dist"],
  },
  sortSearch: node("scripts/sort-search-entry.ts", "dist"),
  pin: node("scripts/pin-embeds.ts"),
  sitemap: node("scripts/write-sitemap.ts"),
};

const running = new Set<ChildProcess>();
const started = performance.now();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function run(step: Step, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolveStep, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, step.args, { stdio: "inherit", env });
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
const data = run(steps.data).then(
  () => writeFileSync(marker, "ok"),
  (error: unknown) => {
    writeFileSync(marker, "failed");
    throw error;
  },
);
const site = run(steps.site, { ...process.env, ATLAS_DATA_READY: marker });
try {
  // Both settle before the first failure is reported, so the reason named is the pipeline's when it failed.
  const [dataDone, siteDone] = await Promise.allSettled([data, site]);
  for (const done of [dataDone, siteDone]) if (done.status === "rejected") throw done.reason;
  await Promise.all([inOrder(steps.pagefind, steps.sortSearch), inOrder(steps.pin, steps.sitemap)]);
} catch (error) {
  for (const child of running) child.kill();
  rmSync(dirname(marker), { recursive: true, force: true });
  console.error(`build: ${(error as Error).message}; dist/ is incomplete`);
  process.exit(1);
}
rmSync(dirname(marker), { recursive: true, force: true });
console.log(`build: dist/ complete in ${seconds(performance.now() - started)}`);

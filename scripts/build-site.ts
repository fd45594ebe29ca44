/**
 * node scripts/build-site.ts — the site from the artefact in data/build: `astro build` (every page and file into
 * dist/) and scripts/render-images.ts (every PNG into data/build/images/) run side by side, then the images are
 * copied into dist/. Side by side because Astro renders pages on one core and drawing the ~660 PNGs is CPU work of
 * its own: on a 2-core machine the two overlap instead of adding up. They cannot share a folder while they run —
 * Astro empties dist/ when it starts — hence the copy at the end.
 *
 * Exits non-zero, after stopping the other, as soon as either fails; dist/ then holds no images (the copy only
 * runs when both succeeded). `npm run build` runs this after the data pipeline and before Pagefind.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync } from "node:fs";
import { join } from "node:path";

const IMAGES = "data/build/images";
const steps: Array<{ name: string; args: string[] }> = [
  { name: "astro build", args: [join("node_modules", "astro", "bin", "astro.mjs"), "build"] },
  { name: "render-images", args: [join("scripts", "render-images.ts"), IMAGES] },
];

const children: ChildProcess[] = [];
function run(step: { name: string; args: string[] }): Promise<void> {
  return new Promise((resolveStep, reject) => {
    // process.execPath: the project's Node 24, the one that runs this script.
    const child = spawn(process.execPath, step.args, { stdio: "inherit" });
    children.push(child);
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolveStep() : reject(new Error(`${step.name} failed (${signal ?? `exit ${code}`})`))));
  });
}

try {
  await Promise.all(steps.map(run));
} catch (error) {
  for (const child of children) if (child.exitCode === null) child.kill();
  console.error(`build-site: ${(error as Error).message}`);
  process.exit(1);
}
if (!existsSync(join("dist", "404.html"))) throw new Error("build-site: astro build left no dist/404.html");
cpSync(IMAGES, "dist", { recursive: true });
console.log(`build-site: pages in dist/, images copied from ${IMAGES}/`);

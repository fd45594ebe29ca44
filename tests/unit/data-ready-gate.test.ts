/**
 * The data-ready gate (src/views/site-data.ts, awaitArtefact): `npm run build` (scripts/build.ts) starts the Astro
 * shards and the image drawing while the data pipeline still runs, so whatever reads data/build must wait for the
 * pipeline's end — or it would build pages from the previous build's artefact — and must stop when it failed.
 * Checked in child processes, as the build runs them: a reader started before the artefact exists waits for the
 * "ok" and then reads it; a "failed" stops it with a message naming the pipeline.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./helpers.ts";

const READER = `import { siteData } from ${JSON.stringify(join(ROOT, "src/views/site-data.ts"))}; console.log("places", siteData().places.length);`;
const ARTEFACT = JSON.stringify({
  places: [{ code: "11.01", slug: "a", provinceCode: "11" }],
  provinces: [],
  awards: [],
  indicators: [],
});

function reader(buildDir: string, marker: string) {
  const child = spawn(process.execPath, ["--input-type=module", "-e", READER], {
    env: { ...process.env, ATLAS_BUILD_DIR: buildDir, ATLAS_DATA_READY: marker },
  });
  let out = "";
  child.stdout.on("data", (b: Buffer) => (out += b));
  child.stderr.on("data", (b: Buffer) => (out += b));
  return new Promise<{ code: number | null; out: string }>((done) => child.on("exit", (code) => done({ code, out })));
}

describe("the data-ready gate", () => {
  it("waits for the pipeline's 'ok' before reading the artefact, which did not exist when it started", async () => {
    const dir = tempDir("gate-ok");
    const buildDir = join(dir, "build");
    const marker = join(dir, "ready");
    const result = reader(buildDir, marker);
    await new Promise((r) => setTimeout(r, 400));
    mkdirSync(buildDir, { recursive: true });
    writeFileSync(join(buildDir, "site.json"), ARTEFACT);
    writeFileSync(marker, "ok");
    const { code, out } = await result;
    expect(out).toContain("places 1");
    expect(code).toBe(0);
  });

  it("waits on a marker that exists but is still empty (being written) instead of taking it for a failure", async () => {
    const dir = tempDir("gate-empty");
    const buildDir = join(dir, "build");
    const marker = join(dir, "ready");
    mkdirSync(buildDir, { recursive: true });
    writeFileSync(join(buildDir, "site.json"), ARTEFACT);
    writeFileSync(marker, "");
    const result = reader(buildDir, marker);
    await new Promise((r) => setTimeout(r, 400));
    writeFileSync(marker, "ok");
    const { code, out } = await result;
    expect(out).toContain("places 1");
    expect(code).toBe(0);
  });

  it("stops with the pipeline's failure instead of reading an old artefact", async () => {
    const dir = tempDir("gate-failed");
    const buildDir = join(dir, "build");
    mkdirSync(buildDir, { recursive: true });
    writeFileSync(join(buildDir, "site.json"), ARTEFACT); // a previous build's
    writeFileSync(join(dir, "ready"), "failed");
    const { code, out } = await reader(buildDir, join(dir, "ready"));
    expect(code).not.toBe(0);
    expect(out).toContain("the data pipeline failed");
    expect(out).not.toContain("places 1");
  });
});

/** Shared test helpers: run a project script the way npm does (same Node binary), and build raw files in memory. */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { loadGazetteer } from "../../src/pipeline/places.ts";
import { runPipeline } from "../../src/pipeline/pipeline.ts";
import { listRawFiles } from "../../src/pipeline/raw-files.ts";
import type { SiteData } from "../../src/pipeline/artefact.ts";

export const ROOT = join(import.meta.dirname, "..", "..");

export function runScript(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC" },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `atlas-${prefix}-`));
}

export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Runs the whole pipeline on a raw folder of the project (`data/raw`, or a fixture), expecting no problem. */
export function buildRawFolder(raw: string): SiteData {
  const result = runPipeline({
    files: listRawFiles(join(ROOT, raw), ROOT),
    gazetteer: loadGazetteer(ROOT),
    method: loadMethod(join(ROOT, "data/method")),
    version: "test",
  });
  expect(result.problems).toEqual([]);
  return result.data!;
}

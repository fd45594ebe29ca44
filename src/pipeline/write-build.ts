/**
 * Writing the build artefact all-or-nothing: everything goes into a fresh staging folder first, which then
 * replaces the old output in one rename. A crash or a failed check midway leaves the previous build intact
 * and never a half-written one.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export function writeDirAtomically(target: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const staging = `${target}.staging`;
  const previous = `${target}.previous`;
  rmSync(staging, { recursive: true, force: true });
  for (const [name, text] of [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const path = join(staging, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  mkdirSync(dirname(target), { recursive: true });
  rmSync(previous, { recursive: true, force: true });
  try {
    renameSync(target, previous);
  } catch {
    // no previous build
  }
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
}

/** Stable JSON: keys in insertion order (our builders create them in a fixed order), one-space indent. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 1) + "\n";
}

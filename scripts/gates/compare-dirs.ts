/**
 * node scripts/gates/compare-dirs.ts A B — are two builds byte-identical? Lists every file that differs, is missing
 * or is extra (by sha256), and for the first few differing files the first differing byte with some context, so a
 * failed check says *what* changed (a date, an unsorted list, a random id) and not only where. Exit 1 if any.
 * Also imported by check-reproducible.ts.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

function hashes(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else
        out.set(
          relative(root, path).split("\\").join("/"),
          createHash("sha256").update(readFileSync(path)).digest("hex"),
        );
    }
  };
  walk(root);
  return out;
}

/** Where two files first differ, shown as escaped text around that byte (binary files show as escapes too). */
export function firstDifference(a: Uint8Array, b: Uint8Array): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (buf: Uint8Array) =>
    JSON.stringify(Buffer.from(buf.subarray(Math.max(0, i - 40), i + 40)).toString("utf8"));
  return `byte ${i} (sizes ${a.length} and ${b.length}): ${show(a)} vs ${show(b)}`;
}

export interface Comparison {
  files: number;
  diffs: string[];
}

/** Every difference between directories a and b, in a stable order, with detail for the first `detail` files. */
export function compareDirs(a: string, b: string, detail = 5): Comparison {
  const ha = hashes(a);
  const hb = hashes(b);
  const diffs: string[] = [];
  for (const [f, h] of ha) {
    if (!hb.has(f)) diffs.push(`only in ${a}: ${f}`);
    else if (hb.get(f) !== h) {
      const shown = diffs.filter((d) => d.startsWith("differs")).length < detail;
      diffs.push(
        `differs: ${f}${shown ? ` — ${firstDifference(readFileSync(join(a, f)), readFileSync(join(b, f)))}` : ""}`,
      );
    }
  }
  for (const f of hb.keys()) if (!ha.has(f)) diffs.push(`only in ${b}: ${f}`);
  return { files: new Set([...ha.keys(), ...hb.keys()]).size, diffs };
}

/** Print at most `limit` differences (the first ones are what a reader needs); returns the comparison. */
export function printDifferences(a: string, b: string, limit = 30): Comparison {
  const comparison = compareDirs(a, b);
  for (const d of comparison.diffs.slice(0, limit)) console.error(d);
  if (comparison.diffs.length > limit) console.error(`… and ${comparison.diffs.length - limit} more`);
  return comparison;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [a, b] = process.argv.slice(2);
  if (!a || !b) {
    console.error("usage: compare-dirs.ts DIR_A DIR_B");
    process.exit(2);
  }
  const { files, diffs } = printDifferences(a, b);
  console.log(`compare: ${files} files compared (${a} vs ${b}), ${diffs.length} differ`);
  process.exitCode = diffs.length === 0 ? 0 : 1;
}

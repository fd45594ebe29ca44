/**
 * node scripts/gates/compare-dirs.ts A B — are two builds byte-identical? Lists every file that differs, is missing
 * or is extra (by sha256), exit 1 if any. Used by CI to prove that two builds of one commit give the same bytes.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

function hashes(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(root, path), createHash("sha256").update(readFileSync(path)).digest("hex"));
    }
  };
  walk(root);
  return out;
}

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error("usage: compare-dirs.ts DIR_A DIR_B");
  process.exit(2);
}
const ha = hashes(a);
const hb = hashes(b);
const diffs: string[] = [];
for (const [f, h] of ha) {
  if (!hb.has(f)) diffs.push(`only in ${a}: ${f}`);
  else if (hb.get(f) !== h) diffs.push(`differs: ${f}`);
}
for (const f of hb.keys()) if (!ha.has(f)) diffs.push(`only in ${b}: ${f}`);
for (const d of diffs.slice(0, 50)) console.error(d);
console.log(`reproducible: ${ha.size} files compared, ${diffs.length} differ`);
process.exitCode = diffs.length > 0 ? 1 : 0;

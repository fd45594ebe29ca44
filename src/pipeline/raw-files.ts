/** Finding the raw fact files: every .csv under data/raw except notes/ (documentation kept beside the facts). */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { RawFile } from "./pipeline.ts";

export function listRawFiles(rawDir: string, root: string): RawFile[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return name === "notes" ? [] : walk(path);
        return name.toLowerCase().endsWith(".csv") ? [path] : [];
      });
  return walk(rawDir).map((path) => ({ path: relative(root, path), bytes: readFileSync(path) }));
}

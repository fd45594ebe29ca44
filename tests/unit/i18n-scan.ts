/**
 * What tests/unit/i18n.test.ts reads the source tree with: which files use a dictionary, which keys they name, and
 * where a component still chooses a language's words itself. Plain text scanning, kept small and tested on samples
 * so that a scanner that finds nothing cannot pass for a tree without problems.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix, relative, resolve } from "node:path";

export interface SourceFile {
  /** Path from the repository root, with forward slashes: "src/components/Header.astro". */
  path: string;
  text: string;
}

/** Every .ts and .astro file under `dir`, sorted by path. */
export function readSources(root: string, dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (abs: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const child = join(abs, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (/\.(ts|astro)$/.test(entry.name))
        out.push({ path: relative(root, child).split("\\").join("/"), text: readFileSync(child, "utf8") });
    }
  };
  walk(join(root, dir));
  return out;
}

/** Repository paths of the relative modules a file imports or re-exports. */
export function importedPaths(file: SourceFile): string[] {
  const specifiers = [...file.text.matchAll(/\b(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]!);
  return specifiers.map((s) => posix.normalize(posix.join(dirname(file.path), s)));
}

/** Modules that re-export `modulePath` (`export … from`), so that importing them counts as importing it. */
export function reExporters(files: readonly SourceFile[], modulePath: string): string[] {
  return files
    .filter((f) =>
      [...f.text.matchAll(/\bexport\s[^;]*?\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g)].some(
        (m) => posix.normalize(posix.join(dirname(f.path), m[1]!)) === modulePath,
      ),
    )
    .map((f) => f.path);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The keys of `keys` that none of `texts` names: neither as a quoted string (a definition, `"key": {`, does not
 * count) nor through a template literal whose fixed head the key starts with (`` `status.${s}` `` uses every
 * "status.…" key).
 */
export function unusedKeys(keys: readonly string[], texts: readonly string[]): string[] {
  const heads = texts.flatMap((text) => [...text.matchAll(/`([^`$\s]+)\$\{/g)].map((m) => m[1]!));
  return keys.filter((key) => {
    const literal = new RegExp(`["'\`]${escape(key)}["'\`](?!\\s*:\\s*\\{)`);
    if (texts.some((text) => literal.test(text))) return false;
    return !heads.some((head) => key.startsWith(head));
  });
}

/** A comparison of a language variable with "id" or "en": the start of an inline choice between two languages. */
const LANGUAGE_TEST = /\b(?:lang|language)\s*[!=]==?\s*["'](?:id|en)["']/;

/** "path:LINE text" for each line of `file` that picks between languages itself instead of asking src/i18n. */
export function inlineLanguageChoices(file: SourceFile): string[] {
  return file.text
    .split("\n")
    .flatMap((line, i) => (LANGUAGE_TEST.test(line) ? [`${file.path}:${i + 1} ${line.trim()}`] : []));
}

export const repoRoot = resolve(import.meta.dirname, "../..");

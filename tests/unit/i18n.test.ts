/**
 * One translation mechanism (issue 13): every dictionary holds both languages of each key side by side, every key
 * is used, and no page, component or chart chooses between languages inline. Dictionaries are found by importing
 * every module under src/i18n and keeping the exports made by `defineDictionary` (they carry `entries`), so a new
 * dictionary is audited without being listed here.
 */
import { describe, expect, test } from "vitest";
import type { Translation } from "../../src/i18n/translate.ts";
import {
  importedPaths,
  inlineLanguageChoices,
  readSources,
  reExporters,
  repoRoot,
  unusedKeys,
  type SourceFile,
} from "./i18n-scan.ts";

const sources = readSources(repoRoot, "src");

interface FoundDictionary {
  name: string;
  modulePath: string;
  entries: Readonly<Record<string, Translation>>;
}

async function findDictionaries(): Promise<FoundDictionary[]> {
  const found: FoundDictionary[] = [];
  for (const file of sources.filter((f) => f.path.startsWith("src/i18n/") && f.path.endsWith(".ts"))) {
    const module: Record<string, unknown> = await import(`${repoRoot}/${file.path}`);
    for (const [name, value] of Object.entries(module)) {
      // index.ts re-exports `t`: audit each dictionary once, where it is defined.
      if (typeof value === "function" && "entries" in value && !found.some((d) => d.entries === value.entries)) {
        found.push({ name, modulePath: file.path, entries: value.entries as Record<string, Translation> });
      }
    }
  }
  return found;
}
const dictionaries = await findDictionaries();

/** Files that import the dictionary's module (directly or through a re-export), and the module itself. */
function usersOf(modulePath: string): SourceFile[] {
  const homes = new Set([modulePath, ...reExporters(sources, modulePath)]);
  return sources.filter((f) => homes.has(f.path) || importedPaths(f).some((p) => homes.has(p)));
}

/**
 * Lines outside src/i18n that may still compare a language with "id"/"en", each with why it cannot ask the
 * dictionary. Everything else must.
 */
const ALLOWED_LANGUAGE_TESTS: Readonly<Record<string, string>> = {
  "src/method/self-assessment.ts":
    "the method layer imports no i18n (layer rule); it picks a field of the data, not words",
  "src/client/rankings.ts":
    "browser code picks the number locale from <html lang>; src/i18n is not bundled for the browser",
  "src/client/self-assessment.ts": "browser code picks the decimal mark of a number it writes back into a form field",
  "src/views/self-assessment-views.ts":
    "bundled into the browser's self-assessment script, which does not ship the dictionaries; its Indonesian problem messages are translated from the English ones by pattern",
};

describe("dictionaries", () => {
  test("are found (the audit below is not vacuous)", () => {
    expect(dictionaries.map((d) => d.name).sort()).toEqual(expect.arrayContaining(["t", "tm", "tp"]));
    expect(dictionaries.every((d) => Object.keys(d.entries).length > 0)).toBe(true);
  });

  test("every key holds exactly Indonesian and English, neither empty, with the same placeholders", () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    const problems: string[] = [];
    for (const d of dictionaries) {
      for (const [key, translation] of Object.entries(d.entries)) {
        const where = `${d.modulePath} ${d.name} "${key}"`;
        const langs = Object.keys(translation).sort();
        if (langs.join() !== "en,id") problems.push(`${where}: languages ${langs.join(", ")}`);
        for (const lang of ["id", "en"] as const) {
          const text = translation[lang];
          if (typeof text !== "string" || text.trim() === "") problems.push(`${where}: empty ${lang}`);
        }
        if (holes(translation.id).join() !== holes(translation.en).join())
          problems.push(`${where}: placeholders differ between id and en`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("every key is used somewhere in src/", () => {
    const unused = dictionaries.flatMap((d) =>
      unusedKeys(
        Object.keys(d.entries),
        usersOf(d.modulePath).map((f) => f.text),
      ).map((key) => `${d.modulePath} ${d.name} "${key}"`),
    );
    expect(unused).toEqual([]);
  });
});

describe("language choices", () => {
  test("no file outside src/i18n chooses between languages inline", () => {
    const found = sources
      .filter((f) => !f.path.startsWith("src/i18n/") && ALLOWED_LANGUAGE_TESTS[f.path] === undefined)
      .flatMap(inlineLanguageChoices);
    expect(found).toEqual([]);
  });

  test("per-language content files come in pairs (x.id.astro beside x.en.astro)", () => {
    const content = sources.filter((f) => /\.(id|en)\.astro$/.test(f.path)).map((f) => f.path);
    expect(content.length).toBeGreaterThan(0);
    for (const path of content)
      expect(content, path).toContain(
        path.replace(/\.(id|en)\.astro$/, (_m, l: string) => (l === "id" ? ".en.astro" : ".id.astro")),
      );
  });

  test("each allowed exception still exists (a stale entry would hide a new choice in that file)", () => {
    for (const path of Object.keys(ALLOWED_LANGUAGE_TESTS)) {
      const file = sources.find((f) => f.path === path);
      expect(file && inlineLanguageChoices(file).length, path).toBeGreaterThan(0);
    }
  });
});

describe("the scanners themselves", () => {
  test("find an unused key, and count quoted and template-literal uses but not a definition", () => {
    const dictionary = `export const tx = defineDictionary({ "a.used": { id: "A", en: "A" }, "a.unused": { id: "B", en: "B" } });`;
    const page = 'tx(lang, "a.used"); tx(lang, `b.${kind}`);';
    expect(unusedKeys(["a.used", "a.unused", "b.one", "c.two"], [dictionary, page])).toEqual(["a.unused", "c.two"]);
  });

  test("find an inline choice between languages and its line, but not a comparison with a constant", () => {
    const file = {
      path: "src/components/X.astro",
      text: 'const a = 1;\n<h2>{lang === "id" ? "Poin" : "Points"}</h2>\nconst b = lang === DEFAULT_LANG;\nconst id = lang !== "en";',
    };
    expect(inlineLanguageChoices(file)).toEqual([
      'src/components/X.astro:2 <h2>{lang === "id" ? "Poin" : "Points"}</h2>',
      'src/components/X.astro:4 const id = lang !== "en";',
    ]);
  });

  test("resolve imports and re-exports to repository paths", () => {
    const page = {
      path: "src/components/a/B.astro",
      text: 'import { t } from "../../i18n/index.ts";\nconst m = await import("./c.ts");',
    };
    expect(importedPaths(page)).toEqual(["src/i18n/index.ts", "src/components/a/c.ts"]);
    const index = { path: "src/i18n/index.ts", text: 'export { t, type DictionaryKey } from "./common.ts";' };
    expect(reExporters([index, page], "src/i18n/common.ts")).toEqual(["src/i18n/index.ts"]);
  });
});

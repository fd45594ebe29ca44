/**
 * The documents the code cites live in the repository, and the citations resolve: no comment points at a file outside
 * it (the toolchain notes and the user journeys used to be ../shared/…), every "docs/TOOLCHAIN.md §N" names a section
 * that exists, every "docs/JOURNEYS.md N.M" a journey step, docs/JOURNEYS.md names every browser test file, and the
 * paths and functions the README and docs/ARCHITECTURE.md name still exist — a rename that leaves a document behind
 * fails here, not in a newcomer's afternoon.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const TEXT = /\.(ts|mjs|cjs|astro|md|css|json|yml|yaml)$/;

/** Our own text files: src/, scripts/, tests/ (not fixtures: they are data), docs/, and the root's. */
function ownFiles(): string[] {
  const under = (dir: string) =>
    (readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" }) as string[])
      .map((f) => join(dir, f))
      .filter((f) => TEXT.test(f) && statSync(join(ROOT, f)).isFile());
  const root = readdirSync(ROOT).filter(
    (f) => TEXT.test(f) && f !== "package-lock.json" && statSync(join(ROOT, f)).isFile(),
  );
  return [
    ...root,
    ...under("src"),
    ...under("scripts"),
    ...under("docs"),
    ...under("tests").filter((f) => !f.startsWith("tests/fixtures/")),
  ];
}

describe("documents cited by the code", () => {
  const files = ownFiles().filter((f) => f !== "tests/unit/docs-references.test.ts");

  it("are all in the repository", () => {
    const outside = files.flatMap((f) =>
      read(f)
        .split("\n")
        .flatMap((line, i) =>
          /\.\.\/shared\/|\/work\/|(?<!docs\/)\b(TOOLCHAIN|JOURNEYS|DESIGN)(\.md)?\b/.test(line)
            ? [`${f}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(outside).toEqual([]);
  });

  it("name sections of docs/TOOLCHAIN.md that exist", () => {
    const sections = new Set([...read("docs/TOOLCHAIN.md").matchAll(/^## (\d+)\. /gm)].map((m) => m[1]));
    const cited = files.flatMap((f) =>
      [...read(f).matchAll(/docs\/TOOLCHAIN\.md §(\d+)/g)].map((m) => ({ f, section: m[1] })),
    );
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((c) => !sections.has(c.section))).toEqual([]);
  });

  it("name journeys and steps of docs/JOURNEYS.md that exist", () => {
    const text = read("docs/JOURNEYS.md");
    const steps = new Map<string, number>();
    for (const part of text.split(/^## /m).slice(1)) {
      const n = /^(\d+)\. /.exec(part)?.[1];
      if (n) steps.set(n, [...part.matchAll(/^\d+\. /gm)].length);
    }
    const cited = files.flatMap((f) =>
      [...read(f).matchAll(/docs\/JOURNEYS\.md ((?:\d+(?:\.\d+)?(?:, | and )?)+)/g)].flatMap((m) =>
        m[1]!.split(/, | and /).map((ref) => ({ f, ref })),
      ),
    );
    expect(cited.length).toBeGreaterThan(0);
    const missing = cited.filter(({ ref }) => {
      const [journey, step] = ref.split(".");
      return !steps.has(journey!) || (step !== undefined && Number(step) > steps.get(journey!)!);
    });
    expect(missing).toEqual([]);
  });
});

describe("docs/JOURNEYS.md", () => {
  const text = read("docs/JOURNEYS.md");

  it("names every browser test file, so each test file says which journey it walks", () => {
    const tests = readdirSync(join(ROOT, "tests/e2e")).filter((f) => f.endsWith(".test.ts"));
    expect(tests.length).toBeGreaterThan(0);
    expect(tests.filter((f) => !text.includes(`tests/e2e/${f}`))).toEqual([]);
  });
});

describe("paths and functions named by the README and docs/", () => {
  const documents = ["README.md", "CONTRIBUTING.md", ...readdirSync(join(ROOT, "docs")).map((f) => `docs/${f}`)];

  it("every backticked path in src/, scripts/, tests/, docs/ or data/ exists", () => {
    const missing = documents.flatMap((doc) =>
      [...read(doc).matchAll(/`((?:src|scripts|tests|docs|data)\/[^`\s]*)`/g)]
        // "path:LINE" names a line of an existing file.
        .map((m) => m[1]!.replace(/:\d+$/, "").replace(/[.,:]$/, ""))
        // Placeholders (`data/raw/awards/YOUR-FILE.csv`, `src/<layer>/`) name no file.
        // data/build/ is what the build writes (absent on a fresh clone, where `npm test` runs before the build).
        .filter((p) => !/[<>*]|YOUR|_20YY_/.test(p) && !p.startsWith("data/build/") && !existsSync(join(ROOT, p)))
        .map((p) => `${doc}: ${p}`),
    );
    expect(missing).toEqual([]);
  });

  it("every function docs/ARCHITECTURE.md names as `name()` is declared in src/, scripts/ or the test helpers", () => {
    const code = ownFiles()
      .filter((f) => /^(src|scripts)\/.*\.(ts|astro)$/.test(f) || f === "tests/unit/helpers.ts")
      .map(read)
      .join("\n");
    const names = [...new Set([...read("docs/ARCHITECTURE.md").matchAll(/`([A-Za-z_]\w*)\(\)`/g)].map((m) => m[1]!))];
    expect(names.length).toBeGreaterThan(10);
    const declared = (name: string) =>
      new RegExp(
        `(?:function\\*?\\s+${name}\\b|(?:const|let)\\s+${name}\\s*=|\\b${name}\\s*\\([^)]*\\)\\s*(?::[^{]+)?\\{)`,
      ).test(code);
    expect(names.filter((n) => !declared(n))).toEqual([]);
  });
});

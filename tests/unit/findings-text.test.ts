/**
 * Numbers are computed, never typed (issue 16): for every finding, in both languages, on the real data, each figure
 * the finding records appears in its text as the site formats it, and no digit in its text (title, paragraphs,
 * population, caveats, the reasons it names places for) is left unaccounted for by a recorded figure. A sentence
 * kept by hand, or a figure typed into a dictionary entry, fails here.
 */
import { describe, expect, test } from "vitest";
import { buildRawFolder } from "./helpers.ts";
import { FINDINGS } from "../../src/views/findings/index.ts";
import { formatFigure } from "../../src/views/findings/figures.ts";
import { paragraphText, type Finding } from "../../src/views/findings/finding.ts";

const real = buildRawFolder("data/raw");

/** Every run of digits with its grouping and decimal marks: "1.234", "21,6", "2025". */
const NUMBER = /\d+(?:[.,]\d+)*/g;

const texts = (f: Finding) => [
  f.title,
  ...f.paragraphs.map(paragraphText),
  f.population,
  ...f.caveats,
  ...f.namedPlaces.map((n) => n.reason),
];

describe.each(["id", "en"] as const)("findings (%s)", (lang) => {
  const list = FINDINGS.map((fn) => fn(real, lang));

  test("are several, with distinct temuan- ids the same in both languages", () => {
    expect(list.length).toBeGreaterThanOrEqual(5);
    expect(new Set(list.map((f) => f.id)).size).toBe(list.length);
    for (const f of list) expect(f.id).toMatch(/^temuan-[a-z0-9-]+$/);
    expect(list.map((f) => f.id)).toEqual(FINDINGS.map((fn) => fn(real, lang === "id" ? "en" : "id").id));
  });

  test.each(FINDINGS.map((fn, i) => [i, fn] as const))("finding %i: every figure is in its text", (_i, fn) => {
    const f = fn(real, lang);
    const all = texts(f).join("\n");
    expect(Object.keys(f.figures).length).toBeGreaterThan(3);
    for (const [name, value] of Object.entries(f.figures)) {
      expect(Number.isFinite(value), name).toBe(true);
      expect(all, `${f.id}: figure ${name} = ${value}`).toContain(formatFigure(lang, name, value));
    }
  });

  test.each(FINDINGS.map((fn, i) => [i, fn] as const))("finding %i: every number in its text is a figure", (_i, fn) => {
    const f = fn(real, lang);
    const allowed = new Set(Object.entries(f.figures).map(([name, value]) => formatFigure(lang, name, value)));
    for (const text of texts(f)) {
      for (const m of text.matchAll(NUMBER)) expect(allowed, `${f.id}: "${m[0]}" in «${text}»`).toContain(m[0]);
    }
  });

  test("a changed figure changes the text (the test above is not vacuous)", () => {
    const f = list[0]!;
    const [name, value] = Object.entries(f.figures).find(([n]) => n.startsWith("median."))!;
    expect(texts(f).join("\n")).toContain(formatFigure(lang, name, value));
    expect(texts(f).join("\n")).not.toContain(formatFigure(lang, name, value + 123.4));
  });
});

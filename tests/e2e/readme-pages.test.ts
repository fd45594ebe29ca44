/**
 * The README's site budgets quote how many pages a build writes, as bench:site counts them (every .html under dist/:
 * both languages, the embeds and their pinned copies). Only a build knows that number, so it is checked here, with
 * the other tests that run after `npm run build`; the PNGs and chart files the README quotes are checked from
 * data/raw (tests/unit/readme-figures.test.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("README's site budgets", () => {
  it("quote the number of pages the build wrote", () => {
    const readme = readFileSync("README.md", "utf8");
    const budgets = readme.slice(readme.indexOf("**Site budgets**"), readme.indexOf("## Where things live"));
    const quoted = [...budgets.matchAll(/(\d[\d,]*) (?:trivial )?pages/g)].map(([, n]) => Number(n!.replace(/,/g, "")));
    const written = readdirSync("dist", { recursive: true }).filter((f) => String(f).endsWith(".html")).length;
    expect(quoted.length).toBeGreaterThanOrEqual(2);
    expect(new Set(quoted)).toEqual(new Set([written]));
  });
});

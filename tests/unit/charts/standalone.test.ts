/**
 * The standalone SVG file of a chart (/grafik/<id>.svg): a committed snapshot per language, and the text a printout
 * needs — title, sources, data release and the page's address — inside the picture, in a well-formed document.
 */
import { describe, expect, test } from "vitest";
import { DOMParser } from "linkedom";
import { standaloneSvg, type Credit } from "../../../src/publish/chart-files.ts";
import { renderChart } from "./render-all.ts";
import { expectSvgSnapshot } from "./snapshot.ts";

const credit = (lang: "id" | "en"): Credit => ({
  lang,
  sources: [
    { label: "2021 · example.org", href: "https://example.org/round-2021" },
    { label: "awards.csv", href: "/data/awards.csv" },
  ],
  moreSources: 3,
  version: "2026.11.0",
  pageUrl: "https://atlas.example/#predikat-per-putaran",
  absolute: (path) => new URL(path, "https://atlas.example").href,
});

describe.each(["id", "en"] as const)("standalone SVG (%s)", (lang) => {
  const chart = renderChart("predikat-by-round", lang);
  const svg = standaloneSvg(
    chart,
    lang === "id" ? "Garis putus-putus: target." : "Dashed line: the target.",
    credit(lang),
  );

  test("matches its snapshot", () => {
    expectSvgSnapshot(`standalone-predikat-by-round.${lang}`, svg);
  });

  test("is a standalone, well-formed SVG document that names itself", () => {
    expect(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="`)).toBe(true);
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    const root = doc.documentElement;
    expect(root.tagName.toLowerCase()).toBe("svg");
    expect(root.querySelector("title")?.textContent).toBe(chart.title);
    expect(root.querySelector("desc")?.textContent).toBe(chart.description);
    expect(Number(root.getAttribute("width"))).toBe(480 + 32);
  });

  test("prints its title, sources, release and address as text", () => {
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ");
    expect(text).toContain(chart.title);
    expect(text).toContain(
      lang === "id"
        ? "Sumber: 2021 · example.org; awards.csv (dan 3 sumber lain"
        : "Source: 2021 · example.org; awards.csv (and 3 more sources",
    );
    expect(text).toContain(lang === "id" ? "rilis data 2026.11.0" : "data release 2026.11.0");
    expect(text).toContain("https://atlas.example/#predikat-per-putaran");
  });
});

/**
 * The site shell in a real browser: the About page in both languages and the 404 page load without console
 * errors, pass axe (WCAG 2.1 A/AA), and the language switch leads to the twin page.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations, launchBrowser, onPage, openPage } from "./browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const twins = [
  { path: "/tentang/", lang: "id", twin: "/en/about/", twinLang: "en" },
  { path: "/en/about/", lang: "en", twin: "/tentang/", twinLang: "id" },
];

describe("about pages", () => {
  for (const { path, lang, twin, twinLang } of twins) {
    test(`${path} is clean, accessible, and switches to ${twin}`, async () => {
      await onPage(browser, async (page) => {
        const response = await page.goto(baseUrl + path);
        expect(response?.status()).toBe(200);
        expect(await page.getAttribute("html", "lang")).toBe(lang);
        expect(await page.locator("main[data-pagefind-body] h1").count()).toBe(1);
        expect(await page.getAttribute(`link[rel=alternate][hreflang=${twinLang}]`, "href")).toMatch(
          new RegExp(`${twin}$`),
        );
        expect(await axeViolations(page)).toEqual([]);

        await page.click(`a.lang-switch[hreflang=${twinLang}]`);
        await page.waitForURL(baseUrl + twin);
        expect(await page.getAttribute("html", "lang")).toBe(twinLang);
      });
    });
  }
});

describe("404 page", () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    test(`an unknown URL answers 404 with a bilingual page (${viewport.width} px)`, async () => {
      const { page, errors, close } = await openPage(browser, viewport);
      try {
        const url = `${baseUrl}/tidak-ada-halaman-ini/`;
        const response = await page.goto(url);
        expect(response?.status()).toBe(404);
        expect(await page.locator("h1").textContent()).toBe("Halaman tidak ditemukan");
        expect(await page.locator('[lang="en"] h2').textContent()).toBe("Page not found");
        expect(await page.getAttribute('meta[name="robots"]', "content")).toBe("noindex");
        expect(await axeViolations(page)).toEqual([]);
        // No horizontal scrolling on a phone: the layout fits the viewport.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        // Chromium logs the document's own 404 as a console error; that one is the point of this page.
        expect(errors.filter((e) => !(e.includes("status of 404") && e.endsWith(`@ ${url}`)))).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});

describe("chart figure", () => {
  test("every chart in its ChartFigure passes axe and fits a phone", async () => {
    const { experimental_AstroContainer: AstroContainer } = await import("astro/container");
    const { default: ChartFigure } = await import("../../src/components/ChartFigure.astro");
    const charts = await import("../unit/charts/render-all.ts");
    const container = await AstroContainer.create();
    const figures: string[] = [];
    for (const [id, chart] of Object.entries(charts.renderAll("id"))) {
      figures.push(
        await container.renderToString(ChartFigure, {
          props: { chart, id, lang: "id", sources: [{ label: "Contoh", href: "https://example.org/" }] },
        }),
      );
    }
    const css = await (await fetch(`${baseUrl}/tentang/`)).text();
    const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(css)?.[1] ?? "";
    const { page, errors, close } = await openPage(browser);
    try {
      await page.goto(`${baseUrl}/tentang/`);
      await page.setContent(
        `<!doctype html><html lang="id"><head><title>Grafik</title><link rel="stylesheet" href="${baseUrl}${stylesheet}"></head>` +
          `<body><main><h1>Grafik</h1>${figures.join("")}</main></body></html>`,
      );
      expect(await page.locator("svg.kla-chart[role=img]").count()).toBe(figures.length);
      await page.locator("details").evaluateAll((els) => els.forEach((el) => el.setAttribute("open", "")));
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      // E2E_SCREENSHOTS=dir saves the gallery for a human look (docs/JOURNEYS.md: check pages at 390 px).
      const dir = process.env.E2E_SCREENSHOTS;
      if (dir) {
        const all = page.locator("figure.chart");
        for (let i = 0; i < figures.length; i++) await all.nth(i).screenshot({ path: `${dir}/chart-${i}-390.png` });
      }
    } finally {
      await close();
    }
  });
});

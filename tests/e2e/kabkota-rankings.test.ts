/**
 * The kab/kota ranking views (issue 15) in a real browser: a series' ranking prints counts that match its tables
 * (ranked + apart + no value = every kab/kota), ties share a rank, caveated values are apart with their reason,
 * filters work and live in the URL; the cluster III ranking ranks only within groups of the same indicators and
 * shows "3 of 6" coverage; both pages are readable without JavaScript and pass axe; the rankings index links to
 * them; the comparison shows a new indicator with its year and the cluster score with its coverage.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { chromium } from "playwright-core";
import { axeViolations, CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser, onPage } from "./browser.ts";

const baseUrl = inject("baseUrl");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** "Diurutkan: 492 dari 514; …: 22; tanpa nilai: 0." → [492, 514, 22, 0] (Indonesian digits grouping: "1.234"). */
const numbersIn = (text: string) => [...text.matchAll(/\d[\d.,]*/g)].map((m) => Number(m[0].replace(/[.,]/g, "")));

describe("a series' kab/kota ranking", () => {
  test("counts match the tables, ties share a rank, caveats apart, filter by province in the URL", async () => {
    await onPage(browser, async (page) => {
      await page.goto(`${baseUrl}/peringkat/`);
      await page.locator('#indikator ~ ul a[href="/peringkat/indikator/stunting_balita/"]').click();
      await page.waitForURL(/\/peringkat\/indikator\/stunting_balita\/$/);
      const summary = (await page.locator(".prose strong").first().textContent()) ?? "";
      const [ranked, total, apart, none] = numbersIn(summary);
      expect(await page.locator("#rank-table tbody tr").count()).toBe(ranked);
      expect(await page.locator("#rank-apart tbody tr").count()).toBe(apart);
      expect(await page.locator("ul.rank-novalue li").count()).toBe(none);
      expect(ranked! + apart! + none!).toBe(total);
      // Ranks run 1… with ties sharing one: a rank is its row's position or the rank of the row above.
      const ranks = (await page.locator("#rank-table tbody tr td:first-child").allTextContents()).map(Number);
      ranks.forEach((r, i) => expect(r === i + 1 || r === ranks[i - 1]).toBe(true));
      // SSGI 2024's doubtful values are apart, with their reason.
      expect(await page.locator("#rank-apart tbody").textContent()).toContain("diragukan");
      // The province filter narrows both tables and stays in the URL.
      await page.selectOption("#rank-prov", "bali");
      await expect.poll(() => new URL(page.url()).searchParams.get("prov")).toBe("bali");
      const provinces = await page
        .locator("table.rank-table tbody tr:not([hidden])")
        .evaluateAll((rows) => [...new Set(rows.map((r) => (r as HTMLElement).dataset.prov))]);
      expect(provinces).toEqual(["bali"]);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  test("in English, with the series page linking to it and the other years listed", async () => {
    await onPage(browser, async (page) => {
      await page.goto(`${baseUrl}/en/indicators/persalinan_non_faskes/`);
      await page.locator('a[href="/en/rankings/indicators/persalinan_non_faskes/"]').click();
      await page.waitForURL(/\/en\/rankings\/indicators\/persalinan_non_faskes\/$/);
      expect(await page.locator("h1").textContent()).toMatch(/^Regency and city ranking: Births outside/);
      // Small-sample 0.0 and 100.0 are never ranked: they are apart, saying why.
      expect(await page.locator("#rank-apart tbody").textContent()).toContain("small sample");
      await page.locator('nav a[href="/en/rankings/indicators/persalinan_non_faskes/2024/"]').click();
      await page.waitForURL(/\/2024\/$/);
      expect(await page.locator("#rank-table caption").textContent()).toContain("2024");
      // The year's kab/kota distribution is drawn here, above its ranking, with its data table.
      const figure = page.locator("figure#dist-kabkota");
      expect(await figure.locator("svg.kla-chart[role=img]").count()).toBe(1);
      expect(await figure.locator("figcaption h2").textContent()).toContain("2024");
      expect(await figure.locator("details table").count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

describe("the cluster III ranking", () => {
  test("one ranked table per set of indicators, each row with its coverage, the rule on the page", async () => {
    await onPage(browser, async (page) => {
      await page.goto(`${baseUrl}/peringkat/klaster-iii/`);
      expect(await page.locator("section:has(table.rank-table) > h2").count()).toBeGreaterThan(1);
      // Most indicators first; every row of a group shows the group's coverage, and ranks restart at 1 per group.
      const groups = await page.locator("section:has(table.rank-table)").all();
      let previous = Infinity;
      for (const group of groups) {
        const n = numbersIn((await group.locator("h2").textContent()) ?? "")[0]!;
        expect(n).toBeLessThanOrEqual(previous);
        previous = n;
        const coverage = new Set(await group.locator("tbody tr td:nth-child(4)").allTextContents());
        expect([...coverage]).toEqual([`${n} dari 6`]);
        expect(await group.locator("tbody tr td:first-child").first().textContent()).toBe("1");
      }
      expect(await page.locator(".prose").first().textContent()).toContain("tidak dapat dibandingkan");
      expect(await axeViolations(page)).toEqual([]);
    });
    // axe over ~4,000 table cells takes a while on a busy 2-core machine.
  }, 180_000);
});

describe("the comparison's new indicators", () => {
  test("a kab/kota series with its year, and the cluster score with how many indicators it rests on", async () => {
    await onPage(browser, async (page) => {
      await page.goto(`${baseUrl}/bandingkan/?a=kota-kupang&b=kabupaten-kupang`);
      await expect.poll(() => page.locator("#compare-message").textContent()).toMatch(/Kota Kupang/);
      const headers = await page.locator("#compare-result tbody th").allTextContents();
      expect(headers).toContain("Rumah tangga dengan sanitasi layak, data terbaru");
      const cluster = page.locator("#compare-result tbody tr", { hasText: "Skor III." });
      expect(await cluster.locator("td").first().textContent()).toMatch(/dari 6 indikator, \d{4}/);
    });
  });
});

describe("without JavaScript", () => {
  test("the ranking tables are complete and in rank order", async () => {
    const noJs = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    try {
      const context = await noJs.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/peringkat/indikator/sanitasi_layak_rt/?prov=bali`);
      expect(await page.locator("#rank-filters").isVisible()).toBe(false);
      const ranks = (await page.locator("#rank-table tbody tr td:first-child").allTextContents()).map(Number);
      expect(ranks[0]).toBe(1);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
      expect(await page.locator("#rank-table tbody tr:not([hidden])").count()).toBe(ranks.length);
      await context.close();
    } finally {
      await noJs.close();
    }
  });
});

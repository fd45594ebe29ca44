/**
 * The national pages in a real browser (docs/JOURNEYS.md 1.1, 1.2, 2.3 and 5.1): the home page in both languages with
 * its charts and sources, the rankings filter and sort (including ?q= from the home search box), and the comparison
 * that keeps its state in the URL. Every page: no console error (which includes a CSP violation), no axe violation, no
 * sideways scrolling on a phone. Without JavaScript the rankings table is complete and the comparison shows its
 * example.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations, CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser, onPage } from "./browser.ts";
import { chromium } from "playwright-core";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function noSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Open every <details> so axe also checks the data tables behind them. */
async function openDetails(page: Page): Promise<void> {
  await page.locator("details").evaluateAll((els) => els.forEach((el) => el.setAttribute("open", "")));
}

const visibleRows = (page: Page) => page.locator("#rank-table tbody tr:not([hidden])");

describe("home page", () => {
  const homes = [
    {
      path: "/",
      lang: "id",
      headline: /dari 514 kabupaten\/kota/,
      never: /Belum satu pun .* KLA/,
      rankings: "/peringkat/",
    },
    {
      path: "/en/",
      lang: "en",
      headline: /of Indonesia's 514 regencies and cities/,
      never: /No regency or city has ever reached the top predikat, KLA/,
      rankings: "/en/rankings/",
    },
  ];
  for (const home of homes) {
    for (const viewport of [PHONE, DESKTOP]) {
      test(`${home.path} at ${viewport.width} px: the national picture, charts with sources, clean and accessible`, async () => {
        await onPage(
          browser,
          async (page) => {
            const response = await page.goto(baseUrl + home.path);
            expect(response?.status()).toBe(200);
            expect(await page.getAttribute("html", "lang")).toBe(home.lang);
            expect(await page.title()).toMatch(/Atlas Kota Layak Anak/);
            expect(await page.getAttribute('meta[name="description"]', "content")).toMatch(/514/);
            const h1 = page.locator("h1");
            expect(await h1.count()).toBe(1);
            expect(await h1.textContent()).toMatch(home.headline);
            // Journey 1.1: the count, the tiers and "never KLA" are in the first screen on a phone.
            const facts = page.locator(".overview-facts strong");
            await expect.poll(() => facts.textContent()).toMatch(home.never);
            if (viewport === PHONE) {
              const box = await facts.boundingBox();
              expect((box?.y ?? 9999) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
            }
            // Charts: rounds, coverage, tile map — each a described SVG with a source and a data table.
            const figures = page.locator("figure.chart");
            expect(await figures.count()).toBeGreaterThanOrEqual(3);
            expect(await page.locator("figure.chart svg.kla-chart[role=img]").count()).toBe(await figures.count());
            for (let i = 0; i < (await figures.count()); i++) {
              const figure = figures.nth(i);
              expect(await figure.locator(".chart__source a").count()).toBeGreaterThan(0);
              expect(await figure.locator("details table").count()).toBe(1);
            }
            // Every link out of the hero and the tables goes somewhere (no empty href).
            expect(await page.locator("main a:not([href]), main a[href='']").count()).toBe(0);
            await openDetails(page);
            expect(await axeViolations(page)).toEqual([]);
            await noSidewaysScroll(page);
          },
          viewport,
        );
      });
    }

    test(`${home.path}: the search box lands on the rankings filtered by the name`, async () => {
      await onPage(browser, async (page) => {
        await page.goto(baseUrl + home.path);
        // A navigation aborts the favicon if it is still loading, which the harness records as a failed request.
        await page.waitForLoadState("networkidle");
        await page.fill("#overview-q", "Kupang");
        await Promise.all([
          page.waitForURL((url) => url.pathname === home.rankings),
          page.press("#overview-q", "Enter"),
        ]);
        expect(new URL(page.url()).searchParams.get("q")).toBe("Kupang");
        await expect.poll(() => visibleRows(page).count()).toBe(2);
      });
    });
  }
});

describe("rankings", () => {
  test("the full table is in the HTML; filtering by province shows only its rows, and the URL keeps the filter", async () => {
    await onPage(browser, async (page) => {
      await page.goto(`${baseUrl}/peringkat/`);
      expect(await page.locator("#rank-table tbody tr").count()).toBe(514);
      await expect
        .poll(() => page.locator("#rank-count").textContent())
        .toBe("Menampilkan 514 dari 514 kabupaten/kota");
      await page.selectOption("#rank-prov", "nusa-tenggara-timur");
      await expect.poll(() => page.locator("#rank-count").textContent()).toBe("Menampilkan 22 dari 514 kabupaten/kota");
      const provinces = await visibleRows(page).evaluateAll((rows) => [
        ...new Set(rows.map((r) => (r as HTMLElement).dataset.prov)),
      ]);
      expect(provinces).toEqual(["nusa-tenggara-timur"]);
      expect(await visibleRows(page).count()).toBe(22);
      expect(new URL(page.url()).searchParams.get("prov")).toBe("nusa-tenggara-timur");
      // Type and status filters narrow further; the count follows.
      await page.selectOption("#rank-type", "kota");
      await expect.poll(() => visibleRows(page).count()).toBe(1);
      expect(await visibleRows(page).locator("th").textContent()).toBe("Kota Kupang");
      await page.selectOption("#rank-type", "");
      await page.selectOption("#rank-status", "unknown");
      const statuses = await visibleRows(page).evaluateAll((rows) => [
        ...new Set(rows.map((r) => (r as HTMLElement).dataset.status)),
      ]);
      expect(statuses).toEqual(["unknown"]);
      // Reload: the filters come back from the URL. (Let the favicon finish first: a reload aborts it, as an error.)
      await page.waitForLoadState("networkidle");
      await page.reload();
      await expect.poll(() => page.inputValue("#rank-prov")).toBe("nusa-tenggara-timur");
      expect(await page.inputValue("#rank-status")).toBe("unknown");
      expect(await axeViolations(page)).toEqual([]);
      await noSidewaysScroll(page);
    });
  });

  for (const path of ["/peringkat/", "/en/rankings/"]) {
    test(`${path}?q=kupang shows Kabupaten Kupang and Kota Kupang, told apart`, async () => {
      await onPage(browser, async (page) => {
        await page.goto(`${baseUrl}${path}?q=kupang`);
        await expect.poll(() => visibleRows(page).count()).toBe(2);
        expect(await page.inputValue("#rank-q")).toBe("kupang");
        const rows = await visibleRows(page).evaluateAll((trs) =>
          trs.map((tr) => ({
            name: tr.querySelector("th")?.textContent,
            href: tr.querySelector("th a")?.getAttribute("href"),
            type: (tr as HTMLElement).dataset.type,
          })),
        );
        const prefix = path.startsWith("/en/") ? "/en/places/" : "/daerah/";
        expect(rows).toEqual([
          { name: "Kabupaten Kupang", href: `${prefix}kabupaten-kupang/`, type: "kabupaten" },
          { name: "Kota Kupang", href: `${prefix}kota-kupang/`, type: "kota" },
        ]);
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }

  test("sorting by predikat puts the highest first and says so with aria-sort", async () => {
    await onPage(
      browser,
      async (page) => {
        await page.goto(`${baseUrl}/peringkat/`);
        const header = page.locator("#rank-table thead th").nth(1);
        await header.locator("button").click();
        expect(await header.getAttribute("aria-sort")).toBe("descending");
        expect(await page.locator("#rank-table tbody tr").first().getAttribute("data-status")).toBe("Utama");
        expect(await page.locator("#rank-table tbody tr").last().getAttribute("data-status")).toBe("unknown");
        await header.locator("button").click();
        expect(await header.getAttribute("aria-sort")).toBe("ascending");
        expect(await page.locator("#rank-table tbody tr").first().getAttribute("data-status")).toBe("unknown");
        expect(await axeViolations(page)).toEqual([]);
      },
      DESKTOP,
    );
  });

  test("an earlier round has its own page, linked from the round list", async () => {
    await onPage(browser, async (page) => {
      await page.goto(`${baseUrl}/peringkat/`);
      await page.waitForLoadState("networkidle");
      await Promise.all([
        page.waitForURL(`${baseUrl}/peringkat/2023/`),
        page.click(".rank-rounds a[href='/peringkat/2023/']"),
      ]);
      expect(await page.locator("h1").textContent()).toMatch(/2023/);
      expect(await page.locator("#rank-table tbody tr").count()).toBe(514);
      expect(await page.getAttribute(".rank-rounds a[aria-current=page]", "href")).toBe("/peringkat/2023/");
    });
  });
});

describe("comparison", () => {
  const names = (page: Page) => page.locator("#compare-result thead th a").allTextContents();

  test("the choice lives in the URL: open a shared link, change a place, reload", async () => {
    await onPage(browser, async (page) => {
      await page.goto(`${baseUrl}/bandingkan/?a=kota-bogor&b=kota-depok&c=kabupaten-bogor`);
      await expect.poll(() => page.locator("#compare-message").textContent()).toMatch(/Kota Bogor/);
      expect(await names(page)).toEqual(["Kota Bogor", "Kota Depok", "Kabupaten Bogor"]);
      expect(await page.locator("#compare-title").textContent()).toBe("Hasil perbandingan");

      await page.selectOption("#compare-c", { label: "Kota Kupang" });
      await expect.poll(() => new URL(page.url()).searchParams.get("c")).toBe("kota-kupang");
      expect(new URL(page.url()).searchParams.get("a")).toBe("kota-bogor");
      expect(await names(page)).toEqual(["Kota Bogor", "Kota Depok", "Kota Kupang"]);

      await page.waitForLoadState("networkidle");
      await page.reload();
      await expect.poll(() => names(page)).toEqual(["Kota Bogor", "Kota Depok", "Kota Kupang"]);
      expect(await page.inputValue("#compare-c")).toBe("Kota Kupang");

      // A fourth place, then back to three.
      await page.selectOption("#compare-d", { label: "Kabupaten Kupang" });
      await expect.poll(() => names(page)).toEqual(["Kota Bogor", "Kota Depok", "Kota Kupang", "Kabupaten Kupang"]);
      await page.selectOption("#compare-d", "");
      await expect.poll(() => new URL(page.url()).searchParams.has("d")).toBe(false);

      // Each column links to the place's page; each row is a round or the stunting figure, with sources.
      expect(await page.locator("#compare-result thead th a").first().getAttribute("href")).toBe("/daerah/kota-bogor/");
      expect(await page.locator("#compare-result tbody tr").count()).toBeGreaterThanOrEqual(5);
      expect(await page.locator("#compare-result a.cell-source").count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await noSidewaysScroll(page);
    });
  });

  test("in English, and an unknown slug is reported rather than silently dropped", async () => {
    await onPage(
      browser,
      async (page) => {
        await page.goto(`${baseUrl}/en/compare/?a=kota-kupang&b=tidak-ada&c=kabupaten-kupang`);
        await expect.poll(() => names(page)).toEqual(["Kota Kupang", "Kabupaten Kupang"]);
        expect(await page.locator("#compare-message").textContent()).toMatch(/tidak-ada/);
        expect(await page.locator("#compare-result thead th a").first().getAttribute("href")).toBe(
          "/en/places/kota-kupang/",
        );
        expect(await axeViolations(page)).toEqual([]);
      },
      DESKTOP,
    );
  });
});

describe("without JavaScript", () => {
  test("the rankings table is complete and the comparison shows its example", async () => {
    const noJs = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    try {
      const context = await noJs.newContext({ viewport: PHONE, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/peringkat/?q=kupang`);
      expect(await page.locator("#rank-table tbody tr:not([hidden])").count()).toBe(514);
      expect(await page.locator("#rank-filters").isVisible()).toBe(false);
      await page.goto(`${baseUrl}/bandingkan/?a=kota-kupang&b=kabupaten-kupang`);
      expect(await page.locator("#compare-result thead th a").allTextContents()).toEqual([
        "Kota Bogor",
        "Kota Depok",
        "Kabupaten Bogor",
      ]);
      expect(await page.locator("#compare-title").textContent()).toBe("Contoh perbandingan");
      await context.close();
    } finally {
      await noJs.close();
    }
  });
});

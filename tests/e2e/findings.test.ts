/**
 * The Findings section in a real browser (journey: a journalist looking for the story across places): both
 * languages load without JavaScript errors and pass axe; each finding is an anchored section whose chart is an
 * svg role="img" with its data table; a place a finding names links back to it from its profile; a finding's
 * embed page works on its own.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations, launchBrowser, onPage } from "./browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("findings", () => {
  for (const path of ["/temuan/", "/en/findings/"]) {
    test(`${path}: every finding has its chart, table, population and caveats, axe-clean`, async () => {
      await onPage(browser, async (page) => {
        expect((await page.goto(baseUrl + path))?.status()).toBe(200);
        const sections = page.locator("section.finding");
        expect(await sections.count()).toBeGreaterThanOrEqual(5);
        const first = sections.first();
        expect(await first.getAttribute("id")).toMatch(/^temuan-/);
        expect(await first.locator('svg[role="img"]').count()).toBe(1);
        expect(await first.locator("figure table tbody tr").count()).toBeGreaterThan(0);
        expect(await first.locator("ul.prose li").count()).toBeGreaterThan(0);
        expect(await first.locator('a[href$=".csv"]').count()).toBeGreaterThan(0);
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }

  test("a place a finding names links to it, and the link lands on the finding", async () => {
    await onPage(browser, async (page) => {
      await page.goto(`${baseUrl}/en/findings/`);
      const named = page.locator("ul.finding__named a").first();
      const href = await named.getAttribute("href");
      expect(href).toMatch(/^\/en\/places\//);
      await page.goto(baseUrl + href!);
      const link = page.locator("p.appears-in a").first();
      const target = await link.getAttribute("href");
      expect(target).toMatch(/^\/en\/findings\/#temuan-/);
      await link.click();
      expect(await page.locator(`section${target!.slice(target!.indexOf("#"))}`).count()).toBe(1);
    });
  });

  test("a finding's embed page shows the chart on its own", async () => {
    await onPage(browser, async (page) => {
      expect((await page.goto(`${baseUrl}/embed/temuan-perda-predikat/`))?.status()).toBe(200);
      expect(await page.locator('svg[role="img"]').count()).toBe(1);
      expect(await page.locator("table").count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

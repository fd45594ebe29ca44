/**
 * Search in a real browser: names people use find their place ("Solo" → Kota Surakarta, "Tangsel" → Kota
 * Tangerang Selatan), a shared name finds both the kabupaten and the kota, in both languages, with no console error
 * (which would include a Content-Security-Policy violation) and no axe violation.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations, launchBrowser, openPage } from "./browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function search(path: string, q: string): Promise<string[]> {
  const { page, errors, close } = await openPage(browser);
  try {
    await page.goto(`${baseUrl}${path}?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() =>
      (document.getElementById("search-status")?.textContent ?? "").match(/\d|Tidak ada|No results/),
    );
    const titles = await page.locator("#search-results li > a").allTextContents();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    return titles;
  } finally {
    await close();
  }
}

describe("search", () => {
  test("an alias finds its place: Solo → Kota Surakarta", async () => {
    // "Solo" is also a prefix of "Solok": the place people call Solo must still come first.
    expect((await search("/cari/", "Solo"))[0]).toMatch(/^Kota Surakarta/);
  });
  test("Tangsel → Kota Tangerang Selatan (English index)", async () => {
    expect((await search("/en/search/", "Tangsel")).slice(0, 3).some((t) => t.includes("Kota Tangerang Selatan"))).toBe(
      true,
    );
  });
  test("a spelling a source printed finds its place: Panajam → Kabupaten Penajam Paser Utara", async () => {
    expect((await search("/cari/", "Panajam"))[0]).toMatch(/^Kabupaten Penajam Paser Utara/);
  });
  test("Kupang finds both Kabupaten Kupang and Kota Kupang, told apart", async () => {
    const titles = await search("/cari/", "Kupang");
    expect(titles.some((t) => t.startsWith("Kabupaten Kupang"))).toBe(true);
    expect(titles.some((t) => t.startsWith("Kota Kupang"))).toBe(true);
  });
});

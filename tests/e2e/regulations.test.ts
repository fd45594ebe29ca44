/**
 * The regulation sections in a real browser: a place with a Perda on KLA, one a source says has none, one unknown, a
 * province and the data page, in both languages — each with its source links, axe-clean, and readable without JS.
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

// Real places, one per state, each with a single statement so far. When a new row changes one's state (Kota Malang
// and Gunungkidul got their Perda in release 2026.12.1), pick another place in that state from regulations.csv.
const cases = [
  {
    path: "/daerah/kota-yogyakarta/",
    lead: "memiliki Perda tentang Kabupaten/Kota Layak Anak: Perda Nomor 1 Tahun 2016",
    rows: 1,
    send: false,
  },
  {
    path: "/en/places/kota-bandung/",
    lead: "A source says Kota Bandung had no Perda on KLA as of 2022.",
    rows: 1,
    send: true,
  },
  {
    path: "/daerah/kabupaten-aceh-besar/",
    lead: "Tidak diketahui — kami belum menemukan sumbernya.",
    rows: 0,
    send: true,
  },
  {
    path: "/en/places/kabupaten-lumajang/",
    lead: "Only Perbup (regent's regulation) No. 33 of 2020",
    rows: 1,
    send: true,
  },
] as const;

describe("regulation on the place pages", () => {
  for (const c of cases) {
    test(`${c.path}: the state, its history with sources, a way to send one`, async () => {
      await onPage(browser, async (page) => {
        expect((await page.goto(baseUrl + c.path))?.status()).toBe(200);
        const section = page.locator("section#perda");
        expect(await section.locator(".lead").textContent()).toContain(c.lead);
        expect(await section.locator("table.regulations tbody tr").count()).toBe(c.rows);
        for (const href of await section
          .locator("table.regulations td a")
          .evaluateAll((as) => as.map((a) => a.getAttribute("href"))))
          expect(href).toMatch(/^https?:\/\//);
        if (c.rows > 0) expect(await section.locator(".lead a").getAttribute("href")).toMatch(/^https?:\/\//);
        // Where no Perda is known, the section says how to send a source (Aceh's example row is a Qanun).
        expect(await section.locator('a[href="#koreksi"]').count()).toBe(c.send ? 1 : 0);
        if (c.path.includes("aceh"))
          expect(await section.locator("pre.csv-example").textContent()).toContain(
            "Kabupaten Aceh Besar,Aceh,enacted,qanun,kla,",
          );
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }
});

describe("regulation on the province and data pages", () => {
  test("a province: counts that add up to its kab/kota, a list with sources, the unknown named", async () => {
    await onPage(browser, async (page) => {
      await page.goto(`${baseUrl}/provinsi/jawa-timur/`);
      const section = page.locator("section#perda");
      expect(await section.locator(".lead").textContent()).toMatch(
        /^Dari 38 kabupaten\/kota di Jawa Timur, \d+ diketahui memiliki Perda/,
      );
      const counts = (await section.locator("table").first().locator("td.num").allTextContents()).map(Number);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(38);
      expect(await section.locator("table.regulations tbody tr").count()).toBeGreaterThan(0);
      expect(await section.locator('table.regulations th a[href^="/daerah/"]').count()).toBe(
        await section.locator("table.regulations tbody tr").count(),
      );
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  test("the data page gives the national count with its download, without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/en/data/`);
      const section = page.locator("section#perda");
      expect(await section.textContent()).toMatch(/Nationally, \d+ of 514 regencies\/cities are known to have a Perda/);
      const href = await section.locator('a[href$="/data/regulations.csv"]').getAttribute("href");
      const csv = await (await page.request.get(baseUrl + href)).text();
      expect(csv.split("\n")[0]).toBe(
        "place_code,place_name,province_code,status,kind,number,year,title,source_url,topic,name_as_published,note,evidence,conflict",
      );
    } finally {
      await context.close();
    }
  });
});

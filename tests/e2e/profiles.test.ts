/**
 * Place and province profiles in a real browser (docs/JOURNEYS.md 1, 2 and 6): Kota Kupang, Kota Bogor and one
 * province, in both languages, on a phone. Each loads without console errors, shows its charts, passes axe (with every
 * data table opened), has a non-empty source list whose anchors resolve, shows unknown rounds as unknown, fits the
 * screen, and needs no JavaScript. Kabupaten Kupang and Kota Kupang must be impossible to confuse.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations, launchBrowser, onPage } from "./browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

/** Rounds the artefact the site was built from holds a record for, per place code: every other round on a place's
 * page must read "unknown". Read from the build, not written here, so a new source does not break the test. */
const artefact = JSON.parse(readFileSync("data/build/site.json", "utf8")) as {
  places: { code: string; name: string }[];
  awards: { placeCode: string; year: number }[];
};
const recordYears = (name: string) => {
  const code = artefact.places.find((pl) => pl.name === name)!.code;
  return artefact.awards.filter((a) => a.placeCode === code).map((a) => String(a.year));
};

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const UNKNOWN = { id: "Tidak diketahui", en: "Unknown" } as const;

const pages = [
  { path: "/daerah/kota-kupang/", lang: "id", name: "Kota Kupang", kind: "place" },
  { path: "/en/places/kota-kupang/", lang: "en", name: "Kota Kupang", kind: "place" },
  { path: "/daerah/kota-bogor/", lang: "id", name: "Kota Bogor", kind: "place" },
  { path: "/en/places/kota-bogor/", lang: "en", name: "Kota Bogor", kind: "place" },
  { path: "/provinsi/nusa-tenggara-timur/", lang: "id", name: "Nusa Tenggara Timur", kind: "province" },
  { path: "/en/provinces/nusa-tenggara-timur/", lang: "en", name: "Nusa Tenggara Timur", kind: "province" },
] as const;

/** Every in-page link to a source (#src-n) must land on an item of the source list. */
async function brokenSourceLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#src-"]')]
      .map((a) => a.getAttribute("href")!.slice(1))
      .filter((id) => document.getElementById(id)?.closest("ol.sources") == null),
  );
}

describe("profile pages", () => {
  for (const p of pages) {
    test(`${p.path}: clean, accessible, charts, sources, unknown shown as unknown`, async () => {
      await onPage(browser, async (page) => {
        const response = await page.goto(baseUrl + p.path);
        expect(response?.status()).toBe(200);
        expect(await page.getAttribute("html", "lang")).toBe(p.lang);
        expect(await page.locator("main h1").textContent()).toBe(p.name);
        expect(await page.title()).toContain(p.name);
        expect((await page.getAttribute('meta[name="description"]', "content"))?.length ?? 0).toBeGreaterThan(50);
        // Shared on social media, the link shows this place's or province's own card (docs/JOURNEYS.md 5.2): a
        // 1200×630 PNG.
        const card = (await page.getAttribute('meta[property="og:image"]', "content"))!;
        const slug = p.path.split("/").filter(Boolean).at(-1)!;
        expect(new URL(card).pathname).toBe(`/kartu/${p.kind === "place" ? "daerah" : "provinsi"}/${slug}.png`);
        expect(await page.getAttribute('meta[name="twitter:image"]', "content")).toBe(card);
        const png = await page.request.get(`${baseUrl}${new URL(card).pathname}`);
        expect([png.status(), png.headers()["content-type"]]).toEqual([200, "image/png"]);
        const head = await png.body();
        expect([head.readUInt32BE(16), head.readUInt32BE(20)]).toEqual([1200, 630]);

        // Charts: every one an SVG with role=img inside its figure, with a text description.
        const charts = page.locator("figure.chart svg.kla-chart[role=img]");
        expect(await charts.count()).toBeGreaterThanOrEqual(p.kind === "place" ? 3 : 2);
        expect(await page.locator("figure.chart .chart__description[id]").count()).toBe(
          await page.locator("figure.chart").count(),
        );
        // No figure without its source line.
        expect(await page.locator("figure.chart .chart__source a").count()).toBeGreaterThanOrEqual(
          await page.locator("figure.chart").count(),
        );

        // Sources: a non-empty numbered list, and every reference to it resolves.
        expect(await page.locator("#sumber ol.sources li").count()).toBeGreaterThan(0);
        expect(await brokenSourceLinks(page)).toEqual([]);

        // Unknown is shown as unknown, never as "not awarded".
        if (p.kind === "place") {
          const rows = page.locator("table.rounds tbody tr");
          const unknownRows = page.locator("table.rounds tbody tr:has(.st--unknown)");
          expect(await unknownRows.count()).toBeGreaterThan(0);
          for (const text of await unknownRows.locator(".st--unknown").allTextContents())
            expect(text).toBe(UNKNOWN[p.lang]);
          // Exactly the rounds with no record are unknown; a round with a record never reads "unknown".
          const shownYears = await rows.locator("th[scope=row]").allTextContents();
          const unknownYears = await unknownRows.locator("th[scope=row]").allTextContents();
          const known = recordYears(p.name);
          expect(unknownYears).toEqual(shownYears.filter((y) => !known.includes(y)));
          expect(await page.locator("#koreksi pre.csv-example").textContent()).toContain(`,${p.name},`);
        } else {
          expect(await page.locator("table.grid tbody tr").count()).toBeGreaterThanOrEqual(22);
          expect(await page.locator("table.grid .st--unknown").count()).toBeGreaterThan(0);
        }
        expect(await page.locator("pre.citation").textContent()).toContain(p.name);

        // Every data table open, then axe (WCAG 2.1 A/AA).
        await page.locator("details").evaluateAll((els) => els.forEach((el) => el.setAttribute("open", "")));
        expect(await axeViolations(page)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    });
  }

  test("Kabupaten Kupang and Kota Kupang are told apart and point to each other", async () => {
    await onPage(browser, async (page) => {
      await page.goto(`${baseUrl}/daerah/kabupaten-kupang/`);
      const kabTitle = await page.title();
      expect(await page.locator("main h1").textContent()).toBe("Kabupaten Kupang");
      expect(await page.locator(".kicker").textContent()).toContain("Kabupaten");
      await page.click('.namesake a:has-text("Kota Kupang")');
      await page.waitForURL(`${baseUrl}/daerah/kota-kupang/`);
      const kotaTitle = await page.title();
      expect(await page.locator("main h1").textContent()).toBe("Kota Kupang");
      expect(kabTitle).toMatch(/^Kabupaten Kupang\b/);
      expect(kotaTitle).toMatch(/^Kota Kupang\b/);
      expect(kabTitle).not.toBe(kotaTitle);
      expect(await page.locator('.namesake a[href$="/daerah/kabupaten-kupang/"]').count()).toBe(1);
    });
  });

  test("a round where sources disagree lists every claim with its source; an inferred round gives its basis", async () => {
    await onPage(browser, async (page) => {
      // Kabupaten Pesawaran, 2023: one source says Madya, a later one implies Nindya (data/raw/awards/counterclaims.csv).
      await page.goto(`${baseUrl}/daerah/kabupaten-pesawaran/`);
      const conflict = page.locator("table.rounds tr.has-note:has(.st--conflict)");
      expect(await conflict.count()).toBeGreaterThan(0);
      const claims = page.locator("table.rounds tr.rounds__noterow li");
      expect(await claims.count()).toBeGreaterThanOrEqual(2);
      for (const claim of await claims.all()) expect(await claim.locator('a[href^="#src-"]').count()).toBe(1);
      expect(await page.locator("table.rounds td.rounds__note:has-text('Disimpulkan')").count()).toBeGreaterThan(0);
      expect(await brokenSourceLinks(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  test("readable without JavaScript, on a desktop too; the language switch keeps the place", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/daerah/kota-bogor/`);
      // The only script is the share block's enhancement (copy buttons, a PNG drawn in the browser), from a file.
      expect(await page.locator("script:not([src])").count()).toBe(0);
      expect(await page.locator("script[src]").count()).toBeLessThanOrEqual(1);
      expect(await page.locator(".chart-share__copy:visible, .chart-share__png:visible").count()).toBe(0);
      expect(await page.locator("figure#timeline .chart-share a[href$='.svg']").isVisible()).toBe(true);
      expect(await page.locator(".verdict").textContent()).toContain("Nindya");
      expect(await page.locator("figure#timeline svg[role=img]").isVisible()).toBe(true);
      await page.click("a.lang-switch[hreflang=en]");
      await page.waitForURL(`${baseUrl}/en/places/kota-bogor/`);
      expect(await page.locator("main h1").textContent()).toBe("Kota Bogor");
      // The province link leads to the province profile in the same language.
      await page.click(".kicker a");
      await page.waitForURL(`${baseUrl}/en/provinces/jawa-barat/`);
      expect(await page.locator("main h1").textContent()).toBe("Jawa Barat");
    } finally {
      await context.close();
    }
  });
});

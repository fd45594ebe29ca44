/**
 * The indicator, methodology, self-assessment and data pages in real Chromium: every page type in both languages
 * loads without console errors and passes axe; the self-assessment scores an uploaded Excel-style file (`;`,
 * decimal commas, BOM, CRLF) to exactly what scoreAssessment computes in Node for the same file, shows a bad file's
 * problems with their line numbers, updates as the form is typed in, and makes no network request after the page
 * has loaded; without JavaScript the page still explains itself and the form is inert.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations, launchBrowser, onPage, openPage } from "./browser.ts";
import { parseSelfAssessment } from "../../src/method/self-assessment.ts";
import { scoreAssessment, type Method } from "../../src/method/score.ts";

const baseUrl = inject("baseUrl");
const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURES = join(ROOT, "tests/fixtures/e2e");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = [
  { path: "/indikator/", lang: "id", h1: "Indikator" },
  { path: "/en/indicators/", lang: "en", h1: "Indicators" },
  { path: "/indikator/stunting_balita/", lang: "id", h1: "Prevalensi balita stunting" },
  { path: "/en/indicators/stunting_balita/", lang: "en", h1: "Stunting prevalence among children under five" },
  { path: "/indikator/persalinan_non_faskes/", lang: "id", h1: "Persalinan bukan di fasilitas kesehatan" },
  { path: "/metodologi/", lang: "id", h1: "Metodologi" },
  { path: "/en/methodology/", lang: "en", h1: "Methodology" },
  { path: "/simulasi/", lang: "id", h1: "Simulasi penilaian mandiri" },
  { path: "/en/self-assessment/", lang: "en", h1: "Self-assessment" },
  { path: "/data/", lang: "id", h1: "Data" },
  { path: "/en/data/", lang: "en", h1: "Data" },
];

describe("pages", () => {
  for (const { path, lang, h1 } of PAGES) {
    test(`${path} loads cleanly, passes axe and fits a phone`, async () => {
      await onPage(browser, async (page) => {
        const response = await page.goto(baseUrl + path);
        expect(response?.status()).toBe(200);
        expect(await page.getAttribute("html", "lang")).toBe(lang);
        expect((await page.locator("main h1").textContent())?.trim()).toBe(h1);
        expect(await page.locator('meta[name="description"]').getAttribute("content")).toBeTruthy();
        // Every <details> open, so axe also checks the tables folded inside them.
        await page.locator("details").evaluateAll((els) => els.forEach((el) => el.setAttribute("open", "")));
        expect(await axeViolations(page)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        // No inline event handlers anywhere (a later CSP forbids them).
        expect(
          await page.evaluate(() =>
            [...document.querySelectorAll("*")].some((el) => [...el.attributes].some((a) => a.name.startsWith("on"))),
          ),
        ).toBe(false);
      });
    });
  }

  test("an indicator page draws its distributions and links its ranking to place pages", async () => {
    await onPage(
      browser,
      async (page) => {
        await page.goto(`${baseUrl}/indikator/stunting_balita/`);
        expect(await page.locator("figure#dist-province svg.kla-chart[role=img]").count()).toBe(1);
        expect(await page.locator("figure#dist-kabkota svg.kla-chart[role=img]").count()).toBe(1);
        expect(await page.locator('table.rank-table a[href^="/provinsi/"]').count()).toBeGreaterThan(10);
        expect(await page.locator('table.rank-table a[href^="/daerah/"]').count()).toBeGreaterThan(100);
        expect(await page.locator("table.rank-table .flag").count()).toBeGreaterThan(0);
        // The other kab/kota years are links to their ranking pages (which draw each year's chart), not 500-row tables.
        const kabkota = page.locator('section[aria-labelledby="dist-kabkota-heading"]');
        expect(await kabkota.locator("table.rank-table").count()).toBe(1);
        for (const year of [2021, 2022, 2023])
          expect(await kabkota.locator(`a[href="/peringkat/indikator/stunting_balita/${year}/"]`).count()).toBe(1);
        // SSGI and the news reports that print other figures: SSGI's copy is named once, a report by its row.
        expect(await kabkota.locator("p", { hasText: "Sebagian besar nilai" }).textContent()).toContain("SSGI 2024");
        expect(await kabkota.locator("table.rank-table th", { hasText: /^Sumber lain$/ }).count()).toBe(1);
        expect(await kabkota.locator("table.rank-table td a[href^='https://']").count()).toBeGreaterThan(0);
        // One source for every value (Susenas via one public copy): named once above the table, no column.
        await page.goto(`${baseUrl}/indikator/persalinan_non_faskes/`);
        const births = page.locator('section[aria-labelledby="dist-kabkota-heading"]');
        expect(await births.locator("table.rank-table th", { hasText: /^Sumber/ }).count()).toBe(0);
        expect(await births.locator("p", { hasText: "dari satu sumber" }).textContent()).toContain(
          "BPS, Susenas 2025, via github.com (514)",
        );
      },
      { width: 1280, height: 800 },
    );
  });
});

/** The method the page carries, checked against the build's own artefact: the browser scores with this one. */
async function pageMethod(page: Page): Promise<Method> {
  const method = JSON.parse((await page.locator("#sa-method").textContent()) ?? "") as Method;
  const built = JSON.parse(readFileSync(join(ROOT, "data/build/site.json"), "utf8")) as { method: Method };
  expect(method).toEqual(built.method);
  return method;
}

/** Every request from the moment the page has loaded (the page's own files are all in by then). */
async function openLoaded(path: string, viewport = { width: 390, height: 844 }) {
  const opened = await openPage(browser, viewport);
  await opened.page.goto(baseUrl + path, { waitUntil: "load" });
  await opened.page.waitForLoadState("networkidle");
  const requests: string[] = [];
  opened.page.on("request", (req) => requests.push(`${req.method()} ${req.url()}`));
  return { ...opened, requests };
}

describe("self-assessment", () => {
  test("an uploaded Excel-style file is scored exactly as in Node, and nothing is sent", async () => {
    const { page, errors, requests, close } = await openLoaded("/simulasi/");
    try {
      const method = await pageMethod(page);
      const file = join(FIXTURES, "self-assessment-lengkap.csv");
      const expected = scoreAssessment(method, parseSelfAssessment("x.csv", readFileSync(file, "utf8"), method).values);
      expect(expected.total).not.toBeNull();

      await page.setInputFiles("#sa-file", file);
      await page.waitForFunction(() => document.querySelector("#sa-total")?.getAttribute("data-total") !== "");
      expect(Number(await page.getAttribute("#sa-total", "data-total"))).toBe(expected.total);
      expect(await page.getAttribute("#sa-predikat", "data-predikat")).toBe(expected.predikat);
      const shown = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        expected.total!,
      );
      expect(await page.textContent("#sa-total")).toContain(shown);
      expect(await page.textContent("#sa-predikat")).toContain(expected.predikat!);
      expect(await page.textContent("#sa-next")).toMatch(/poin lagi untuk (Pratama|Madya|Nindya|Utama|KLA)\.$/);
      // Cluster bars, the costliest indicators, and the values now in the form (decimal comma kept).
      expect(await page.locator("#sa-clusters li").count()).toBe(method.clusters.length);
      expect(await page.locator("#sa-costly li").count()).toBeGreaterThan(0);
      expect(await page.inputValue("#sa-KLA-III-12")).toBe("21,6");
      expect(await page.isChecked('input[name="KLA-K-03"][value="tidak"]')).toBe(true);
      expect(await page.textContent("#sa-status")).toContain("self-assessment-lengkap.csv");

      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await close();
    }
  });

  test("a bad file shows each problem with its line number, in Indonesian", async () => {
    const { page, errors, requests, close } = await openLoaded("/simulasi/");
    try {
      await page.setInputFiles("#sa-file", join(FIXTURES, "self-assessment-salah.csv"));
      await page.waitForSelector("#sa-errors:not([hidden])");
      const lines = await page.locator("#sa-errors-list li").allTextContents();
      expect(lines).toEqual([
        'Baris 5: nilai KLA-II-07 "12,5,1" bukan angka; isi persen 0–100, misalnya 87,5',
        'Baris 6: nilai KLA-K-02 "mungkin" bukan ya atau tidak; isi ya, tidak, yes, no, 1, atau 0',
      ]);
      expect(await page.textContent("#sa-errors h3")).toContain("self-assessment-salah.csv");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("sa-errors");
      // Nothing from a bad file is scored.
      expect(await page.isHidden("#sa-output")).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await close();
    }
  });

  test("typing into the form updates the result at once, in English too", async () => {
    const { page, errors, requests, close } = await openLoaded("/en/self-assessment/", { width: 1280, height: 800 });
    try {
      const method = await pageMethod(page);
      expect(await page.isHidden("#sa-output")).toBe(true);

      await page.fill("#sa-KLA-III-12", "22,4");
      await page.waitForSelector("#sa-output:not([hidden])");
      const values = new Map<string, number | boolean>([["KLA-III-12", 22.4]]);
      let expected = scoreAssessment(method, values);
      const clusterIII = expected.clusters.find((c) => c.id === "III")!;
      expect(await page.locator("#sa-clusters li").nth(3).textContent()).toContain(
        `${clusterIII.score!.toFixed(2)} of ${clusterIII.max.toFixed(2)}`,
      );
      expect(await page.getAttribute("#sa-total", "data-total")).toBe("");
      expect(await page.textContent("#sa-incomplete")).toContain("Still empty: 23");

      await page.check('input[name="KLA-K-01"][value="yes"]');
      values.set("KLA-K-01", true);
      expected = scoreAssessment(method, values);
      expect(await page.textContent("#sa-incomplete")).toContain("Still empty: 22");
      expect(await page.textContent("#sa-incomplete")).toContain(
        `${expected.clusters.reduce((n, c) => n + (c.score ?? 0), 0).toFixed(2)} of`,
      );

      // A wrong value is flagged at the field and left out of the score.
      await page.fill("#sa-KLA-I-04", "120");
      expect(await page.getAttribute("#sa-KLA-I-04", "aria-invalid")).toBe("true");
      expect(await page.textContent("#sa-KLA-I-04-error")).toContain("out of range");
      expect(await page.textContent("#sa-incomplete")).toContain("Still empty: 22");

      // Filling every indicator gives a total and a band equal to Node's.
      await page.fill("#sa-KLA-I-04", "");
      for (const ind of method.indicators) {
        if (ind.kind === "percent") {
          await page.fill(`#sa-${ind.id}`, "75.5");
          values.set(ind.id, 75.5);
        } else {
          await page.check(`input[name="${ind.id}"][value="yes"]`);
          values.set(ind.id, true);
        }
      }
      expected = scoreAssessment(method, values);
      expect(Number(await page.getAttribute("#sa-total", "data-total"))).toBe(expected.total);
      expect(await page.getAttribute("#sa-predikat", "data-predikat")).toBe(expected.predikat ?? "");

      await page.click('button[type="reset"]');
      await page.waitForSelector("#sa-output", { state: "hidden" });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await close();
    }
  });

  test("without JavaScript the page explains itself, offers the template and the CLI, and the form is inert", async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: "id-ID",
      javaScriptEnabled: false,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/simulasi/`);
      expect(await page.getAttribute("#sa-fields", "disabled")).not.toBeNull();
      expect(await page.locator("#sa-KLA-I-04").isDisabled()).toBe(true);
      expect(await page.locator('input[name="KLA-K-01"][value="ya"]').isDisabled()).toBe(true);
      expect(await page.locator("#sa-file").isDisabled()).toBe(true);
      expect(await page.locator(".sa-nojs").isVisible()).toBe(true);
      expect(await page.textContent("main")).toContain("npm run -s score -- ");
      expect(await page.getAttribute('a[href$="/simulasi/template.csv"]', "href")).toBe("/simulasi/template.csv");
      // axe cannot run in a page without JavaScript; the same markup is checked with JavaScript above.
    } finally {
      await context.close();
    }
  });

  test("the templates have the 24 indicators, value empty, in each language", async () => {
    for (const [path, name] of [
      ["/simulasi/template.csv", "Prevalensi status gizi balita"],
      ["/en/self-assessment/template.csv", "Prevalence of under-five nutritional problems"],
    ]) {
      const res = await fetch(baseUrl + path);
      expect(res.status).toBe(200);
      const lines = (await res.text()).trimEnd().split("\n");
      expect(lines[0]).toBe("indicator_id,cluster,indicator_name,kind,direction,value");
      expect(lines).toHaveLength(25);
      expect(lines.slice(1).every((l) => l.endsWith(","))).toBe(true);
      expect(lines.find((l) => l.startsWith("KLA-III-12,"))).toContain(name);
    }
  });
});

describe("data page", () => {
  test("every download link on the data page answers, and the codebook is there", async () => {
    await onPage(
      browser,
      async (page) => {
        await page.goto(`${baseUrl}/data/`);
        const hrefs = await page
          .locator(".download h3 a")
          .evaluateAll((els) => els.map((el) => el.getAttribute("href") ?? ""));
        expect(hrefs.length).toBeGreaterThanOrEqual(16);
        hrefs.push(
          ...(await page
            .locator(".download-all a")
            .evaluateAll((els) => els.map((el) => el.getAttribute("href") ?? ""))),
        );
        for (const href of hrefs) expect((await fetch(baseUrl + href)).status, href).toBe(200);
        expect(await page.locator("table.codebook").count()).toBe(hrefs.length - 2);
        expect(await page.textContent("main")).toContain("@misc{atlas_kla_");
        expect(await page.locator("table.coverage-matrix tbody tr").count()).toBeGreaterThanOrEqual(39);
      },
      { width: 1280, height: 800 },
    );
  });
});

/**
 * Charts as objects in a real browser (docs/JOURNEYS.md 5): an embed page fits a phone and a desktop frame without
 * sideways scrolling, passes axe, logs no error, and shows its source, release and a link back; other sites may frame
 * it (live and pinned), and the pinned copy stands on its own stylesheets. Under the home page's rounds chart the share
 * block offers SVG, PNG and CSV files that answer with the right types, and snippets whose URLs resolve. A place
 * chart's PNG is drawn in the browser from its SVG.
 */
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations, launchBrowser, onPage, openPage } from "./browser.ts";

const baseUrl = inject("baseUrl");
/** The origin the build wrote into snippets and links back (astro.config.mjs without SITE_URL). */
const SITE = "http://localhost:4321";
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const local = (url: string) => url.replace(SITE, baseUrl);
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
const pngSize = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

const embeds = [
  {
    path: "/embed/predikat-per-putaran/",
    lang: "id",
    back: "/#predikat-per-putaran",
    release: /rilis data \d{4}\.\d+\.\d+/,
  },
  { path: "/en/embed/peta-predikat/", lang: "en", back: "/en/#peta", release: /data release \d{4}\.\d+\.\d+/ },
  {
    path: "/embed/daerah-kota-kupang-predikat/",
    lang: "id",
    back: "/daerah/kota-kupang/#timeline",
    release: /rilis data/,
  },
];

describe("embed pages", () => {
  for (const embed of embeds) {
    for (const viewport of [
      { width: 320, height: 600 },
      { width: 390, height: 700 },
      { width: 1280, height: 800 },
    ]) {
      test(`${embed.path} at ${viewport.width} px: fits, accessible, sourced, links back`, async () => {
        await onPage(
          browser,
          async (page) => {
            const response = await page.goto(baseUrl + embed.path);
            expect(response?.status()).toBe(200);
            const headers = response?.headers() ?? {};
            expect(headers["x-frame-options"]).toBeUndefined();
            expect(headers["content-security-policy"]).toMatch(/frame-ancestors \*/);
            expect(await page.getAttribute("html", "lang")).toBe(embed.lang);
            expect(await page.getAttribute('meta[name="robots"]', "content")).toBe("noindex");
            // No site chrome and no script: the chart is the document, complete as served.
            expect(await page.locator("header, nav, footer, script").count()).toBe(0);
            expect(await page.locator("h1").count()).toBe(1);
            const svg = page.locator("figure.chart svg.kla-chart[role=img]");
            expect(await svg.count()).toBe(1);
            const described = await svg.getAttribute("aria-describedby");
            expect(await page.locator(`#${described}`).textContent()).toMatch(/\w/);
            // The chart fills the frame but never more: its box fits the viewport.
            const box = await svg.boundingBox();
            expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(viewport.width);
            expect(await page.locator(".chart__source a").count()).toBeGreaterThan(0);
            const credit = page.locator(".embed__credit");
            expect(await credit.textContent()).toMatch(embed.release);
            const back = credit.locator("a");
            expect(await back.getAttribute("href")).toBe(SITE + embed.back);
            expect(await back.getAttribute("target")).toBe("_blank");
            expect(await back.getAttribute("rel")).toBe("noopener");
            await page.locator("details").evaluateAll((els) => els.forEach((el) => el.setAttribute("open", "")));
            expect(await page.locator("details table").count()).toBe(1);
            expect(await axeViolations(page)).toEqual([]);
            expect(await overflow(page)).toBeLessThanOrEqual(0);
          },
          viewport,
        );
      });
    }
  }

  test("another site can frame the live and the pinned embed; the pinned one uses its own copies of the styles", async () => {
    const { page, errors, close } = await openPage(browser, { width: 800, height: 900 });
    try {
      await page.goto(`${baseUrl}/`);
      const pinned = local(
        (await page.locator("#predikat-per-putaran-embed-pinned").inputValue()).match(/src="([^"]+)"/)![1]!,
      );
      expect(pinned).toMatch(/\/v\/\d{4}\.\d+\.\d+\/embed\/predikat-per-putaran\/$/);
      const response = await page.request.get(pinned);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-security-policy"]).toMatch(/frame-ancestors \*/);
      const html = await response.text();
      const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
      expect(styles.length).toBeGreaterThan(0);
      for (const href of styles) {
        expect(href).toMatch(/^\/v\/\d{4}\.\d+\.\d+\/_astro\//);
        expect((await page.request.get(baseUrl + href)).headers()["content-type"]).toMatch(/^text\/css/);
      }
      // A host page on another origin with both frames: a second server of the test's own, on loopback too (Chromium
      // refuses to let a page that is not on the local network frame a loopback server).
      const frames = [`${baseUrl}/embed/predikat-per-putaran/`, pinned];
      // A page that is not an embed, framed too: it must refuse, or the test would prove nothing about origins.
      const refused = `${baseUrl}/tentang/`;
      const body = `<!doctype html><title>r</title>${[...frames, refused].map((src) => `<iframe src="${src}" title="t" width="600" height="700"></iframe>`).join("")}`;
      const host = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html" }).end(body));
      await new Promise<void>((done) => host.listen(0, "127.0.0.1", done));
      try {
        await page.goto(`http://localhost:${(host.address() as AddressInfo).port}/`);
        for (const src of frames) {
          await expect
            .poll(() => page.frame({ url: src })?.locator("h1").textContent())
            .toBe("Predikat KLA per putaran penghargaan");
        }
        expect(page.frame({ url: refused })).toBeNull();
      } finally {
        await new Promise((done) => host.close(done));
      }
      // The errors expected: Chromium reporting the refusal of the page that is not an embed (a console message
      // naming the directive, and the failed request).
      expect(
        errors.filter((e) => !e.includes("/tentang/") && !e.includes(`directive: "frame-ancestors 'self'"`)),
      ).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("share block under a chart", () => {
  test("the home page's rounds chart offers SVG, PNG and CSV that answer with the right types, and working snippets", async () => {
    const { page, errors, close } = await openPage(browser);
    try {
      await page.goto(`${baseUrl}/`);
      const block = page.locator("figure#predikat-per-putaran .chart-share");
      const href = (label: string) => block.locator(`.chart-share__links a:text-is("${label}")`).getAttribute("href");
      const svg = await page.request.get(baseUrl + (await href("SVG")));
      expect(svg.status()).toBe(200);
      expect(svg.headers()["content-type"]).toBe("image/svg+xml");
      const svgText = await svg.text();
      expect(svgText).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="(\d+)"/);
      expect(svgText).toContain("Predikat KLA per putaran penghargaan");
      const pngUrl = baseUrl + (await href("PNG"));
      const png = await page.request.get(pngUrl);
      expect(png.status()).toBe(200);
      expect(png.headers()["content-type"]).toBe("image/png");
      // Twice the SVG's width: a print-quality file.
      expect(pngSize(await png.body()).width).toBe(2 * Number(/width="(\d+)"/.exec(svgText)![1]));
      // Chromium decodes it (src/publish/png-encode.ts writes the PNG, not resvg), to the size its header states.
      const decoded = await page.evaluate(async (url) => {
        const image = new Image();
        image.src = url;
        await image.decode();
        return { width: image.naturalWidth, height: image.naturalHeight };
      }, pngUrl);
      expect(decoded).toEqual(pngSize(await png.body()));
      const csv = await page.request.get(baseUrl + (await href("CSV (tabel)")));
      expect(csv.status()).toBe(200);
      expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      const header = (await csv.text()).split("\n")[0];
      const columns = await page.locator("figure#predikat-per-putaran details thead th").allTextContents();
      expect(header).toBe(columns.join(","));
      expect((await page.request.get(baseUrl + (await href("Halaman sematan")))).status()).toBe(200);

      // Both snippets: an iframe with title, full width, height and lazy loading, and a credit below it.
      for (const key of ["live", "pinned"]) {
        const code = await page.locator(`#predikat-per-putaran-embed-${key}`).inputValue();
        const iframe = code.split("\n")[0]!;
        expect(iframe).toMatch(
          /^<iframe src="[^"]+" title="Predikat KLA per putaran penghargaan" width="100%" height="\d+" loading="lazy"/,
        );
        expect((await page.request.get(local(/src="([^"]+)"/.exec(iframe)![1]!))).status()).toBe(200);
        expect(code).toContain(`<a href="${SITE}/#predikat-per-putaran">`);
      }
      // With JavaScript, a copy button puts the snippet on the clipboard.
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
      await block.locator("summary").click();
      await block.locator('button[data-copy$="-pinned"]').click();
      await expect.poll(() => block.locator(".chart-share__status").textContent()).toBe("Kode tersalin");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("/v/");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test("a place chart has no build-time PNG; the browser draws one from the SVG at twice its size", async () => {
    await onPage(
      browser,
      async (page) => {
        await page.goto(`${baseUrl}/en/places/kota-bogor/`);
        const block = page.locator("figure#timeline .chart-share");
        expect(await block.locator("a[href$='.png']").count()).toBe(0);
        expect(await block.locator(".chart-share__note").textContent()).toContain("The SVG is the print-quality file");
        const svgHref = await block.locator("a[href$='.svg']").getAttribute("href");
        expect(svgHref).toBe("/en/grafik/daerah-kota-bogor-predikat.svg");
        const svgWidth = Number(/width="(\d+)"/.exec(await (await page.request.get(baseUrl + svgHref)).text())![1]);
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          block.locator("button.chart-share__png").click(),
        ]);
        expect(download.suggestedFilename()).toBe("daerah-kota-bogor-predikat.png");
        const bytes = new Uint8Array(await readFile((await download.path())!));
        expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
        expect(pngSize(bytes).width).toBe(2 * svgWidth);
      },
      { width: 1280, height: 900 },
    );
  });
});

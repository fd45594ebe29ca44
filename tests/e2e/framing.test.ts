/**
 * Framing, as a host applying public/_headers would serve it (scripts/serve.ts applies the same file): a page on
 * another origin (this file's own server, another loopback port) puts an embed and a profile in iframes. The embed
 * must render there, chart and height included; the profile must be refused (frame-ancestors 'self' and
 * X-Frame-Options: SAMEORIGIN). Embed pages are found in dist/embed/ and dist/en/embed/; if none was built the
 * test fails and says so — an embed feature without embeds is not "nothing to test".
 */
import { existsSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Frame, Page } from "playwright-core";
import { launchBrowser, openPage } from "./browser.ts";

const baseUrl = inject("baseUrl");
const PROFILE = "/daerah/kota-kupang/";
let browser: Browser;
let host: Server;
let hostUrl = "";

/** The first embed page of a language, by chart id (the one the other tests name, when it exists). */
function embedPath(prefix: string): string | null {
  const dir = join("dist", prefix, "embed");
  if (!existsSync(dir)) return null;
  const ids = readdirSync(dir)
    .filter((id) => existsSync(join(dir, id, "index.html")))
    .sort();
  const id = ids.includes("predikat-per-putaran") ? "predikat-per-putaran" : ids[0];
  return id ? `/${prefix ? `${prefix}/` : ""}embed/${id}/` : null;
}

beforeAll(async () => {
  browser = await launchBrowser();
  // The "other site": one page that frames whatever URL it is given, from another origin than baseUrl.
  host = createServer((req, res) => {
    const src = new URL(req.url ?? "/", "http://x").searchParams.get("src") ?? "";
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(
      `<!DOCTYPE html><html lang="en"><head><title>other site</title></head><body><iframe id="f" title="framed" src="${encodeURI(src)}" width="600" height="400"></iframe></body></html>`,
    );
  });
  await new Promise<void>((done) => host.listen(0, "127.0.0.1", done));
  const address = host.address();
  hostUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  expect(new URL(hostUrl).origin).not.toBe(new URL(baseUrl).origin);
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (host ? host.close(() => done()) : done()));
});

/** Load the other site framing `path`; returns the frame (if Chromium gave it a document) and console lines. */
async function frameFromOtherSite(page: Page, path: string): Promise<{ frame: Frame | null; console: string[] }> {
  const lines: string[] = [];
  page.on("console", (m) => lines.push(m.text()));
  await page.goto(`${hostUrl}/?src=${encodeURIComponent(baseUrl + path)}`);
  await page.locator("#f").waitFor();
  await page.waitForLoadState("load");
  const frame = (await (await page.$("#f"))?.contentFrame()) ?? null;
  return { frame, console: lines };
}

describe("framing by another site", () => {
  const embeds = [embedPath(""), embedPath("en")].filter((p): p is string => p !== null);

  test("an embed page was built to test", () => {
    expect(
      embeds,
      "no embed page built: dist/embed/<chart-id>/index.html is missing, so framing of embeds cannot be tested",
    ).not.toEqual([]);
  });

  for (const path of embeds) {
    test(`${path} renders inside an iframe on another origin, with its chart and a height`, async () => {
      const { page, close } = await openPage(browser, { width: 1024, height: 800 });
      try {
        const { frame, console: lines } = await frameFromOtherSite(page, path);
        expect(frame, `the embed's frame has no document (console: ${lines.join(" | ")})`).not.toBeNull();
        expect(frame!.url()).toBe(baseUrl + path);
        await frame!.locator("svg").first().waitFor({ timeout: 10_000 });
        const sizes = await frame!.evaluate(() => ({
          doc: document.documentElement.scrollHeight,
          chart: document.querySelector("svg")?.getBoundingClientRect().height ?? 0,
        }));
        expect(sizes.doc).toBeGreaterThan(0);
        expect(sizes.chart).toBeGreaterThan(0);
        expect((await page.locator("#f").boundingBox())?.height ?? 0).toBeGreaterThan(0);
        expect(lines.filter((l) => /Refused|frame-ancestors|X-Frame-Options/i.test(l))).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  test(`a profile page (${PROFILE}) is refused inside an iframe on another origin`, async () => {
    const { page, close } = await openPage(browser, { width: 1024, height: 800 });
    try {
      // The page itself is fine when opened directly: a refusal below is the headers' doing, not a 404.
      const direct = await page.request.get(baseUrl + PROFILE);
      expect(direct.status()).toBe(200);
      const { frame, console: lines } = await frameFromOtherSite(page, PROFILE);
      // Chromium replaces a refused frame's document with an error page (chrome-error://…), never the profile.
      const loaded = frame ? frame.url() === baseUrl + PROFILE && (await frame.locator("main h1").count()) > 0 : false;
      expect(loaded, "the profile rendered inside another site's iframe").toBe(false);
      expect(
        lines.some((l) => /frame-ancestors|X-Frame-Options/i.test(l)),
        `no refusal in the console: ${lines.join(" | ")}`,
      ).toBe(true);
    } finally {
      await close();
    }
  });
});

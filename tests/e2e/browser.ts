/**
 * Real Chromium for e2e tests: Debian's /usr/bin/chromium driven by playwright-core (Playwright's own browser
 * download is impossible here, see docs/TOOLCHAIN.md §5). One browser per test file, a fresh context per test,
 * console errors and failed requests collected, axe with the WCAG 2.1 A/AA rules.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { expect } from "vitest";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags that keep headless Chromium from reaching the network on its own (updates, sync, field trials). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions and failed/4xx-5xx sub-requests, in order. */
  errors: string[];
  close: () => Promise<void>;
}

/**
 * A page in a fresh context (axe needs a context-made page, not browser.newPage()), at `viewport`, recording
 * everything that should fail a test. The main document's own status is left to the caller: a 404 page is
 * supposed to answer 404.
 */
export async function openPage(browser: Browser, viewport = { width: 390, height: 844 }): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, locale: "id-ID", timezoneId: "UTC" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console: ${msg.text()} @ ${msg.location().url}`);
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  // The favicon request of a page the test has just navigated away from is aborted by the browser: not a failure
  // of the site. Every other failed request is one.
  page.on("requestfailed", (req) => {
    const reason = req.failure()?.errorText ?? "";
    if (reason === "net::ERR_ABORTED" && new URL(req.url()).pathname.endsWith("/favicon.svg")) return;
    errors.push(`requestfailed: ${req.url()} ${reason}`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400 && res.request().resourceType() !== "document")
      errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { context, page, errors, close: () => context.close() };
}

/**
 * Walks a fresh page (openPage) through `walk`, then requires that nothing failed on it along the way (console
 * errors, uncaught exceptions, failed sub-requests), and closes it whatever happened.
 */
export async function onPage(
  browser: Browser,
  walk: (page: Page) => Promise<void>,
  viewport?: { width: number; height: number },
): Promise<void> {
  const { page, errors, close } = await openPage(browser, viewport);
  try {
    await walk(page);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Run axe (WCAG 2.1 A/AA) and return violations in a form that prints readably in a failed assertion. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(" ")),
  }));
}

/**
 * The sitemap (src/publish/sitemap.ts) and its checks: lastmod is the release's date whatever the clock says; the
 * index names both language files; a page is listed by its canonical link and left out by its noindex (the rule for
 * embeds and pinned /v/ copies); the sitemap gate (scripts/gates/sitemap-check.ts) finds a canonical page left out,
 * a listed URL that is no page, a noindex page listed, and a robots.txt that hides pages; the links gate reads
 * sitemap URLs. tests/unit/page-goldens.test.ts runs scripts/write-sitemap.ts on a real build of the fixture.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { findBrokenLinks } from "../../scripts/gates/links.ts";
import { checkSitemap } from "../../scripts/gates/sitemap-check.ts";
import { canonicalPage, pageIndexing, sitemapFiles } from "../../src/publish/sitemap.ts";

const SITE = "https://atlas.example";
const head = (tags: string) => `<!doctype html><html><head>${tags}</head><body></body></html>`;
/** A page as src/layouts/Base.astro writes its head. */
const basePage = (path: string) => {
  const p = canonicalPage(path, SITE);
  return head(
    `<link rel="canonical" href="${p.loc}">` +
      p.alternates.map((a) => `<link rel="alternate" hreflang="${a.hreflang}" href="${a.href}">`).join(""),
  );
};
/** A page as src/layouts/Embed.astro writes it (and scripts/pin-embeds.ts copies it to /v/). */
const embedPage = head(`<meta name="robots" content="noindex"><base target="_blank">`);

const PATHS = ["/", "/en/", "/daerah/kota-kupang/", "/en/places/kota-kupang/", "/peringkat/", "/en/rankings/"];
const files = (lastmod = "2026-12-06") =>
  sitemapFiles({ pages: PATHS.map((p) => canonicalPage(p, SITE)), lastmod, site: SITE });

describe("sitemap files", () => {
  afterEach(() => vi.useRealTimers());

  it("dates every entry by the release, never by the clock", () => {
    vi.useFakeTimers({ now: new Date("2031-03-04T05:06:07Z") });
    const later = files();
    vi.useFakeTimers({ now: new Date("1999-01-01T00:00:00Z") });
    expect(files()).toEqual(later);
    for (const [name, text] of later) {
      if (!name.endsWith(".xml")) continue;
      const dates = [...text.matchAll(/<lastmod>([^<]*)<\/lastmod>/g)].map((m) => m[1]);
      expect(dates.length, name).toBeGreaterThan(0);
      expect(new Set(dates), name).toEqual(new Set(["2026-12-06"]));
    }
    expect(() => files("6 Dec 2026")).toThrow(/not YYYY-MM-DD/);
  });

  it("writes an index naming both language files, and robots.txt naming the index", () => {
    const out = files();
    expect([...out.keys()]).toEqual(["sitemap.xml", "sitemap-id.xml", "sitemap-en.xml", "robots.txt"]);
    const index = out.get("sitemap.xml")!;
    expect(index).toContain("<sitemapindex ");
    expect([...index.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])).toEqual([
      `${SITE}/sitemap-id.xml`,
      `${SITE}/sitemap-en.xml`,
    ]);
    expect(out.get("robots.txt")).toContain(`\nSitemap: ${SITE}/sitemap.xml\n`);
    expect(out.get("robots.txt")).not.toMatch(/^Disallow:\s*\S/m);
  });

  it("lists each page in its language's file, sorted, with its hreflang alternates", () => {
    const en = files().get("sitemap-en.xml")!;
    expect([...en.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])).toEqual([
      `${SITE}/en/`,
      `${SITE}/en/places/kota-kupang/`,
      `${SITE}/en/rankings/`,
    ]);
    expect(en).toContain(
      `<loc>${SITE}/en/places/kota-kupang/</loc>\n    <lastmod>2026-12-06</lastmod>\n` +
        `    <xhtml:link rel="alternate" hreflang="en" href="${SITE}/en/places/kota-kupang/"/>\n` +
        `    <xhtml:link rel="alternate" hreflang="id" href="${SITE}/daerah/kota-kupang/"/>\n` +
        `    <xhtml:link rel="alternate" hreflang="x-default" href="${SITE}/daerah/kota-kupang/"/>\n`,
    );
    const id = files().get("sitemap-id.xml")!;
    expect([...id.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])).toEqual([
      `${SITE}/`,
      `${SITE}/daerah/kota-kupang/`,
      `${SITE}/peringkat/`,
    ]);
  });

  it("reads a page's own head: canonical pages are listed, embeds and their pinned copies (noindex) are not", () => {
    expect(pageIndexing(basePage("/en/rankings/"))).toEqual({
      kind: "canonical",
      canonical: `${SITE}/en/rankings/`,
      alternates: canonicalPage("/en/rankings/", SITE).alternates,
    });
    expect(pageIndexing(embedPage)).toEqual({ kind: "noindex" });
    expect(pageIndexing(head(""))).toEqual({ kind: "neither" });
    expect(pageIndexing(head(`<meta name="robots" content="noindex"><link rel="canonical" href="/">`))).toEqual({
      kind: "both",
    });
    // A canonical link in the body (a code sample) is not the page's.
    expect(pageIndexing(`${head("")}<link rel="canonical" href="/x/">`)).toEqual({ kind: "neither" });
  });
});

describe("sitemap gate", () => {
  const site = () => {
    const docs = new Map<string, string>(files());
    for (const p of PATHS) docs.set(`${p.slice(1)}index.html`, basePage(p));
    docs.set("embed/peta-predikat/index.html", embedPage);
    docs.set("v/2026.12.2/embed/peta-predikat/index.html", embedPage);
    return docs;
  };
  const check = (docs: Map<string, string>) => checkSitemap(docs, { origin: SITE, base: "/" });

  it("passes a site whose sitemap lists exactly its canonical pages", () => {
    expect(check(site())).toEqual({ listed: { id: 3, en: 3 }, noindex: 2, problems: [] });
  });

  it("finds a canonical page left out, a URL that is no page, a noindex page listed", () => {
    const docs = site();
    docs.set("provinsi/aceh/index.html", basePage("/provinsi/aceh/"));
    docs.delete("peringkat/index.html");
    docs.set(
      "sitemap-en.xml",
      docs
        .get("sitemap-en.xml")!
        .replace("</urlset>", `  <url>\n    <loc>${SITE}/en/embed/x/</loc>\n  </url>\n</urlset>`),
    );
    docs.set("en/embed/x/index.html", embedPage);
    expect(check(docs).problems).toEqual([
      `sitemap-id.xml: ${SITE}/peringkat/ is not a built page`,
      `sitemap-en.xml: ${SITE}/en/embed/x/ is not the canonical URL of en/embed/x/index.html`,
      `provinsi/aceh/index.html: canonical ${SITE}/provinsi/aceh/ is not in the sitemap`,
    ]);
  });

  it("finds a robots.txt that forgets the sitemap or hides the embeds' noindex", () => {
    const docs = site();
    docs.set("robots.txt", "User-agent: *\nDisallow: /embed/\n");
    expect(check(docs).problems).toEqual([
      `robots.txt: no "Sitemap: ${SITE}/sitemap.xml" line`,
      `robots.txt: "Disallow: /embed/" hides embed/peta-predikat/index.html, whose own <head> says how to index it`,
    ]);
  });

  it("is covered by the links gate: a sitemap URL or alternate that leads nowhere is a broken link", () => {
    const docs = new Map([...site()].filter(([f]) => f.endsWith(".xml") || f === "robots.txt"));
    const built = new Set([...site().keys()].filter((f) => f !== "en/rankings/index.html"));
    const broken = findBrokenLinks(built, docs, { origin: SITE }).broken.map((b) => `${b.page} ${b.attribute}`);
    expect(broken).toEqual([
      "sitemap-id.xml sitemap <xhtml:link> href",
      "sitemap-en.xml sitemap <loc>",
      "sitemap-en.xml sitemap <xhtml:link> href",
    ]);
  });
});

/**
 * sitemap.xml (an index), one sitemap per language (sitemap-id.xml, sitemap-en.xml) and robots.txt. Pure: pages in,
 * file texts out; scripts/write-sitemap.ts feeds it the pages of the finished build in dist/, so the sitemap lists
 * exactly the pages that exist (Astro renders the site in shards, and the pinned /v/ copies are made after Astro).
 *
 * The rule for what is listed — one rule, read from each page itself:
 * - a page with `<link rel="canonical">` is listed, at that canonical URL, with its hreflang alternates. Its URL is
 *   computed here the way src/layouts/Base.astro computes it (`canonicalPage()`, through src/i18n/routes.ts), and
 *   the page's own canonical must agree, or the build stops;
 * - a page with `<meta name="robots" content="noindex">` is not listed: the chart embeds (/embed/…, /en/embed/…,
 *   src/layouts/Embed.astro: the chart's own page is the one to find), their pinned copies under /v/<release>/
 *   (byte copies of the embeds, noindex included: scripts/pin-embeds.ts) and the 404 page. A sitemap that listed a
 *   noindex page would ask a search engine to index what the page forbids;
 * - a page with neither, or both, is a mistake in its layout: the build stops.
 * robots.txt disallows nothing: a crawler must be allowed to fetch a noindex page to read its noindex (a Disallow
 * would hide the tag, and an embed linked from another site could then be indexed by its address alone).
 *
 * `lastmod` is the data release's date (data/release.json), never the clock: every page is rebuilt from that
 * release, and two builds must be byte-identical (the reproducible gate).
 */
import { DEFAULT_LANG, LANGS, langFromPath, twinPath, withBase, type Lang } from "../i18n/index.ts";

export interface Alternate {
  hreflang: string;
  href: string;
}

export interface SitemapPage {
  lang: Lang;
  /** The canonical URL, absolute. */
  loc: string;
  /** The hreflang alternates, this page's own language first, then the other, then x-default. */
  alternates: Alternate[];
}

/** What a built page says about itself in its <head>. */
export type PageIndexing =
  | { kind: "canonical"; canonical: string; alternates: Alternate[] }
  | { kind: "noindex" }
  | { kind: "neither" }
  | { kind: "both" };

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** Reads a built page's <head>: its canonical link and hreflang alternates, or its robots noindex. */
export function pageIndexing(html: string): PageIndexing {
  const head = html.slice(0, Math.max(0, html.indexOf("</head>")));
  const tags = head.match(/<(link|meta)\s[^>]*>/g) ?? [];
  const noindex = tags.some(
    (t) => attr(t, "name")?.toLowerCase() === "robots" && /noindex/i.test(attr(t, "content") ?? ""),
  );
  const canonical = tags.find((t) => t.startsWith("<link") && attr(t, "rel") === "canonical");
  if (noindex && canonical) return { kind: "both" };
  if (noindex) return { kind: "noindex" };
  if (!canonical) return { kind: "neither" };
  const alternates = tags
    .filter((t) => t.startsWith("<link") && attr(t, "rel") === "alternate" && attr(t, "hreflang"))
    .map((t) => ({ hreflang: attr(t, "hreflang")!, href: unescape(attr(t, "href") ?? "") }));
  return { kind: "canonical", canonical: unescape(attr(canonical, "href") ?? ""), alternates };
}

/**
 * A page's sitemap entry from its path on the site (base path included, "/en/places/kota-kupang/"), computed as
 * Base.astro computes its canonical and alternates: the URL on `site`, the twin from src/i18n/routes.ts.
 */
export function canonicalPage(pathname: string, site: string): SitemapPage {
  const lang = langFromPath(pathname);
  const loc = new URL(pathname, site).href;
  const twin = twinPath(pathname);
  const twinHref = new URL(twin.href, site).href;
  return {
    lang,
    loc,
    alternates: [
      { hreflang: lang, href: loc },
      { hreflang: twin.lang, href: twinHref },
      { hreflang: "x-default", href: lang === DEFAULT_LANG ? loc : twinHref },
    ],
  };
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** The sitemap protocol's limit per file; the site is far below it, and a split would be a new design. */
const MAX_URLS = 50_000;

export const SITEMAP_INDEX = "sitemap.xml";
export const sitemapFile = (lang: Lang) => `sitemap-${lang}.xml`;

export interface SitemapInput {
  pages: readonly SitemapPage[];
  /** The data release's date, YYYY-MM-DD (data/release.json). */
  lastmod: string;
  /** SITE_URL: the public origin. */
  site: string;
}

/** File name (relative to the site's root folder) → text: the index, one sitemap per language, robots.txt. */
export function sitemapFiles({ pages, lastmod, site }: SitemapInput): Map<string, string> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(lastmod)) throw new Error(`sitemap: lastmod "${lastmod}" is not YYYY-MM-DD`);
  const at = (file: string) => new URL(withBase(`/${file}`), site).href;
  const out = new Map<string, string>();
  const index = LANGS.map(
    (lang) =>
      `  <sitemap>\n    <loc>${escapeXml(at(sitemapFile(lang)))}</loc>\n    <lastmod>${lastmod}</lastmod>\n  </sitemap>\n`,
  );
  out.set(
    SITEMAP_INDEX,
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index.join("")}</sitemapindex>\n`,
  );
  for (const lang of LANGS) {
    const mine = pages.filter((p) => p.lang === lang).sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
    if (mine.length > MAX_URLS) throw new Error(`sitemap: ${mine.length} ${lang} pages, over ${MAX_URLS} per file`);
    const urls = mine.map((p) => {
      const links = p.alternates.map(
        (a) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>\n`,
      );
      return `  <url>\n    <loc>${escapeXml(p.loc)}</loc>\n    <lastmod>${lastmod}</lastmod>\n${links.join("")}  </url>\n`;
    });
    out.set(
      sitemapFile(lang),
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("")}</urlset>\n`,
    );
  }
  out.set(
    "robots.txt",
    [
      "# Atlas Kota Layak Anak: every page may be crawled. The chart embeds (/embed/, /en/embed/) and their pinned",
      '# copies (/v/) carry <meta name="robots" content="noindex"> and are not in the sitemap; they are not',
      "# disallowed here, so that a crawler can read that noindex.",
      "User-agent: *",
      "Allow: /",
      "",
      `Sitemap: ${at(SITEMAP_INDEX)}`,
      "",
    ].join("\n"),
  );
  return out;
}

/**
 * Checks the built sitemap against the built pages (src/publish/sitemap.ts says what is listed and why):
 * - sitemap.xml is an index whose every sitemap is a built file; each URL of those sitemaps is a built page, listed
 *   once, in its language's file, and is that page's own canonical URL (so not a noindex page);
 * - every built page with a canonical link is listed: nothing canonical is missing;
 * - robots.txt names the index (`Sitemap:`) and disallows no page, listed or noindex (a crawler must fetch a
 *   noindex page to see its noindex).
 * Pure over the built files, so the same code checks dist/ in the `sitemap` gate and a small site in the unit test.
 */
import { langFromPath, type Lang } from "../../src/i18n/index.ts";
import { pageIndexing, SITEMAP_INDEX } from "../../src/publish/sitemap.ts";
import { resolveTarget } from "./links.ts";

export interface SitemapCheck {
  listed: Partial<Record<Lang, number>>;
  /** Built pages carrying noindex, left out. */
  noindex: number;
  problems: string[];
}

const locs = (xml: string, parent: "url" | "sitemap") =>
  [...xml.matchAll(new RegExp(`<${parent}>\\s*<loc>([^<]*)</loc>`, "g"))].map((m) =>
    m[1]!
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&"),
  );

/**
 * @param documents every built file the check reads, by path relative to the site root: the pages (".html"),
 *   sitemap.xml and the sitemaps it names, robots.txt
 * @param site the origin and base the build used ("http://localhost:4321", "/")
 */
export function checkSitemap(
  documents: ReadonlyMap<string, string>,
  { origin, base }: { origin: string; base: string },
): SitemapCheck {
  const problems: string[] = [];
  const files = new Set(documents.keys());
  const root = new URL(base, origin).href;
  /** The built file a URL on this site maps to, or null. */
  const fileOf = (url: string) => (url.startsWith(root) ? resolveTarget(files, `/${url.slice(root.length)}`) : null);

  const pages = [...documents].filter(([f]) => f.endsWith(".html"));
  const canonical = new Map<string, string>(); // canonical URL → page file
  let noindex = 0;
  for (const [file, html] of pages) {
    const indexing = pageIndexing(html);
    if (indexing.kind === "canonical") canonical.set(indexing.canonical, file);
    else if (indexing.kind === "noindex") noindex++;
  }

  const index = documents.get(SITEMAP_INDEX);
  const listed: Partial<Record<Lang, number>> = {};
  const seen = new Set<string>();
  if (index === undefined) problems.push(`${SITEMAP_INDEX}: missing`);
  for (const sitemapUrl of index === undefined ? [] : locs(index, "sitemap")) {
    const file = fileOf(sitemapUrl);
    const xml = file === null ? undefined : documents.get(file);
    if (file === null || xml === undefined) {
      problems.push(`${SITEMAP_INDEX}: ${sitemapUrl} is not a built file`);
      continue;
    }
    const lang = /^sitemap-(\w+)\.xml$/.exec(file)?.[1] as Lang | undefined;
    for (const loc of locs(xml, "url")) {
      const page = fileOf(loc);
      if (page === null || !page.endsWith(".html")) problems.push(`${file}: ${loc} is not a built page`);
      else if (canonical.get(loc) !== page) problems.push(`${file}: ${loc} is not the canonical URL of ${page}`);
      if (seen.has(loc)) problems.push(`${file}: ${loc} is listed twice`);
      seen.add(loc);
      const pageLang = langFromPath(new URL(loc).pathname);
      if (lang !== pageLang) problems.push(`${file}: ${loc} is a ${pageLang} page`);
      listed[pageLang] = (listed[pageLang] ?? 0) + 1;
    }
  }
  for (const [url, file] of canonical)
    if (!seen.has(url)) problems.push(`${file}: canonical ${url} is not in the sitemap`);

  const robots = documents.get("robots.txt");
  if (robots === undefined) problems.push("robots.txt: missing");
  else {
    if (!robots.split("\n").includes(`Sitemap: ${root}${SITEMAP_INDEX}`))
      problems.push(`robots.txt: no "Sitemap: ${root}${SITEMAP_INDEX}" line`);
    const disallowed = [...robots.matchAll(/^Disallow:\s*(\S+)/gim)].map((m) => m[1]!);
    for (const [file] of pages) {
      const path = `${base}${file.replace(/(^|\/)index\.html$/, "$1")}`;
      const rule = disallowed.find((d) => path.startsWith(d));
      if (rule) problems.push(`robots.txt: "Disallow: ${rule}" hides ${file}, whose own <head> says how to index it`);
    }
  }
  return { listed, noindex, problems };
}

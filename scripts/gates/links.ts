/**
 * Internal link checking over a built site: every URL that points inside the site must resolve to a built file,
 * and a `#fragment` on a page must name an element id on that page. Pure over a map of files, so the same code
 * checks dist/ in CI and a tiny fixture in the unit test.
 *
 * "Inside the site" means a path or relative URL, and also an absolute URL on the site's own origin (SITE_URL):
 * canonical and hreflang alternates, og:url and og:image must be absolute, so they would escape a checker that
 * skips every http(s) URL. Where URLs are read from:
 * - any attribute that holds a URL (href, src, srcset, imagesrcset, action, formaction, poster, data, cite,
 *   xlink:href), on any element, inline SVG included — read with a tokenizer, so text that merely looks like
 *   `href="…"` in a code sample is not taken for a link;
 * - <meta content> of og:image / og:url / twitter:image and similar, and <meta http-equiv="refresh">;
 * - url(…) and @import in the site's CSS files, resolved against the stylesheet's own URL;
 * - <loc> and <xhtml:link href> in the sitemaps (src/publish/sitemap.ts), `Sitemap:` lines in robots.txt.
 */
import { attributeOf, decodeEntities, scanMarkup } from "./markup-scan.ts";

export interface BrokenLink {
  page: string;
  attribute: string;
  target: string;
  reason: string;
}

const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "poster",
  "data",
  "cite",
  "xlink:href",
  "background",
]);
const SRCSET_ATTRIBUTES = new Set(["srcset", "imagesrcset"]);
/** <meta property|name=…> whose content is a URL of this site when it is on this site's origin. */
const URL_META =
  /^(og:(image|image:url|image:secure_url|url|audio|video)|twitter:(image|image:src|url)|msapplication-(tileimage|config))$/i;
const EXTERNAL_SCHEME = /^(mailto:|tel:|data:|javascript:|blob:|about:|sms:|geo:)/i;
const PLACEHOLDER = "https://site.invalid";

/** The built file a URL path maps to, or null: /a/ → a/index.html, /a → a or a/index.html. */
export function resolveTarget(files: ReadonlySet<string>, path: string): string | null {
  let clean: string;
  try {
    clean = decodeURIComponent(path.replace(/^\/+/, ""));
  } catch {
    return null;
  }
  const candidates =
    clean === "" || clean.endsWith("/") ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  return candidates.find((c) => files.has(c)) ?? null;
}

/** Every id (and <a name>) a fragment may point to. */
export function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of scanMarkup(html).tags) {
    for (const a of tag.attributes) {
      if (a.value !== null && (a.name === "id" || (a.name === "name" && tag.name === "a")))
        ids.add(decodeEntities(a.value));
    }
  }
  return ids;
}

/** Each URL a page refers to, as [where it was found, the URL as written]. */
export function urlsInPage(html: string): [string, string][] {
  const out: [string, string][] = [];
  for (const tag of scanMarkup(html).tags) {
    const attr = (name: string) => attributeOf(tag, name);
    // "<link rel=alternate hreflang=en> href": says which of a page's many links is broken.
    const where = (name: string) =>
      `<${tag.name}${["rel", "hreflang"].map((k) => (attr(k) ? ` ${k}=${attr(k)}` : "")).join("")}> ${name}`;
    for (const a of tag.attributes) {
      if (a.value === null) continue;
      const value = decodeEntities(a.value).trim();
      if (URL_ATTRIBUTES.has(a.name)) out.push([where(a.name), value]);
      // srcset candidates are "url [descriptor]" separated by commas (a URL with a comma in it must be escaped).
      else if (SRCSET_ATTRIBUTES.has(a.name))
        for (const c of value.split(",")) out.push([where(a.name), c.trim().split(/\s+/)[0] ?? ""]);
    }
    if (tag.name === "meta") {
      const key = attr("property") ?? attr("name") ?? "";
      const content = attr("content");
      if (content !== null && URL_META.test(key)) out.push([`<meta ${key}> content`, content.trim()]);
      const refresh =
        attr("http-equiv")?.toLowerCase() === "refresh" ? /url\s*=\s*['"]?([^'"]+)/i.exec(content ?? "") : null;
      if (refresh) out.push(["<meta refresh> content", refresh[1]!.trim()]);
    }
  }
  return out;
}

/** Each url(…) and @import "…" in a stylesheet. */
export function urlsInCss(css: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi))
    out.push(["css url()", (m[1] ?? m[2] ?? m[3] ?? "").trim()]);
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi))
    out.push(["css @import", (m[1] ?? m[2] ?? "").trim()]);
  return out;
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => XML_ENTITIES[e] ?? "");

/** Each URL a sitemap (or sitemap index) names: <loc> and the hreflang alternates' href. */
export function urlsInSitemap(xml: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of xml.matchAll(/<loc>([^<]*)<\/loc>/g)) out.push(["sitemap <loc>", unescapeXml(m[1]!.trim())]);
  for (const m of xml.matchAll(/<xhtml:link\s[^>]*href="([^"]*)"/g))
    out.push(["sitemap <xhtml:link> href", unescapeXml(m[1]!.trim())]);
  return out;
}

/** The `Sitemap:` lines of robots.txt. */
export function urlsInRobots(text: string): [string, string][] {
  return [...text.matchAll(/^Sitemap:\s*(\S+)/gim)].map((m) => ["robots.txt Sitemap:", m[1]!]);
}

export interface LinkCheck {
  broken: BrokenLink[];
  /** Internal links looked at (external ones are not counted). */
  checked: number;
}

export interface LinkCheckOptions {
  /** The site's base path ("/" or "/atlas/"). */
  base?: string;
  /** The site's public origin (SITE_URL): absolute URLs on it are internal links. */
  origin?: string;
}

/**
 * @param files every built file path relative to the site root ("daerah/kota-kupang/index.html")
 * @param documents the pages (".html"), stylesheets (".css"), sitemaps (".xml") and robots.txt to check, with their text
 */
export function findBrokenLinks(
  files: ReadonlySet<string>,
  documents: ReadonlyMap<string, string>,
  options: LinkCheckOptions = {},
): LinkCheck {
  const base = options.base ?? "/";
  const origin = options.origin ? new URL(options.origin).origin : null;
  const broken: BrokenLink[] = [];
  let checked = 0;
  const idCache = new Map<string, Set<string>>();
  const ids = (page: string) => {
    let s = idCache.get(page);
    if (!s) idCache.set(page, (s = idsOf(documents.get(page) ?? "")));
    return s;
  };
  for (const [doc, text] of documents) {
    const docUrl = new URL(`${PLACEHOLDER}${base}${doc.replace(/(^|\/)index\.html$/, "$1")}`);
    const urls = doc.endsWith(".css")
      ? urlsInCss(text)
      : doc.endsWith(".xml")
        ? urlsInSitemap(text)
        : doc.endsWith(".txt")
          ? urlsInRobots(text)
          : urlsInPage(text);
    for (const [attribute, value] of urls) {
      if (value === "" || EXTERNAL_SCHEME.test(value)) continue;
      // The 404 page is served at every missing URL, at any depth, so only root-relative links work on it.
      if (doc === "404.html" && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(value)) {
        broken.push({
          page: doc,
          attribute,
          target: value,
          reason: "relative link on the 404 page, which is served at any depth",
        });
        continue;
      }
      let url: URL;
      try {
        url = new URL(value, docUrl);
      } catch {
        broken.push({ page: doc, attribute, target: value, reason: "not a valid URL" });
        continue;
      }
      if (url.origin !== PLACEHOLDER) {
        if (origin === null || url.origin !== origin) continue; // another site: not ours to check here
      }
      if (!url.pathname.startsWith(base)) {
        broken.push({ page: doc, attribute, target: value, reason: `outside the site base ${base}` });
        continue;
      }
      checked++;
      const target = resolveTarget(files, url.pathname.slice(base.length - 1));
      if (target === null) {
        broken.push({ page: doc, attribute, target: value, reason: "no built file at that path" });
        continue;
      }
      const fragment = url.hash.slice(1);
      if (fragment && target.endsWith(".html") && !ids(target).has(safeDecode(fragment))) {
        broken.push({
          page: doc,
          attribute,
          target: value,
          reason: `no element with id "${safeDecode(fragment)}" on ${target}`,
        });
      }
    }
  }
  return { broken, checked };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

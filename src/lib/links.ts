/**
 * Internal link checking over a built site: every href/src that points inside the site must resolve to a built
 * file, and a `#fragment` on a page must name an element id on that page. Pure over a map of files, so the same
 * code checks dist/ in CI and a tiny fixture in the unit test.
 */
export interface BrokenLink {
  page: string;
  attribute: string;
  target: string;
  reason: string;
}

const ATTR = /\s(href|src|srcset|action|poster|data)=("([^"]*)"|'([^']*)')/gi;
const ID = /\sid=("([^"]*)"|'([^']*)')/gi;

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}

/** The built file a URL path maps to, or null: /a/ → a/index.html, /a → a or a/index.html. */
export function resolveTarget(files: ReadonlySet<string>, path: string): string | null {
  const clean = decodeURIComponent(path.replace(/^\/+/, ""));
  const candidates = clean === "" || clean.endsWith("/") ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  return candidates.find((c) => files.has(c)) ?? null;
}

export function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(ID)) ids.add(decodeEntities(m[2] ?? m[3] ?? ""));
  return ids;
}

/**
 * @param files every built file path relative to the site root ("daerah/kota-kupang/index.html")
 * @param pages the HTML pages to check, with their text
 * @param base the site's base path ("/")
 */
export function findBrokenLinks(files: ReadonlySet<string>, pages: ReadonlyMap<string, string>, base = "/"): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idCache = new Map<string, Set<string>>();
  const ids = (page: string) => {
    let s = idCache.get(page);
    if (!s) idCache.set(page, (s = idsOf(pages.get(page) ?? "")));
    return s;
  };
  for (const [page, html] of pages) {
    const pageUrl = new URL(`https://site.invalid/${page.replace(/index\.html$/, "")}`);
    for (const m of html.matchAll(ATTR)) {
      const attribute = m[1]!.toLowerCase();
      const raw = decodeEntities(m[3] ?? m[4] ?? "").trim();
      const values = attribute === "srcset" ? raw.split(",").map((s) => s.trim().split(/\s+/)[0] ?? "") : [raw];
      for (const value of values) {
        if (value === "" || /^(https?:|mailto:|tel:|data:|javascript:|blob:)/i.test(value) || value.startsWith("//")) continue;
        const url = new URL(value, pageUrl);
        if (url.host !== "site.invalid") continue;
        if (!url.pathname.startsWith(base)) {
          broken.push({ page, attribute, target: value, reason: `outside the site base ${base}` });
          continue;
        }
        const target = resolveTarget(files, url.pathname.slice(base.length - 1));
        if (target === null) {
          broken.push({ page, attribute, target: value, reason: "no built file at that path" });
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith(".html") && !ids(target).has(fragment)) {
          broken.push({ page, attribute, target: value, reason: `no element with id "${fragment}" on ${target}` });
        }
      }
    }
  }
  return broken;
}

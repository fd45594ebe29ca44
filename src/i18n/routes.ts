/**
 * URLs in two languages. Indonesian is the default locale and lives at `/`; English lives at `/en/` with translated
 * first path segments, so a reader sees "/en/rankings/" and not "/en/peringkat/". Every page is addressed in code by
 * its Indonesian path, and `localePath` derives the English twin: one table below is the only place a slug is
 * translated, so the language switch, hreflang alternates and nav links can never disagree.
 */

export const LANGS = ["id", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "id";

/** Indonesian first segment → English first segment. Segments not listed stay the same in both languages. */
export const SEGMENT_EN: Readonly<Record<string, string>> = {
  tentang: "about",
  peringkat: "rankings",
  bandingkan: "compare",
  indikator: "indicators",
  metodologi: "methodology",
  simulasi: "self-assessment",
  daerah: "places",
  provinsi: "provinces",
  peta: "map",
  cari: "search",
  temuan: "findings",
};
const SEGMENT_ID: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SEGMENT_EN).map(([id, en]) => [en, id]),
);
/**
 * Second segments translated under an Indonesian first segment: "/peringkat/indikator/x/" →
 * "/en/rankings/indicators/x/". Segments not listed stay the same (the round years under /peringkat/).
 */
const SUBSEGMENT_EN: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  peringkat: { indikator: "indicators", "klaster-iii": "cluster-iii" },
};
const SUBSEGMENT_ID: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.fromEntries(
  Object.entries(SUBSEGMENT_EN).map(([first, subs]) => [
    SEGMENT_EN[first] ?? first,
    Object.fromEntries(Object.entries(subs).map(([id, en]) => [en, id])),
  ]),
);

/**
 * The site's base path ("/" unless the site is deployed under a sub-path). Read defensively: under plain Node
 * (build scripts, unit tests) `import.meta.env` does not exist, and the build steps outside Astro read BASE_PATH
 * as astro.config.mjs does (src/core/site-location.ts); in the browser there is no `process`.
 */
function readBasePath(): string {
  const fromAstro = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL;
  const fromEnv = typeof process === "undefined" ? undefined : process.env.BASE_PATH || undefined;
  const base = fromAstro ?? fromEnv ?? "/";
  return base.endsWith("/") ? base : `${base}/`;
}
/** Read once: it is fixed for a build, and every link asks (reading process.env is a call into Node each time). */
const BASE = readBasePath();

function splitPath(path: string): { segments: string[]; suffix: string } {
  const match = /^([^?#]*)(.*)$/.exec(path);
  const pathname = match?.[1] ?? "";
  const suffix = match?.[2] ?? "";
  return { segments: pathname.split("/").filter((s) => s !== ""), suffix };
}

function joinPath(segments: string[], trailingSlash: boolean, suffix: string): string {
  if (segments.length === 0) return `/${suffix}`;
  const last = segments[segments.length - 1] ?? "";
  // A file (csv, svg, json…) never gets a trailing slash; a page always does (build.format "directory").
  const slash = trailingSlash && !last.includes(".") ? "/" : "";
  return `/${segments.join("/")}${slash}${suffix}`;
}

/**
 * The URL of a page in `lang`, given its Indonesian path: localePath("en", "/peringkat/") → "/en/rankings/",
 * localePath("id", "/daerah/kota-kupang/") → "/daerah/kota-kupang/". Query strings and fragments are kept.
 * The base path (if any) is prepended, so the result can go straight into an href.
 */
export function localePath(lang: Lang, idPath: string): string {
  const { segments, suffix } = splitPath(idPath);
  if (lang === "en" && segments.length > 0) {
    const first = segments[0] ?? "";
    segments[0] = SEGMENT_EN[first] ?? first;
    const second = segments[1];
    if (second !== undefined) segments[1] = SUBSEGMENT_EN[first]?.[second] ?? second;
  }
  const prefixed = lang === "en" ? ["en", ...segments] : segments;
  return withBase(joinPath(prefixed, true, suffix));
}

/** Prefix a root-relative path with the deployment base path. */
export function withBase(path: string): string {
  return BASE === "/" ? path : `${BASE.slice(0, -1)}${path}`;
}

/** Remove the deployment base path from a pathname (inverse of withBase). */
function withoutBase(pathname: string): string {
  if (BASE !== "/" && pathname.startsWith(BASE)) return `/${pathname.slice(BASE.length)}`;
  return pathname;
}

/** Which language a pathname belongs to. */
export function langFromPath(pathname: string): Lang {
  const { segments } = splitPath(withoutBase(pathname));
  return segments[0] === "en" ? "en" : "id";
}

/**
 * The Indonesian path of any page of the site, given its pathname in either language: "/en/rankings/" →
 * "/peringkat/". This is what the language switch and hreflang alternates are computed from.
 */
export function idPathOf(pathname: string): string {
  const { segments, suffix } = splitPath(withoutBase(pathname));
  if (segments[0] === "en") {
    segments.shift();
    const first = segments[0];
    if (first !== undefined) segments[0] = SEGMENT_ID[first] ?? first;
    const second = segments[1];
    if (first !== undefined && second !== undefined) segments[1] = SUBSEGMENT_ID[first]?.[second] ?? second;
  }
  return joinPath(segments, true, suffix);
}

/** The same page in the other language (base path included). */
export function twinPath(pathname: string): { lang: Lang; href: string } {
  const lang: Lang = langFromPath(pathname) === "id" ? "en" : "id";
  return { lang, href: localePath(lang, idPathOf(pathname)) };
}

/**
 * Which share of the site's pages one `astro build` renders. Astro renders pages on one core; on a 2-core machine
 * scripts/build-site.ts therefore runs two Astro builds side by side, ATLAS_SHARD=0/2 and ATLAS_SHARD=1/2, each
 * rendering the pages of its shard into its own folder, and merges them into dist/ (a file both wrote must be
 * byte-identical, or the build stops). Without ATLAS_SHARD — `astro dev`, a plain `astro build` — every page is
 * built.
 *
 * A page belongs to a shard by its *subject*: the Indonesian path of the page a chart lives on (`/daerah/<slug>/`
 * for a place's profile, its English twin and its chart's embed pages). One subject's pages share
 * one drawing of its chart (the chart catalogue memoises per process), so keeping them in one process draws each
 * chart once. Pages without parameters (home, methodology, …) are shared out by their own path (`buildsPage`, asked
 * by src/middleware.ts): each costs up to a second, and rendering all of them in every shard cost ~2.5 s a build.
 *
 * Pure apart from reading the environment once; the assignment is a fixed hash, so every build splits the same way.
 */

export interface Shard {
  index: number;
  count: number;
}

/** "1/2" → {index: 1, count: 2}; anything else is a configuration error, not a silent full build. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index >= count)
    throw new Error(`ATLAS_SHARD=${JSON.stringify(text)}: expected "i/n" with 0 ≤ i < n, e.g. "0/2"`);
  return { index, count };
}

const fromEnv = process.env.ATLAS_SHARD;
const CURRENT: Shard = fromEnv ? parseShard(fromEnv) : { index: 0, count: 1 };

/** FNV-1a over UTF-16 code units: small, stable across Node versions, spreads similar paths evenly enough. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Whether the page(s) about `subject` (an Indonesian page path such as "/daerah/kota-kupang/") are built here. */
export function inShard(subject: string, shard: Shard = CURRENT): boolean {
  return shard.count === 1 || hash(subject) % shard.count === shard.index;
}

/**
 * Whether this shard renders a page, as src/middleware.ts asks for every page: a route with parameters has already
 * chosen its shard's pages in getStaticPaths (shardPaths); a page without parameters (home, methodology, …) belongs
 * to the shard its own path hashes to, so each is rendered once rather than by every shard.
 */
export function buildsPage(
  params: Record<string, string | undefined>,
  pathname: string,
  shard: Shard = CURRENT,
): boolean {
  return Object.keys(params).length > 0 || inShard(pathname, shard);
}

/** The entries of a getStaticPaths list that this shard builds. */
export function shardPaths<T>(entries: readonly T[], subjectOf: (entry: T) => string, shard: Shard = CURRENT): T[] {
  return entries.filter((e) => inShard(subjectOf(e), shard));
}

/**
 * Re-ranking of Pagefind results, in the browser (src/client/search.ts) and in tests. Pagefind matches the last
 * word typed as a prefix, so "Solo" also matches "Solok", and the two Solok pages — which say "Solok" dozens of
 * times — outrank Kota Surakarta, which says "Solo" once. Pagefind's ranking knobs do not change that order (tried:
 * termSimilarity, termFrequency, termSaturation, pageLength). A reader who types a place's name, or a name people
 * use for it, means that place: so a result whose name or other name contains every word typed, as whole words,
 * comes first. Otherwise Pagefind's order stands (a stable sort).
 */
import { toAscii } from "../core/slug.ts";

export interface RankableResult {
  /** The page's title as indexed ("Kota Surakarta, Jawa Tengah"). */
  title: string;
  /** Other names of the place ("Solo"), from the page's `aka` metadata; empty when it has none. */
  otherNames: readonly string[];
}

/** Separator of the names in the `aka` metadata: Pagefind's own syntax already uses commas between keys. */
export const AKA_SEPARATOR = " / ";

function words(text: string): string[] {
  return toAscii(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
}

/** True when every word of the query is a whole word of the title or of one of the other names. */
export function namesMatch(query: string, result: RankableResult): boolean {
  const wanted = words(query);
  if (wanted.length === 0) return false;
  return [result.title, ...result.otherNames].some((name) => {
    const have = new Set(words(name));
    return wanted.every((w) => have.has(w));
  });
}

/** Results whose names match the query as whole words first; the rest in Pagefind's order. */
export function rankByName<T extends RankableResult>(query: string, results: readonly T[]): T[] {
  const matched = results.filter((r) => namesMatch(query, r));
  return [...matched, ...results.filter((r) => !matched.includes(r))];
}

/** The `aka` metadata value back into names. */
export function parseAka(meta: string | undefined): string[] {
  return (meta ?? "")
    .split(AKA_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

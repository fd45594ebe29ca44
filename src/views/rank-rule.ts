/**
 * The one rule by which the site ranks areas on a series' values, wherever a rank or a "best"/"worst" is printed:
 * the kab/kota ranking pages (./kabkota-rankings.ts), the indicator pages' ranking tables and the distribution
 * charts and tile maps drawn beside them (./indicator-views.ts `ranking()`, which every one of them asks). Two
 * rankings of the same series and year with different rules would be two answers to "which kab/kota is best?".
 *
 * - A value is ranked only when it carries no caveat at all (src/method/caveats.ts): conflicting (different figures
 *   for the same area and year, or a value the pipeline marked as conflicting), doubtful, survey-flagged (RSE>25%,
 *   N<50) and small-sample values are not ranked, even the small-sample ones the method scores: a birth share of
 *   0.0 % from a handful of births is an official estimate, but not "the best kab/kota". Two sources printing the
 *   same figure agree.
 * - Best first by the series' own direction; equal values share a rank ("1, 2, 2, 4"); code order between equals.
 * - The unranked come after the ranked, in code order, each with its caveats; the pages count them, and the places
 *   with no value, in the sentence above the table.
 * Pure and language-free.
 */
import { ascending, group } from "d3-array";
import type { IndicatorValue } from "../pipeline/artefact.ts";
import type { Direction } from "../method/score.ts";
import { VALUE_CAVEATS, type ValueCaveat } from "../method/caveats.ts";
import { valueCaveats } from "../pipeline/indicators.ts";

/**
 * Ranks for items already sorted best first: 1-based, equal keys share the rank of the first of them, the next
 * distinct key takes its position ("1, 2, 2, 4").
 */
export function ranksWithTies(keys: readonly number[]): number[] {
  const ranks: number[] = [];
  keys.forEach((k, i) => ranks.push(i > 0 && keys[i - 1] === k ? ranks[i - 1]! : i + 1));
  return ranks;
}

/** Items best first by `key` in `better` direction, code order between equals, with their shared ranks. */
export function rankBest<T>(
  items: readonly T[],
  key: (item: T) => number,
  better: Direction,
  code: (item: T) => string,
): { item: T; rank: number }[] {
  const sign = better === "higher" ? -1 : 1;
  const sorted = [...items].sort((a, b) => sign * (key(a) - key(b)) || ascending(code(a), code(b)));
  const ranks = ranksWithTies(sorted.map(key));
  return sorted.map((item, i) => ({ item, rank: ranks[i]! }));
}

/** The caveats of an area's values in one series and year; different figures are a conflict even if not marked. */
export function caveatsOf(values: readonly IndicatorValue[]): ValueCaveat[] {
  const found = new Set(values.flatMap(valueCaveats));
  if (new Set(values.map((v) => v.value)).size > 1) found.add("conflict");
  return VALUE_CAVEATS.filter((c) => found.has(c));
}

/** One area's place in a ranking. */
export interface AreaRank {
  areaCode: string;
  /** Every value held for the area and year, ascending: one, or several where sources disagree. */
  values: IndicatorValue[];
  /** Why the area is not ranked, in VALUE_CAVEATS order; empty for a ranked area. */
  caveats: ValueCaveat[];
  /** 1 = best; null when the area has any caveat. */
  rank: number | null;
}

/**
 * Every area holding a value among `values` (one series, one level, one year), ranked by the rule: the ranked best
 * first, then the caveated, unranked, in code order.
 */
export function rankAreas(values: readonly IndicatorValue[], better: Direction): AreaRank[] {
  const areas = [...group(values, (v) => v.areaCode)].map(([areaCode, held]): AreaRank => ({
    areaCode,
    values: [...held].sort((a, b) => a.value - b.value),
    caveats: caveatsOf(held),
    rank: null,
  }));
  const ranked = rankBest(
    areas.filter((a) => a.caveats.length === 0),
    (a) => a.values[0]!.value,
    better,
    (a) => a.areaCode,
  ).map(({ item, rank }) => ({ ...item, rank }));
  const apart = areas.filter((a) => a.caveats.length > 0).sort((a, b) => ascending(a.areaCode, b.areaCode));
  return [...ranked, ...apart];
}

/**
 * The ground every finding stands on: which places hold a STATED predikat in a round (inferred tiers, conflicts and
 * awards without a tier are left out and counted, never mixed in), and which single value of a series a place has
 * in a year by the method's rule (a value is used only where the method would score it: no conflicting figures, no
 * doubtful row, no survey flag that data/method/caveats.csv keeps out). Both are counted so that every finding can
 * say how many places it leaves out and why.
 */
import { ascending, group } from "d3-array";
import type { AwardRecord, IndicatorValue, Place, Predikat, SiteData } from "../../pipeline/artefact.ts";
import { PREDIKAT } from "../../pipeline/artefact.ts";
import { isScoredValue, valueCaveats } from "../../pipeline/indicators.ts";

/** Why a place is left out of a finding (src/i18n/pages/findings.ts words each as `pop.out.<why>`). */
export type LeftOut = "inferred" | "conflict" | "tierUnknown" | "noValue" | "sourcesDiffer" | "doubtful" | "flagged";

export interface StatedRound {
  year: number;
  /** Places whose tier a source states (not inferred, no conflict), by place code. */
  tiers: Map<string, Predikat>;
  /** Awarded records left out: the tier rests on inference only, sources disagree, or no source states a tier. */
  inferred: number;
  conflict: number;
  tierUnknown: number;
}

/** A record whose predikat a source states: awarded, a tier, no conflict, not resting on inference. */
export const isStatedTier = (a: AwardRecord): a is AwardRecord & { predikat: Predikat } =>
  a.status === "awarded" && a.predikat !== null && !a.conflict && !a.inferred;

export function statedRound(d: Pick<SiteData, "awards">, year: number): StatedRound {
  const round: StatedRound = { year, tiers: new Map(), inferred: 0, conflict: 0, tierUnknown: 0 };
  for (const a of d.awards) {
    if (a.year !== year || a.status !== "awarded") continue;
    if (isStatedTier(a)) round.tiers.set(a.placeCode, a.predikat);
    else if (a.conflict) round.conflict++;
    else if (a.predikat !== null) round.inferred++;
    else round.tierUnknown++;
  }
  return round;
}

/**
 * The rounds the findings compare: the latest held round with stated tiers, and the one before it (2025 and 2023
 * today). Computed, so a new round moves every finding with it.
 */
export function findingRounds(d: Pick<SiteData, "awards">): number[] {
  const years = [...new Set(d.awards.filter(isStatedTier).map((a) => a.year))].sort(ascending);
  return years.slice(-2).reverse();
}

/** The tiers in ladder order that any of `rounds` holds (so an unused tier, KLA today, draws no empty row). */
export function tiersHeld(rounds: readonly StatedRound[]): Predikat[] {
  const held = new Set(rounds.flatMap((r) => [...r.tiers.values()]));
  return PREDIKAT.filter((p) => held.has(p));
}

export interface SeriesYearValues {
  seriesId: string;
  year: number;
  /** The one usable value per place code. */
  values: Map<string, number>;
  /** Places with values that are left out, by why (a place with several reasons counts under the first). */
  sourcesDiffer: Set<string>;
  doubtful: Set<string>;
  flagged: Set<string>;
  /** Places whose value is kept but carries the small-sample caveat (0 or 100, no published error). */
  smallSample: Set<string>;
  /** Every value behind `values` (for the source line). */
  used: IndicatorValue[];
}

/** The latest year in which the series has kab/kota values; null when it has none. */
export function latestKabkotaYear(d: Pick<SiteData, "indicators">, seriesId: string): number | null {
  const years = d.indicators.filter((v) => v.seriesId === seriesId && v.areaLevel === "kabkota").map((v) => v.year);
  return years.length === 0 ? null : Math.max(...years);
}

/**
 * One value per place for a series and year. Two sources printing the same figure agree (as in the rankings); a
 * place is left out when its figures differ or the pipeline marked a conflict, when a row is doubtful, or when a
 * survey flag keeps it from being scored.
 */
export function seriesYearValues(
  d: Pick<SiteData, "indicators" | "method">,
  seriesId: string,
  year: number,
): SeriesYearValues {
  const out: SeriesYearValues = {
    seriesId,
    year,
    values: new Map(),
    sourcesDiffer: new Set(),
    doubtful: new Set(),
    flagged: new Set(),
    smallSample: new Set(),
    used: [],
  };
  const rows = d.indicators.filter((v) => v.seriesId === seriesId && v.year === year && v.areaLevel === "kabkota");
  for (const [code, values] of group(rows, (v) => v.areaCode)) {
    if (new Set(values.map((v) => v.value)).size > 1 || values.some((v) => v.conflict)) out.sourcesDiffer.add(code);
    else if (values.some((v) => v.doubtful)) out.doubtful.add(code);
    else if (!values.every((v) => isScoredValue(v, d.method.caveats))) out.flagged.add(code);
    else {
      out.values.set(code, values[0]!.value);
      out.used.push(...values);
      if (values.some((v) => valueCaveats(v).includes("small-sample"))) out.smallSample.add(code);
    }
  }
  return out;
}

/** Places by code, for the names and types a finding prints. */
export function placesByCode(d: Pick<SiteData, "places">): Map<string, Place> {
  return new Map(d.places.map((p) => [p.code, p]));
}

/**
 * What a place's score rests on, indicator by indicator (issue 15): for each of the method's indicators, the latest
 * year it is scored with its value, points, the province and national figure for the same indicator and year, and
 * where the value comes from ("BPS, Susenas 2024, via github.com"); the place's values that are held but not scored
 * (conflicting, doubtful, or flagged by the survey) with the caveat that keeps them out; and the indicators with no
 * data at all. Indicator 1 (KLA-K-01) is a yes-no answer with the regulation that decides it, compared with the
 * share of the province's and the country's kab/kota answering yes, and any regulation dated after the last scored
 * year (which no score counts yet). Language-free: the page words it through the profile dictionary.
 */
import type { IndicatorValue, SiteData } from "../pipeline/artefact.ts";
import type { IndicatorAchievement } from "../method/score.ts";
import type { CaveatRule, ValueCaveat } from "../method/caveats.ts";
import type { DecidingRegulation } from "../method/regulation-rules.ts";
import { regulationsAfterScoredYears, lastScoredYear, yesShares, type YesShare } from "./indicator-one.ts";
import { isScoredValue, valueCaveats } from "../pipeline/indicators.ts";
import { addIndicatorSource, hostOf, type SourceList } from "./source-list.ts";
import { viewIndex } from "./view-index.ts";

export interface ValueLine {
  seriesId: string;
  year: number;
  value: number;
  /** "BPS, Susenas 2024" when the value names its primary source; null for a value cited only by its page. */
  primary: string | null;
  /** Host of the public copy the value was read from ("github.com"), or of its source page. */
  via: string;
  /** The value's number in the page's source list. */
  source: number;
  /** The caveats the value carries (data/method/caveats.csv), and whether the method scores a value with them. */
  caveats: ValueCaveat[];
  scored: boolean;
  /** SKI 2023's 95 % confidence interval, when printed. */
  ci: [number, number] | null;
}

export interface ScoredIndicator {
  indicatorId: string;
  cluster: string;
  year: number;
  /** The value scored (after inversion and averaging); 1 or 0 for a yes-no indicator. */
  value: number;
  points: number;
  max: number;
  yesNo: boolean;
  /** For a yes-no indicator: the deciding regulation, as fields (the page words it per language). */
  decidedBy: DecidingRegulation | null;
  /** The same indicator and year in the place's province and the nation; null where not scored there. */
  province: number | null;
  national: number | null;
  /**
   * For a yes-no indicator, which has no province or national answer of its own: how the province's kab/kota and
   * all kab/kota answer it in the same year (yes among those known, and how many are unknown).
   */
  provinceShare: YesShare | null;
  nationalShare: YesShare | null;
  /** The place's values that fed it, with their sources and caveats. */
  values: ValueLine[];
}

export interface UnscoredValue extends ValueLine {
  indicatorId: string;
}

export interface ScoredIndicatorsView {
  scored: ScoredIndicator[];
  /** Held values of the place that no score uses because of a caveat, by indicator then series and year. */
  unscored: UnscoredValue[];
  /** Indicators with no value at all for the place, in the method's order. */
  missing: string[];
  /** Per cluster, in the method's order: indicators scored in some year, of how many. */
  coverage: { cluster: string; scored: number; total: number }[];
  /** Regulations of the place dated after the last scored year (`lastYear`): no score counts them yet. */
  later: DecidingRegulation[];
  lastYear: number | null;
}

/**
 * The primary source in a few words: its publisher, survey and year ("BPS, Susenas 2024", "Kemenkes, SKI 2023"), or
 * the primary source's text up to its first colon when the value names no survey.
 */
export function shortSource(v: Pick<IndicatorValue, "primarySource" | "survey" | "year">): string | null {
  if (!v.primarySource) return null;
  const publisher = v.primarySource.split(",")[0]!.trim();
  return v.survey ? `${publisher}, ${v.survey} ${v.year}` : v.primarySource.split(":")[0]!.trim();
}

function valueLine(list: SourceList, rules: readonly CaveatRule[], v: IndicatorValue): ValueLine {
  return {
    seriesId: v.seriesId,
    year: v.year,
    value: v.value,
    primary: shortSource(v),
    via: hostOf(v.carrierUrl ?? v.sourceUrl),
    source: addIndicatorSource(list, v),
    caveats: valueCaveats(v),
    scored: isScoredValue(v, rules),
    ci: v.ciLower !== undefined && v.ciUpper !== undefined ? [v.ciLower, v.ciUpper] : null,
  };
}

export function scoredIndicators(
  d: SiteData,
  list: SourceList,
  placeCode: string,
  provinceCode: string,
): ScoredIndicatorsView {
  const ix = viewIndex(d);
  const achievements = ix.achievementsByArea.get(placeCode) ?? [];
  const values = ix.indicatorsByArea.get(placeCode) ?? [];
  const sameIn = (areaCode: string, a: IndicatorAchievement) =>
    (ix.achievementsByArea.get(areaCode) ?? []).find((x) => x.indicator_id === a.indicator_id && x.year === a.year)
      ?.value ?? null;
  const indicatorOfSeries = new Map(d.method.series.map((s) => [s.seriesId, s.indicatorId]));
  const scored: ScoredIndicator[] = [];
  const used = new Set<IndicatorValue>();
  for (const ind of d.method.indicators) {
    const latest = achievements.filter((a) => a.indicator_id === ind.id).sort((a, b) => b.year - a.year)[0];
    if (!latest) continue;
    const fed = values.filter(
      (v) =>
        v.year === latest.year && latest.series.split("+").includes(v.seriesId) && isScoredValue(v, d.method.caveats),
    );
    for (const v of fed) used.add(v);
    const yesNo = ind.kind === "yes-no";
    const shares = yesNo ? yesShares(d, ind.id, latest.year) : null;
    scored.push({
      indicatorId: ind.id,
      cluster: ind.clusterId,
      year: latest.year,
      value: latest.value,
      points: latest.points,
      max: latest.max,
      yesNo,
      decidedBy: yesNo ? (latest.decided_by ?? null) : null,
      province: sameIn(provinceCode, latest),
      national: sameIn("ID", latest),
      provinceShare: shares?.get(provinceCode) ?? null,
      nationalShare: shares?.get("ID") ?? null,
      values: fed.map((v) => valueLine(list, d.method.caveats, v)),
    });
  }
  const scoredIds = new Set(scored.map((s) => s.indicatorId));
  // A value of an indicator's series that the method does not score because of its caveats: shown, with why.
  const unscored: UnscoredValue[] = values
    .filter((v) => !used.has(v) && !isScoredValue(v, d.method.caveats))
    .filter((v) => {
      const id = indicatorOfSeries.get(v.seriesId);
      return id !== null && id !== undefined;
    })
    .map((v) => ({ indicatorId: indicatorOfSeries.get(v.seriesId)!, ...valueLine(list, d.method.caveats, v) }))
    .sort((a, b) => a.indicatorId.localeCompare(b.indicatorId, "en") || a.year - b.year || a.value - b.value);
  const withValues = new Set([...scoredIds, ...unscored.map((u) => u.indicatorId)]);
  const order = [...d.method.clusters].sort((a, b) => a.order - b.order);
  return {
    scored,
    unscored,
    missing: d.method.indicators.filter((i) => !withValues.has(i.id)).map((i) => i.id),
    coverage: order.map((c) => {
      const of = d.method.indicators.filter((i) => i.clusterId === c.id);
      return { cluster: c.id, scored: of.filter((i) => scoredIds.has(i.id)).length, total: of.length };
    }),
    later: regulationsAfterScoredYears(d, placeCode),
    lastYear: lastScoredYear(d),
  };
}

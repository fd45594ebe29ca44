/**
 * What the indicator pages (/indikator/, /indikator/<seriesId>/) show, computed from the artefact once per series:
 * which KLA indicator a series measures and how, which years and levels it covers, where its figures come from,
 * and its ranking per year. Pure and language-free: the pages put words and links around it.
 */
import { ascending, group } from "d3-array";
import type { AreaLevel, IndicatorValue, SiteData } from "../pipeline/artefact.ts";
import type { Direction, MethodIndicator, SeriesLink } from "../method/score.ts";
import { rankAreas, type AreaRank } from "./rank-rule.ts";

/**
 * Which way is better for the context-only series (not scored, so the method does not say): both count coverage
 * of a health service, so higher is better. A context series missing here is an error, not a silent default.
 */
const CONTEXT_DIRECTION: Readonly<Record<string, Direction>> = {
  asi_eksklusif_ski: "higher",
  idl_12_23_bps: "higher",
  wasting_balita: "lower",
  underweight_balita: "lower",
  melahirkan_pertama_bawah_20: "lower",
};

/**
 * A year is used for the distribution when it covers at least this share of the areas of the best-covered year at
 * that level. The latest year is often a partial one (a few provinces quoted in the news): drawing it alone would
 * show 2 provinces as "the distribution". 0.6 keeps SKI 2023 (23 of 34 provinces) and drops SSGI 2024 (2 of 34).
 */
export const REFERENCE_YEAR_MIN_SHARE = 0.6;

export interface SeriesSource {
  url: string;
  domain: string;
  /** Values citing this URL. */
  count: number;
  years: number[];
  /** Source titles as recorded, distinct and non-empty. */
  titles: string[];
}

export interface YearCoverage {
  year: number;
  /** National figure(s) for the year: usually one; several only when sources disagree. */
  national: IndicatorValue[];
  provinces: number;
  kabkota: number;
}

export interface SeriesSummary {
  id: string;
  /** The series' row in data/method/series.csv. */
  link: SeriesLink;
  /** The KLA indicator it measures; null for a context series. */
  indicator: MethodIndicator | null;
  /** Which way is better for the series itself (an inverted series runs against its indicator). */
  better: Direction;
  unit: string;
  values: IndicatorValue[];
  years: number[];
  levels: AreaLevel[];
  coverage: YearCoverage[];
  /** Surveys as the sources name them (SSGI, SKI, Susenas…), in order of first appearance by year. */
  surveys: string[];
  sources: SeriesSource[];
  /** Area-years where sources disagree (each counted once). */
  conflicts: number;
  /** The latest year with a national figure, and that figure (null when sources disagree on it). */
  latestNational: { year: number; value: number | null; conflict: boolean } | null;
}

export function domainOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/** Better direction of a series: its indicator's direction, flipped when the series counts the opposite. */
export function betterDirection(link: SeriesLink, indicator: MethodIndicator | null): Direction {
  if (indicator === null) {
    const direction = CONTEXT_DIRECTION[link.seriesId];
    if (direction === undefined)
      throw new Error(`indicator-views: context series ${link.seriesId} has no direction in CONTEXT_DIRECTION`);
    return direction;
  }
  if (indicator.direction === null)
    throw new Error(`indicator-views: ${link.seriesId} feeds yes-no indicator ${indicator.id}`);
  if (!link.inverted) return indicator.direction;
  return indicator.direction === "higher" ? "lower" : "higher";
}

const uniq = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

const summariesMemo = new WeakMap<Pick<SiteData, "indicators" | "method">, readonly SeriesSummary[]>();

/**
 * Every series that has at least one value, in the order of the indicators they measure (context last). Memoised
 * per artefact: indicator, ranking and comparison pages each ask for it (~30 ms a call, hundreds of calls a build).
 */
export function seriesSummaries(d: Pick<SiteData, "indicators" | "method">): SeriesSummary[] {
  let summaries = summariesMemo.get(d);
  if (summaries === undefined) summariesMemo.set(d, (summaries = summariseAll(d)));
  return [...summaries];
}

function summariseAll(d: Pick<SiteData, "indicators" | "method">): SeriesSummary[] {
  const indicators = new Map(d.method.indicators.map((i) => [i.id, i]));
  const valuesBySeries = group(d.indicators, (v) => v.seriesId);
  const summaries: SeriesSummary[] = [];
  for (const link of d.method.series) {
    const values = valuesBySeries.get(link.seriesId);
    if (values === undefined) continue;
    const indicator = link.indicatorId === null ? null : (indicators.get(link.indicatorId) ?? null);
    summaries.push(summarise(link, indicator, values));
  }
  const order = (s: SeriesSummary) => (s.indicator === null ? 1000 : s.indicator.number * 10 + (s.link.priority ?? 0));
  return summaries.sort((a, b) => order(a) - order(b) || ascending(a.id, b.id));
}

function summarise(link: SeriesLink, indicator: MethodIndicator | null, values: IndicatorValue[]): SeriesSummary {
  const years = uniq(values.map((v) => v.year)).sort(ascending);
  const levels = (["national", "province", "kabkota"] as const).filter((l) => values.some((v) => v.areaLevel === l));
  const coverage = years.map((year) => {
    const inYear = values.filter((v) => v.year === year);
    const count = (level: AreaLevel) =>
      new Set(inYear.filter((v) => v.areaLevel === level).map((v) => v.areaCode)).size;
    return {
      year,
      national: inYear.filter((v) => v.areaLevel === "national"),
      provinces: count("province"),
      kabkota: count("kabkota"),
    };
  });
  const bySource = new Map<string, SeriesSource>();
  for (const v of values) {
    const s = bySource.get(v.sourceUrl) ?? {
      url: v.sourceUrl,
      domain: domainOf(v.sourceUrl),
      count: 0,
      years: [],
      titles: [],
    };
    s.count++;
    if (!s.years.includes(v.year)) s.years.push(v.year);
    if (v.sourceTitle !== "" && !s.titles.includes(v.sourceTitle)) s.titles.push(v.sourceTitle);
    bySource.set(v.sourceUrl, s);
  }
  const sources = [...bySource.values()]
    .map((s) => ({ ...s, years: s.years.sort(ascending) }))
    .sort((a, b) => b.count - a.count || ascending(a.url, b.url));
  const conflicts = new Set(values.filter((v) => v.conflict).map((v) => `${v.areaLevel}|${v.areaCode}|${v.year}`)).size;
  const withNational = coverage.filter((c) => c.national.length > 0);
  const last = withNational[withNational.length - 1];
  const latestNational =
    last === undefined
      ? null
      : {
          year: last.year,
          value: nationalValue(last.national),
          conflict: last.national.length > 1 || last.national.some((v) => v.conflict),
        };
  const surveys = uniq(
    [...values]
      .sort((a, b) => a.year - b.year)
      .map((v) => v.survey)
      .filter((s) => s !== ""),
  );
  return {
    id: link.seriesId,
    link,
    indicator,
    better: betterDirection(link, indicator),
    unit: values[0]?.unit ?? "",
    values,
    years,
    levels,
    coverage,
    surveys,
    sources,
    conflicts,
    latestNational,
  };
}

/** The one national figure of a year, or null when there is none or sources disagree. */
export function nationalValue(national: readonly IndicatorValue[]): number | null {
  if (national.length !== 1 || national[0]!.conflict) return null;
  return national[0]!.value;
}

/** Years with data at a level, ascending, with how many distinct areas each covers. */
export function yearsAtLevel(
  s: SeriesSummary,
  level: Exclude<AreaLevel, "national">,
): { year: number; areas: number }[] {
  return s.coverage
    .map((c) => ({ year: c.year, areas: level === "province" ? c.provinces : c.kabkota }))
    .filter((c) => c.areas > 0);
}

/** The year whose distribution is drawn: the latest year covering enough areas (REFERENCE_YEAR_MIN_SHARE). */
export function referenceYear(s: SeriesSummary, level: Exclude<AreaLevel, "national">): number | null {
  const years = yearsAtLevel(s, level);
  if (years.length === 0) return null;
  const best = Math.max(...years.map((y) => y.areas));
  const usable = years.filter((y) => y.areas >= best * REFERENCE_YEAR_MIN_SHARE);
  return usable[usable.length - 1]!.year;
}

export interface RankRow extends AreaRank {
  /** The area's one figure; null when sources print different figures (each is in `values`). */
  value: number | null;
  /** Sources print different figures, or the pipeline marked the value as conflicting. */
  conflict: boolean;
  /** value − national, in the series' unit; null without a single national figure or a single value. */
  diffFromNational: number | null;
  /** Better than the national figure (by the series' direction); null when it cannot be said or is equal. */
  betterThanNational: boolean | null;
}

/**
 * The ranking of one level in one year by the site's one rule (./rank-rule.ts): best first by the series'
 * direction, ties sharing a rank, every caveated value (conflicting, doubtful, survey-flagged, small-sample) unranked
 * after the ranked ones with its caveats. The kab/kota ranking page (./kabkota-rankings.ts) is built from this very
 * function, so the indicator page and the ranking page can never give a place two different ranks.
 */
export function ranking(s: SeriesSummary, level: Exclude<AreaLevel, "national">, year: number): RankRow[] {
  const national = nationalValue(s.coverage.find((c) => c.year === year)?.national ?? []);
  const areas = rankAreas(
    s.values.filter((v) => v.areaLevel === level && v.year === year),
    s.better,
  );
  return areas.map((a): RankRow => {
    const conflict = a.caveats.includes("conflict");
    const value = conflict ? null : a.values[0]!.value;
    const diff = value === null || national === null ? null : value - national;
    const betterThanNational =
      diff === null || Math.abs(diff) < 1e-9 ? null : s.better === "higher" ? diff > 0 : diff < 0;
    return { ...a, value, conflict, diffFromNational: diff, betterThanNational };
  });
}

/** How much of a level a year's ranking covers: the sentence above every table that prints a rank. */
export interface RankCount {
  ranked: number;
  /** Areas with a value that is not ranked because of a caveat. */
  apart: number;
  /** Areas of the level with no value in the year. */
  noValue: number;
  /** Every area of the level (38 provinces, 514 kab/kota). */
  total: number;
}

export function rankCount(rows: readonly RankRow[], total: number): RankCount {
  const ranked = rows.filter((r) => r.rank !== null).length;
  return { ranked, apart: rows.length - ranked, noValue: total - rows.length, total };
}

export interface SeriesGroup {
  /** The section's anchor on the indicator list. */
  id: "dinilai" | "konteks";
  /** True for series that measure a KLA indicator (scored), false for context series. */
  scored: boolean;
  items: SeriesSummary[];
}

/** The indicator list's sections: series that measure a KLA indicator, then context series; empty sections left out. */
export function seriesGroups(summaries: readonly SeriesSummary[]): SeriesGroup[] {
  const groups: SeriesGroup[] = [
    { id: "dinilai", scored: true, items: summaries.filter((x) => x.indicator !== null) },
    { id: "konteks", scored: false, items: summaries.filter((x) => x.indicator === null) },
  ];
  return groups.filter((g) => g.items.length > 0);
}

/** KLA indicators that no open series measures (so the reader sees what the data cannot say). */
export function indicatorsWithoutSeries(
  d: Pick<SiteData, "method">,
  summaries: readonly SeriesSummary[],
): MethodIndicator[] {
  const measured = new Set(summaries.map((s) => s.indicator?.id).filter((id): id is string => id !== undefined));
  return [...d.method.indicators].sort((a, b) => a.number - b.number).filter((i) => !measured.has(i.id));
}

/** Years as runs: [2021, 2022, 2023, 2025] → "2021–2023, 2025". */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort(ascending);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(", ");
}

/** One level's part of a series page: the reference year's ranking, and the other years' rankings newest first. */
export interface LevelSection {
  level: "province" | "kabkota";
  /** The year the distribution is drawn for (referenceYear). */
  year: number;
  /** The latest year with any area at this level. */
  latest: { year: number; areas: number };
  rows: RankRow[];
  national: number | null;
  others: { year: number; areas: number; rows: RankRow[]; national: number | null }[];
}

export interface IndicatorPage {
  summary: SeriesSummary;
  /** Levels with data, province first. */
  levels: ("province" | "kabkota")[];
  sections: LevelSection[];
  /** Every conflicting area value, by level and year. */
  conflictRows: { level: "province" | "kabkota"; year: number; row: RankRow }[];
  /** Years whose national figure has more than one value or a conflicting one. */
  nationalConflicts: YearCoverage[];
  /** How many distinct web domains the series' sources come from. */
  domainCount: number;
}

/** Everything a series page (/indikator/<seriesId>/) prints apart from its chart files; throws on an unknown series. */
export function indicatorPage(d: Pick<SiteData, "indicators" | "method">, seriesId: string): IndicatorPage {
  const summary = seriesSummaries(d).find((x) => x.id === seriesId);
  if (summary === undefined) throw new Error(`indicatorPage: unknown series ${seriesId}`);
  const nationalOf = (year: number) => nationalValue(summary.coverage.find((c) => c.year === year)?.national ?? []);
  const levels = (["province", "kabkota"] as const).filter((l) => summary.levels.includes(l));
  const sections = levels.map((level): LevelSection => {
    const year = referenceYear(summary, level)!;
    const years = yearsAtLevel(summary, level);
    const others = years
      .filter((y) => y.year !== year)
      .reverse()
      .map((y) => ({ ...y, rows: ranking(summary, level, y.year), national: nationalOf(y.year) }));
    return {
      level,
      year,
      latest: years[years.length - 1]!,
      rows: ranking(summary, level, year),
      national: nationalOf(year),
      others,
    };
  });
  return {
    summary,
    levels,
    sections,
    conflictRows: levels.flatMap((level) =>
      yearsAtLevel(summary, level).flatMap((y) =>
        ranking(summary, level, y.year)
          .filter((r) => r.conflict)
          .map((row) => ({ level, year: y.year, row })),
      ),
    ),
    nationalConflicts: summary.coverage.filter((c) => c.national.length > 1 || c.national.some((v) => v.conflict)),
    domainCount: new Set(summary.sources.map((x) => x.domain)).size,
  };
}

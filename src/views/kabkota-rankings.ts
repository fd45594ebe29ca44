/**
 * The kab/kota ranking views beside the predikat rankings (issue 15): one ranking per scored series with kab/kota
 * values and year (/peringkat/indikator/<seriesId>/), a cluster III ranking (/peringkat/klaster-iii/), and
 * indicator 1 (the Perda KLA) as counts, since a yes/no/unknown answer orders nothing.
 *
 * The rules, each printed on the page:
 * - a series is ranked by the site's one rule (./rank-rule.ts, through `ranking()` of ./indicator-views.ts, which
 *   the indicator page's table uses too): only values with no caveat at all are ranked, best first by the series'
 *   own direction, equal values sharing a rank ("1, 2, 2, 4"); caveated values are listed apart with their caveat;
 * - every place with no value is counted ("ranked: N of 514; no value: M"), never dropped silently;
 * - cluster scores are partial (the points of the indicators present), so a score is only ranked against places
 *   scored on exactly the same indicators of the cluster: one table per set of indicators, never a 1-of-6 score
 *   beside a 3-of-6 one.
 * Pure and language-free: the pages put words around it.
 */
import { ascending, groups } from "d3-array";
import type { IndicatorValue, Place, SiteData } from "../pipeline/artefact.ts";
import { round2 } from "../method/score.ts";
import { VALUE_CAVEATS, type ValueCaveat } from "../method/caveats.ts";
import { isScoredValue, valueCaveats } from "../pipeline/indicators.ts";
import { ranking, referenceYear, seriesSummaries, yearsAtLevel, type SeriesSummary } from "./indicator-views.ts";
import { rankBest } from "./rank-rule.ts";
import { shortSource } from "./scored-indicators.ts";
import { hostOf } from "./source-list.ts";
import { viewIndex } from "./view-index.ts";
import { formatNumber } from "../i18n/format.ts";
import type { Lang } from "../i18n/index.ts";
import { tp } from "../i18n/pages/profile.ts";

/** The cluster with kab/kota series (births, nutrition, water and sanitation): the one a cluster view can rank. */
export const RANKED_CLUSTER = "III";

/** Series that measure a KLA indicator and hold kab/kota values: the ones with a ranking page. */
export function rankedSeries(d: Pick<SiteData, "indicators" | "method">): SeriesSummary[] {
  return seriesSummaries(d).filter((s) => s.indicator !== null && s.levels.includes("kabkota"));
}

/** The years a series has a kab/kota ranking for, newest first, and the one /peringkat/indikator/<id>/ shows. */
export function rankingYearsOf(s: SeriesSummary): { years: number[]; main: number } {
  return {
    years: yearsAtLevel(s, "kabkota")
      .map((y) => y.year)
      .reverse(),
    main: referenceYear(s, "kabkota")!,
  };
}

/** The Indonesian path of a series' ranking in a year other than its main one (the English twin: src/i18n/routes.ts). */
export const rankingYearPath = (seriesId: string, year: number) => `/peringkat/indikator/${seriesId}/${year}/`;

/** A ranked series' kab/kota years other than the one /peringkat/indikator/<id>/ shows, newest first. */
export function earlierRankingYears(s: SeriesSummary): number[] {
  const { years, main } = rankingYearsOf(s);
  return years.filter((y) => y !== main);
}

/** Every page /peringkat/indikator/<id>/<year>/, with its Indonesian path (the pages' shard subject). */
export function rankingYearPages(d: Pick<SiteData, "indicators" | "method">) {
  return rankedSeries(d).flatMap((s) =>
    earlierRankingYears(s).map((year) => ({ seriesId: s.id, year, path: rankingYearPath(s.id, year) })),
  );
}

export interface RankedValue {
  place: Place;
  rank: number;
  value: number;
  /** SKI's 95 % confidence interval, when printed. */
  ci: [number, number] | null;
}

export interface ApartValue {
  place: Place;
  /** The distinct figures held (two or more for a conflict), ascending. */
  values: number[];
  /** Why it is not ranked, in VALUE_CAVEATS order. */
  caveats: ValueCaveat[];
  ci: [number, number] | null;
}

/** Where the year's kab/kota values come from: "BPS, Susenas 2024" via the public copy, with how many values. */
export interface RankingSource {
  primary: string | null;
  via: string;
  url: string;
  count: number;
}

/** The address a value was read from: its public copy where the row names one, else its source. */
export const sourceUrlOf = (v: IndicatorValue): string => v.carrierUrl ?? v.sourceUrl;

/** The sources of some values, each with how many of them it gives, the commonest first. */
export function valueSources(values: Iterable<IndicatorValue>): RankingSource[] {
  return groups(values, sourceUrlOf)
    .map(([url, same]): RankingSource => ({
      primary: shortSource(same[0]!),
      via: hostOf(url),
      url,
      count: same.length,
    }))
    .sort((a, b) => b.count - a.count || ascending(a.url, b.url));
}

/** "BPS, Susenas 2024, via github.com (514)", or the host alone when the value names no primary source. */
export function sourceLabel(lang: Lang, s: RankingSource): string {
  const name = s.primary === null ? s.via : tp(lang, "scored.via", { primary: s.primary, host: s.via });
  return `${name} (${formatNumber(lang, s.count)})`;
}

export interface IndicatorRanking {
  summary: SeriesSummary;
  year: number;
  /** The series' kab/kota years, newest first, and the one at /peringkat/indikator/<id>/. */
  years: number[];
  main: number;
  ranked: RankedValue[];
  apart: ApartValue[];
  sources: RankingSource[];
  /** Places with no value in the year, by province then name. */
  noValue: Place[];
  /** Every kab/kota (514). */
  total: number;
}

const byProvinceThenName = (a: Place, b: Place) =>
  a.provinceName.localeCompare(b.provinceName, "id") || a.name.localeCompare(b.name, "id");

const ciOf = (v: IndicatorValue): [number, number] | null =>
  v.ciLower !== undefined && v.ciUpper !== undefined ? [v.ciLower, v.ciUpper] : null;

/** One series' kab/kota ranking in one year; throws on a series without a ranking or a year without values. */
export function indicatorRanking(
  d: Pick<SiteData, "indicators" | "method" | "places">,
  seriesId: string,
  year: number,
) {
  const summary = rankedSeries(d).find((s) => s.id === seriesId);
  if (summary === undefined) throw new Error(`indicatorRanking: ${seriesId} has no kab/kota ranking`);
  const { years, main } = rankingYearsOf(summary);
  if (!years.includes(year)) throw new Error(`indicatorRanking: ${seriesId} has no kab/kota values in ${year}`);
  // The indicator page's ranking table is this very ranking (one rule, src/views/rank-rule.ts): only the places
  // are attached here, and the places without a value counted.
  const rows = ranking(summary, "kabkota", year);
  const placeByCode = new Map(d.places.map((p) => [p.code, p]));
  const placeOf = (code: string): Place => {
    const place = placeByCode.get(code);
    if (place === undefined) throw new Error(`indicatorRanking: ${seriesId} ${year} has a value for unknown ${code}`);
    return place;
  };
  const ranked = rows.flatMap((r): RankedValue[] =>
    r.rank === null ? [] : [{ place: placeOf(r.areaCode), rank: r.rank, value: r.value!, ci: ciOf(r.values[0]!) }],
  );
  const apart = rows.flatMap((r): ApartValue[] =>
    r.rank !== null
      ? []
      : [
          {
            place: placeOf(r.areaCode),
            values: [...new Set(r.values.map((v) => v.value))],
            caveats: r.caveats,
            ci: ciOf(r.values[0]!),
          },
        ],
  );
  const held = new Set(rows.map((r) => r.areaCode));
  const noValue = d.places.filter((p) => !held.has(p.code));
  return {
    summary,
    year,
    years,
    main,
    ranked,
    apart: apart.sort((a, b) => byProvinceThenName(a.place, b.place)),
    sources: valueSources(rows.flatMap((r) => r.values)),
    noValue: noValue.sort(byProvinceThenName),
    total: d.places.length,
  } satisfies IndicatorRanking;
}

export interface ClusterRankRow {
  place: Place;
  rank: number;
  score: number;
  /** Points per indicator of the group, in the group's order. */
  points: number[];
  /** Caveats of the values the score uses that the method scores anyway (small-sample): shown beside the score. */
  caveats: ValueCaveat[];
}

export interface ClusterGroup {
  /** The cluster's indicators scored for every place of the group, in the method's order. */
  indicators: string[];
  /** The points those indicators can earn together: the group's scores are out of this, not the cluster's max. */
  max: number;
  rows: ClusterRankRow[];
}

export interface ClusterRanking {
  cluster: string;
  year: number;
  /** Indicators in the cluster (6 for III). */
  clusterTotal: number;
  /** The cluster's full maximum (for the rule's sentence). */
  clusterMax: number;
  /** Most indicators first, then larger groups. */
  groups: ClusterGroup[];
  /** Places with no indicator of the cluster scored in the year. */
  noScore: Place[];
  total: number;
}

/**
 * The year of the cluster ranking: the one with the most kab/kota indicator scores in the cluster (the latest of
 * equals), as a profile picks its score year, so the ranking covers as much as the data allows.
 */
export function clusterRankingYear(d: Pick<SiteData, "scores">, cluster: string): number | null {
  const present = new Map<number, number>();
  for (const s of d.scores)
    if (s.area_level === "kabkota" && s.cluster === cluster)
      present.set(s.year, (present.get(s.year) ?? 0) + s.present);
  const best = [...present].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best === undefined ? null : best[0];
}

/** The cluster ranking: kab/kota grouped by exactly which of the cluster's indicators are scored, ranked in each. */
export function clusterRanking(d: SiteData, cluster = RANKED_CLUSTER): ClusterRanking | null {
  const year = clusterRankingYear(d, cluster);
  if (year === null) return null;
  const ix = viewIndex(d);
  const ofCluster = [...d.method.indicators].filter((i) => i.clusterId === cluster).sort((a, b) => a.number - b.number);
  const maxOf = new Map(ofCluster.map((i) => [i.id, i.maxPoints]));
  const groups = new Map<
    string,
    { indicators: string[]; members: { place: Place; score: number; points: number[]; caveats: ValueCaveat[] }[] }
  >();
  const noScore: Place[] = [];
  for (const place of d.places) {
    const row = (ix.scoresByArea.get(place.code) ?? []).find((s) => s.year === year && s.cluster === cluster);
    const achieved = (ix.achievementsByArea.get(place.code) ?? [])
      .filter((a) => a.year === year && a.cluster === cluster)
      .sort(
        (a, b) =>
          ofCluster.findIndex((i) => i.id === a.indicator_id) - ofCluster.findIndex((i) => i.id === b.indicator_id),
      );
    if (row === undefined || row.score === null || achieved.length === 0) {
      noScore.push(place);
      continue;
    }
    const used = achieved.flatMap((a) => a.series.split("+"));
    const values = (ix.indicatorsByArea.get(place.code) ?? []).filter(
      (v) => v.year === year && used.includes(v.seriesId),
    );
    // Only the caveats of values the method scores can be under a score (small-sample): the others never reach it.
    const scored = values.filter((v) => isScoredValue(v, d.method.caveats));
    const caveats = VALUE_CAVEATS.filter((c) => scored.some((v) => valueCaveats(v).includes(c)));
    const indicators = achieved.map((a) => a.indicator_id);
    const key = indicators.join("+");
    const g = groups.get(key) ?? { indicators, members: [] };
    g.members.push({ place, score: row.score, points: achieved.map((a) => a.points), caveats });
    groups.set(key, g);
  }
  const out = [...groups.values()]
    .map((g): ClusterGroup => ({
      indicators: g.indicators,
      max: round2(g.indicators.reduce((sum, id) => sum + (maxOf.get(id) ?? 0), 0)),
      rows: rankBest(
        g.members,
        (m) => m.score,
        "higher",
        (m) => m.place.code,
      ).map(({ item, rank }) => ({
        place: item.place,
        rank,
        score: item.score,
        points: item.points,
        caveats: item.caveats,
      })),
    }))
    .sort(
      (a, b) =>
        b.indicators.length - a.indicators.length ||
        b.rows.length - a.rows.length ||
        ascending(a.indicators.join("+"), b.indicators.join("+")),
    );
  return {
    cluster,
    year,
    clusterTotal: ofCluster.length,
    clusterMax: round2(ofCluster.reduce((sum, i) => sum + i.maxPoints, 0)),
    groups: out,
    noScore: noScore.sort(byProvinceThenName),
    total: d.places.length,
  };
}

/** Indicator 1 (a yes-no answer) as counts over every kab/kota in the latest year it is answered. */
export interface YesNoCounts {
  indicatorId: string;
  year: number;
  yes: number;
  no: number;
  unknown: number;
  total: number;
}

export function yesNoCounts(d: Pick<SiteData, "achievements" | "method" | "places">): YesNoCounts[] {
  return d.method.indicators
    .filter((i) => i.kind === "yes-no")
    .flatMap((ind) => {
      const answers = d.achievements.filter((a) => a.indicator_id === ind.id && a.area_level === "kabkota");
      if (answers.length === 0) return [];
      const year = Math.max(...answers.map((a) => a.year));
      const inYear = answers.filter((a) => a.year === year);
      const yes = inYear.filter((a) => a.value === 1).length;
      const no = inYear.length - yes;
      return [{ indicatorId: ind.id, year, yes, no, unknown: d.places.length - inYear.length, total: d.places.length }];
    });
}

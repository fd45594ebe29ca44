/**
 * Sections the place and the province profiles share: an area's indicator series against its province and the
 * nation (SeriesView), province-level context series (ContextRow), the cluster scores with the indicators that fed
 * them (ClusterView) and named for the cluster chart (labelledClusters), and the sources of the method and of the
 * score bands. Each numbers its sources in the page's SourceList as it goes, so the order of calls is the order of the
 * page's source list.
 */
import type { IndicatorValue, SiteData } from "../pipeline/artefact.ts";
import type { AreaScore, IndicatorAchievement } from "../method/score.ts";
import type { LabelledClusterScore } from "../charts/cluster-scores.ts";
import { localName, type Lang } from "../i18n/index.ts";
import { tp, type ProfileKey } from "../i18n/pages/profile.ts";
import { addIndicatorSource, type SourceList } from "./source-list.ts";
import { viewIndex } from "./view-index.ts";

export interface SeriesView {
  seriesId: string;
  /** Values of the focus area, its province (for a place) and the nation: what indicatorComparison draws. */
  values: IndicatorValue[];
  /** Source numbers of those values, in list order. */
  sources: number[];
  conflict: boolean;
}

/** A province-level series shown on a place page as context (the place itself has no figure for it). */
export interface ContextRow {
  seriesId: string;
  /** The series' unit, for formatting the values. */
  unit: string;
  year: number;
  province: IndicatorValue[];
  national: IndicatorValue[];
  sources: number[];
}

export function seriesView(list: SourceList, seriesId: string, areas: (IndicatorValue[] | undefined)[]): SeriesView {
  const values = areas.flatMap((vs) => (vs ?? []).filter((v) => v.seriesId === seriesId));
  const sources = [...new Set(values.map((v) => addIndicatorSource(list, v)))].sort((a, b) => a - b);
  return { seriesId, values, sources, conflict: values.some((v) => v.conflict) };
}

/** The distinct series of some indicator values, sorted. */
export const seriesIdsOf = (values: readonly IndicatorValue[] | undefined) =>
  [...new Set((values ?? []).map((v) => v.seriesId))].sort();

export interface ClusterView {
  /** The year with the most indicators scored (the latest of equals). */
  year: number;
  clusters: AreaScore[];
  /** The indicators that fed the scores, with the series they came from. */
  achievements: IndicatorAchievement[];
  sources: number[];
  /** Indicators with data, and of how many (the method's 24 when the clusters count none): the caveat's figures. */
  indicatorsPresent: number;
  indicatorsTotal: number;
}

export function clusterView(d: SiteData, list: SourceList, areaCode: string): ClusterView | null {
  const ix = viewIndex(d);
  const rows = ix.scoresByArea.get(areaCode) ?? [];
  if (rows.length === 0) return null;
  // The year with the most indicators scored (the latest of equals): 2025 has only births outside a facility at
  // kab/kota level, so "latest year" alone would show 1 indicator where 2024 has 3 or more.
  const presentIn = new Map<number, number>();
  for (const r of rows) presentIn.set(r.year, (presentIn.get(r.year) ?? 0) + r.present);
  const year = [...presentIn].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  const order = new Map(d.method.clusters.map((c) => [c.id, c.order]));
  const clusters = rows
    .filter((r) => r.year === year)
    .sort((a, b) => (order.get(a.cluster) ?? 0) - (order.get(b.cluster) ?? 0));
  const achievements = (ix.achievementsByArea.get(areaCode) ?? []).filter((a) => a.year === year);
  const sources = new Set<number>();
  const values = ix.indicatorsByArea.get(areaCode) ?? [];
  for (const a of achievements) {
    for (const seriesId of a.series.split("+")) {
      for (const v of values)
        if (v.seriesId === seriesId && v.year === year && !v.conflict) sources.add(addIndicatorSource(list, v));
    }
  }
  for (const n of methodSources(d, list)) sources.add(n);
  return {
    year,
    clusters,
    achievements,
    sources: [...sources].sort((a, b) => a - b),
    indicatorsPresent: clusters.reduce((n, c) => n + c.present, 0),
    indicatorsTotal: clusters.reduce((n, c) => n + c.total, 0) || d.method.indicators.length,
  };
}

/** Clusters whose short name the profile dictionary holds, so that the longest (IV) fits a phone-width chart. */
const SHORT_NAMED = new Set(["K", "I", "II", "III", "IV", "V"]);

/** The cluster chart's rows: each cluster's score with its name in the reader's language (the short name where the
 * dictionary has one; a cluster it does not know keeps its full name from data/method). */
export function labelledClusters(d: SiteData, lang: Lang, view: ClusterView): LabelledClusterScore[] {
  const clusterName = new Map(d.method.clusters.map((c) => [c.id, localName(lang, c)]));
  const labelOf = (id: string) =>
    SHORT_NAMED.has(id) ? tp(lang, `cluster.${id}` as ProfileKey) : `${id}. ${clusterName.get(id) ?? ""}`;
  return view.clusters.map((c) => ({
    id: c.cluster,
    label: labelOf(c.cluster),
    score: c.score,
    max: c.max,
    present: c.present,
    total: c.total,
  }));
}

/** Where the clusters and the 24 indicators are defined (cited by the cluster chart). */
function methodSources(d: SiteData, list: SourceList): number[] {
  return [
    ...new Set(
      d.method.clusters.flatMap((c) => splitUrls(c.source)).map((url) => list.add(url, "method", { kind: "method" })),
    ),
  ];
}

/** Where the predikat score bands are published (cited by the predikat's meaning and the reported scores). */
export function bandSources(d: SiteData, list: SourceList): number[] {
  return [
    ...new Set(
      d.method.bands.flatMap((b) => splitUrls(b.source)).map((url) => list.add(url, "method", { kind: "bands" })),
    ),
  ].sort((a, b) => a - b);
}

/** Method files list several sources in one field, separated by " | ". */
const splitUrls = (field: string) =>
  field
    .split("|")
    .map((s) => s.trim())
    .filter((s) => /^https?:\/\//.test(s));

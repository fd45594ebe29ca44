/**
 * What the methodology page (/metodologi/) shows, computed from the method and the artefact: where each field of
 * the method comes from, the exact band edges, the rounds and their indicator regime, and every place where the
 * sources disagree (awards, indicator values, reported scores against their band, national round figures).
 * Pure and language-free.
 */
import type {
  AreaLevel,
  AwardRecord,
  AwardRound,
  IndicatorValue,
  Predikat,
  ReportedScore,
  SiteData,
} from "../pipeline/artefact.ts";
import { formatPercent } from "../i18n/format.ts";
import {
  FIELD_STATUSES,
  predikatForScore,
  type FieldStatus,
  type Method,
  type MethodIndicator,
  type SeriesLink,
} from "../method/score.ts";

/** A field of the method with where it comes from. */
export interface MethodField {
  field: "identity" | "measure" | "floor" | "target" | "points";
  status: FieldStatus;
  /** URLs and README sections, as written in data/method (split on " | "). */
  sources: string[];
}

export function splitSources(source: string | null): string[] {
  if (source === null) return [];
  return source
    .split(" | ")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** The fields of one indicator that carry a status (floor and target only for percents). */
export function indicatorFields(ind: MethodIndicator): MethodField[] {
  const fields: MethodField[] = [
    { field: "identity", status: ind.identityStatus, sources: splitSources(ind.identitySource) },
    { field: "measure", status: ind.measureStatus, sources: splitSources(ind.measureSource) },
  ];
  if (ind.floorStatus !== null)
    fields.push({ field: "floor", status: ind.floorStatus, sources: splitSources(ind.floorSource) });
  if (ind.targetStatus !== null)
    fields.push({ field: "target", status: ind.targetStatus, sources: splitSources(ind.targetSource) });
  fields.push({ field: "points", status: ind.pointsStatus, sources: splitSources(ind.pointsSource) });
  return fields;
}

/** How many fields of the method have each status: clusters, indicators' fields, band rules and ranges, series. */
export function statusCounts(method: Method): Record<FieldStatus, number> {
  const counts = Object.fromEntries(FIELD_STATUSES.map((s) => [s, 0])) as Record<FieldStatus, number>;
  for (const c of method.clusters) counts[c.status]++;
  for (const ind of method.indicators) for (const f of indicatorFields(ind)) counts[f.status]++;
  for (const b of method.bands) {
    counts[b.ruleStatus]++;
    counts[b.bandStatus]++;
  }
  for (const s of method.series) counts[s.status]++;
  return counts;
}

/**
 * Where a source of the method points. URLs are links as they are; a section of data/method/README.md (the
 * argument for an assumption) is explained on the methodology page itself, under the same anchor.
 */
export function methodSourceTarget(
  source: string,
): { kind: "url"; href: string; label: string } | { kind: "section"; anchor: string } {
  const readme = /^data\/method\/README\.md#([\w-]+)$/.exec(source);
  if (readme) return { kind: "section", anchor: readme[1]! };
  let label = source;
  try {
    label = new URL(source).hostname.replace(/^www\./, "");
  } catch {
    // not a URL: shown as written
  }
  return { kind: "url", href: source, label };
}

/** Scores that show exactly where each band starts, with the predikat the method gives them. */
export const BAND_EDGE_EXAMPLES = [499.99, 500, 600, 600.01, 700, 700.01, 800, 800.01, 900, 900.01, 1000] as const;

export function bandEdgeExamples(method: Method): { score: number; predikat: Predikat | null }[] {
  return BAND_EDGE_EXAMPLES.map((score) => ({ score, predikat: predikatForScore(score, method.bands) }));
}

/**
 * The first round scored on 24 indicators. KemenPPPA still cited 31 indicators in December 2017 and 24 in July
 * 2018 (data/raw/notes/methodology.md §1); the artefact's rounds do not carry the regime, so it is derived here.
 */
export const FIRST_24_INDICATOR_ROUND = 2018;

export function indicatorRegime(year: number): 24 | 31 {
  return year >= FIRST_24_INDICATOR_ROUND ? 24 : 31;
}

/**
 * Round notes that record a disagreement between sources on the national figures (totals, counts, the round's
 * label). The notes are the compilers' words, in English; these phrases are how they mark a disagreement.
 */
const ROUND_CONFLICT = /CONFLICT|typo|labels this round|once writes|sum would be|says '\d+/i;
const URL_IN_TEXT = /https?:\/\/[^\s),;]+[^\s),;.]/g;

export interface RoundConflict {
  year: number;
  note: string;
  /** URLs named in the note, then the round's own source; distinct. */
  urls: string[];
}

export function roundConflicts(rounds: readonly AwardRound[]): RoundConflict[] {
  return rounds
    .filter((r) => ROUND_CONFLICT.test(r.notes))
    .map((r) => ({
      year: r.year,
      note: r.notes,
      urls: [...new Set([...(r.notes.match(URL_IN_TEXT) ?? []), r.sourceUrl])],
    }));
}

/** Award records where sources disagree on the predikat, by year then place code. */
export function awardConflicts(d: Pick<SiteData, "awards">): AwardRecord[] {
  return d.awards.filter((a) => a.conflict).sort((a, b) => a.year - b.year || (a.placeCode < b.placeCode ? -1 : 1));
}

export interface IndicatorConflict {
  seriesId: string;
  areaLevel: AreaLevel;
  areaCode: string;
  year: number;
  values: IndicatorValue[];
}

/** Indicator values that disagree, one group per series, area and year. */
export function indicatorConflicts(d: Pick<SiteData, "indicators">): IndicatorConflict[] {
  const groups = new Map<string, IndicatorConflict>();
  for (const v of d.indicators) {
    if (!v.conflict) continue;
    const key = `${v.seriesId}|${v.areaLevel}|${v.areaCode}|${v.year}`;
    const g = groups.get(key) ?? {
      seriesId: v.seriesId,
      areaLevel: v.areaLevel,
      areaCode: v.areaCode,
      year: v.year,
      values: [],
    };
    g.values.push(v);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, values: [...g.values].sort((a, b) => a.value - b.value) }))
    .sort((a, b) =>
      a.seriesId < b.seriesId
        ? -1
        : a.seriesId > b.seriesId
          ? 1
          : a.year - b.year || (a.areaCode < b.areaCode ? -1 : 1),
    );
}

/** Reported total scores whose band disagrees with the predikat the place got, by year then place. */
export function scoreMismatches(d: Pick<SiteData, "reportedScores">): ReportedScore[] {
  return d.reportedScores
    .filter((s) => s.mismatch)
    .sort(
      (a, b) => a.year - b.year || (a.placeCode < b.placeCode ? -1 : a.placeCode > b.placeCode ? 1 : a.score - b.score),
    );
}

/** The series → indicator mapping in indicator order (then priority); context series last. */
export function seriesMapping(method: Method): SeriesLink[] {
  const number = new Map(method.indicators.map((i) => [i.id, i.number]));
  const order = (s: SeriesLink) =>
    s.indicatorId === null ? 1000 : (number.get(s.indicatorId) ?? 999) * 10 + (s.priority ?? 0);
  return [...method.series].sort((a, b) => order(a) - order(b) || (a.seriesId < b.seriesId ? -1 : 1));
}

/** Indicators of a cluster in number order. */
export function clusterIndicators(method: Method, clusterId: string): MethodIndicator[] {
  return method.indicators.filter((i) => i.clusterId === clusterId).sort((a, b) => a.number - b.number);
}

/** A cluster's maximum points (sum of its indicators), in hundredths to avoid binary noise. */
export function clusterMax(method: Method, clusterId: string): number {
  return clusterIndicators(method, clusterId).reduce((sum, i) => sum + Math.round(i.maxPoints * 100), 0) / 100;
}

/** A bound as written in the method, with as many decimals as it has (up to 2): 30.8 → "30,8 %", 14 → "14 %". */
export function pctExact(lang: "id" | "en", value: number): string {
  const decimals = Math.min(2, (String(value).split(".")[1] ?? "").length);
  return formatPercent(lang, value, decimals);
}

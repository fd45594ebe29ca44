/**
 * What a place or province page shows, computed from the artefact once per page at build time: the page only
 * renders. Pure functions of SiteData; no figure here is invented — a round with no record is "unknown".
 */
import type { AwardRecord, AwardStatus, IndicatorValue, Place, Predikat, SiteData } from "../pipeline/artefact.ts";

export interface RoundState {
  year: number;
  state: AwardStatus;
  predikat: Predikat | null;
  record: AwardRecord | null;
}

/** Rounds for which we hold any per-place fact (earlier rounds are known only as national counts). */
export function placeRoundYears(d: SiteData): number[] {
  return [...new Set(d.awards.map((a) => a.year))].sort((a, b) => a - b);
}

export function placeRounds(d: SiteData, placeCode: string): RoundState[] {
  const records = new Map(d.awards.filter((a) => a.placeCode === placeCode).map((a) => [a.year, a]));
  return placeRoundYears(d).map((year) => {
    const record = records.get(year) ?? null;
    return { year, state: record ? record.status : "unknown", predikat: record?.predikat ?? null, record };
  });
}

/** The most recent round with any fact about the place, or null when everything is unknown. */
export function latestKnown(d: SiteData, placeCode: string): RoundState | null {
  return [...placeRounds(d, placeCode)].reverse().find((r) => r.state !== "unknown") ?? null;
}

export interface PeerState {
  place: Place;
  state: AwardStatus;
  predikat: Predikat | null;
  record: AwardRecord | null;
}

const PREDIKAT_RANK: Record<Predikat, number> = { KLA: 5, Utama: 4, Nindya: 3, Madya: 2, Pratama: 1 };

/** A province's kab/kota in a round (as the province was then), best predikat first, unknown last. */
export function provincePeers(d: SiteData, provinceCode: string, year: number): PeerState[] {
  const records = new Map(d.awards.filter((a) => a.year === year).map((a) => [a.placeCode, a]));
  const inProvince = d.places.filter((p) => (records.get(p.code)?.provinceCodeAtTime ?? p.provinceCode) === provinceCode);
  const rank = (s: PeerState) => (s.predikat ? PREDIKAT_RANK[s.predikat] * 10 : s.state === "awarded" ? 5 : s.state === "not-awarded" ? 1 : 0);
  return inProvince
    .map((place) => {
      const record = records.get(place.code) ?? null;
      return { place, state: record ? record.status : ("unknown" as AwardStatus), predikat: record?.predikat ?? null, record };
    })
    .sort((a, b) => rank(b) - rank(a) || a.place.name.localeCompare(b.place.name, "id"));
}

export interface SeriesContext {
  seriesId: string;
  /** Values of this area, its province and the nation, every year with data (conflicting values included, flagged). */
  area: IndicatorValue[];
  province: IndicatorValue[];
  national: IndicatorValue[];
}

/** For a place (or a province: pass its code as `areaCode` and null as `provinceCode`), every series with data. */
export function indicatorContext(d: SiteData, areaCode: string, provinceCode: string | null): SeriesContext[] {
  const ids = [...new Set(d.indicators.filter((v) => v.areaCode === areaCode).map((v) => v.seriesId))].sort();
  return ids.map((seriesId) => {
    const of = (code: string | null) => (code === null ? [] : d.indicators.filter((v) => v.seriesId === seriesId && v.areaCode === code));
    return { seriesId, area: of(areaCode), province: of(provinceCode), national: of("ID") };
  });
}

/** Which way is better for a series: its indicator's direction, flipped when the series measures the opposite. */
export function seriesDirection(d: SiteData, seriesId: string): "higher" | "lower" | null {
  const link = d.method.series.find((s) => s.seriesId === seriesId);
  const indicator = link?.indicatorId ? d.method.indicators.find((i) => i.id === link.indicatorId) : undefined;
  if (!link || !indicator?.direction) return null;
  if (!link.inverted) return indicator.direction;
  return indicator.direction === "higher" ? "lower" : "higher";
}

export interface AttentionPoint {
  seriesId: string;
  year: number;
  value: number;
  direction: "higher" | "lower";
  provinceValue: number | null;
  nationalValue: number | null;
  /** How much worse than the national figure, in percentage points (positive = worse); null without a national figure. */
  gapToNational: number | null;
  sourceUrl: string;
}

/**
 * "Let the data set the priorities": for each series, the area's latest non-conflicting value against its province
 * and the nation in the same year, sorted with the largest shortfall against the national figure first.
 */
export function attentionPoints(d: SiteData, areaCode: string, provinceCode: string | null): AttentionPoint[] {
  const points: AttentionPoint[] = [];
  for (const ctx of indicatorContext(d, areaCode, provinceCode)) {
    const direction = seriesDirection(d, ctx.seriesId);
    const latest = ctx.area.filter((v) => !v.conflict).sort((a, b) => b.year - a.year)[0];
    if (!direction || !latest) continue;
    const sameYear = (list: IndicatorValue[]) => list.find((v) => v.year === latest.year && !v.conflict)?.value ?? null;
    const nationalValue = sameYear(ctx.national);
    const worseBy = (other: number | null) => (other === null ? null : direction === "lower" ? latest.value - other : other - latest.value);
    points.push({
      seriesId: ctx.seriesId, year: latest.year, value: latest.value, direction,
      provinceValue: sameYear(ctx.province), nationalValue, gapToNational: worseBy(nationalValue), sourceUrl: latest.sourceUrl,
    });
  }
  return points.sort((a, b) => (b.gapToNational ?? -Infinity) - (a.gapToNational ?? -Infinity) || a.seriesId.localeCompare(b.seriesId, "en"));
}

/**
 * "What needs attention" on a place or province profile: each of the area's series at its latest value, against its
 * province and the nation in the same year, the largest shortfall against the national figure first; and which way
 * is better for a series (its KLA indicator's direction, flipped for an inverted series).
 */
import type { IndicatorValue, SiteData } from "../pipeline/artefact.ts";
import { isScoredValue } from "../pipeline/indicators.ts";
import { seriesIdsOf } from "./profile-sections.ts";
import { viewIndex } from "./view-index.ts";

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
 * "Let the data set the priorities": for each series of an area (a place, or a province with `provinceCode` null),
 * its latest value the method scores (data/method/caveats.csv: no conflicting, doubtful or survey-flagged value, so
 * the points agree with the score section) against its province and the nation in the same year, sorted with the
 * largest shortfall against the national figure first.
 */
export function attentionPoints(d: SiteData, areaCode: string, provinceCode: string | null): AttentionPoint[] {
  const ix = viewIndex(d);
  const area = ix.indicatorsByArea.get(areaCode) ?? [];
  const province = provinceCode === null ? [] : (ix.indicatorsByArea.get(provinceCode) ?? []);
  const national = ix.indicatorsByArea.get("ID") ?? [];
  const points: AttentionPoint[] = [];
  for (const seriesId of seriesIdsOf(area)) {
    const direction = seriesDirection(d, seriesId);
    const scored = (v: IndicatorValue) => v.seriesId === seriesId && isScoredValue(v, d.method.caveats);
    const latest = area.filter(scored).sort((a, b) => b.year - a.year)[0];
    if (!direction || !latest) continue;
    const sameYear = (list: IndicatorValue[]) => list.find((v) => scored(v) && v.year === latest.year)?.value ?? null;
    const nationalValue = sameYear(national);
    const worseBy = (other: number | null) =>
      other === null ? null : direction === "lower" ? latest.value - other : other - latest.value;
    points.push({
      seriesId,
      year: latest.year,
      value: latest.value,
      direction,
      provinceValue: sameYear(province),
      nationalValue,
      gapToNational: worseBy(nationalValue),
      sourceUrl: latest.sourceUrl,
    });
  }
  return points.sort(
    (a, b) =>
      (b.gapToNational ?? -Infinity) - (a.gapToNational ?? -Infinity) || a.seriesId.localeCompare(b.seriesId, "en"),
  );
}

/**
 * A series' kab/kota values on the province tile map (src/charts/value-tile-map.ts), for the chart catalogue: the
 * same year as the kab/kota distribution above it on the indicator page (referenceYear), so the two pictures always
 * show the same figures. Kept apart from ./published-charts.ts only for that file's length; it cites the same way.
 */
import type { SiteData } from "../pipeline/artefact.ts";
import { ranking, referenceYear, domainOf, type SeriesSummary } from "../views/indicator-views.ts";
import { valueTileMap, type PlaceValue } from "../charts/value-tile-map.ts";
import { localePath, withBase, type Lang } from "../i18n/index.ts";
import { seriesName } from "../i18n/series.ts";
import { caveatList } from "../i18n/pages/indicator-rank.ts";
import { topSources, type PublishedChart } from "./published-charts.ts";

/** How many source sites the chart's source line names (the indicator page lists every source). */
const SHOWN_SITES = 3;

export function indicatorMapChart(d: SiteData, lang: Lang, s: SeriesSummary, idPrefix: string): PublishedChart | null {
  const year = referenceYear(s, "kabkota");
  if (year === null) return null;
  const rows = ranking(s, "kabkota", year);
  const values: PlaceValue[] = rows.map((r) => ({
    placeCode: r.areaCode,
    // Two sources printing the same figure (a news report and the full table) are one value, not a disagreement.
    values: [...new Set(r.values.map((v) => v.value))],
    // The one ranking rule (src/views/rank-rule.ts) decides what the map may colour: a caveated value is drawn, with
    // its reason, but not coloured, ranked or counted in a median.
    unranked: r.rank === null ? caveatList(lang, r.caveats) : null,
  }));
  const chart = valueTileMap(d.provinces, d.places, values, {
    lang,
    seriesName: seriesName(lang, s.id).short,
    year,
    layout: d.tileLayout,
    better: s.better,
    unit: s.unit,
    idPrefix,
    provinceHref: (p) => localePath(lang, `/provinsi/${p.slug}/`),
  });
  const counted = topSources(
    rows.flatMap((r) => r.values.map((v) => v.sourceUrl)),
    Infinity,
  ).shown;
  const bySite = new Map<string, string>();
  for (const source of counted) if (!bySite.has(domainOf(source.href))) bySite.set(domainOf(source.href), source.href);
  const shown = [...bySite.values()].slice(0, SHOWN_SITES).map((href) => ({ label: domainOf(href), href }));
  return {
    chart,
    sources: [...shown, { label: "indicators.csv", href: withBase("/data/indicators.csv") }],
    moreSources: counted.length - shown.length,
  };
}

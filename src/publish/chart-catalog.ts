/**
 * The chart catalogue: every chart the site publishes as an object of its own — with an embed page
 * (/embed/<id>/), a standalone SVG, a CSV of its table and, for some, a PNG (/grafik/<id>.svg|csv|png) — for one
 * language. Pages take their charts from here too, so a chart is drawn once per process and language whichever of
 * its page or embed page asks first (`published()` is memoised); the files are written by scripts/render-files.ts,
 * which draws the catalogue once more, beside the Astro build.
 *
 * Ids are stable, Indonesian and the same in both languages: readers paste them into other sites, so an id must
 * never change with the data. That is why a province's chart is `provinsi-<slug>-predikat`, not "…-2025": the live
 * embed follows the latest round, and the pinned one (/v/<release>/embed/…) keeps the round it was published with.
 *
 * Published: the three national charts of the home page (the data page shows the coverage one too), each
 * province's kab/kota in its latest round with data, each place's predikat over the rounds, each indicator's
 * distribution across provinces and kab/kota, for a series with kab/kota values, those values on the tile map, the
 * kab/kota distribution of each other year of a ranked series (on that year's ranking page, /peringkat/indikator/
 * <id>/<year>/: the indicator page draws only the reference year, with links to the others, so that it stays a page
 * a phone can load), and each finding's chart (src/views/findings/, ids `temuan-…`). A year's id carries the year,
 * since the year is what the chart is of. Left out, on purpose:
 * - a place's standing among its province's peers: the province's chart with one row highlighted (embed that one);
 * - the cluster scores of places and provinces: partial scores this site computes from open data, not the
 *   ministry's; away from the caveat beside them on the page they would read as official scores;
 * - the indicator-over-time charts of provinces (≈300) and places (≈450): every published chart costs the build
 *   two embed pages, four files and two pinned copies, so these would roughly double the catalogue's output
 *   (≈6,000 more pages and files) on a build that must stay near 30 s on 2 cores, for figures that the indicator
 *   distributions (every province, published) and indicators.csv already carry.
 */
import type { SiteData } from "../pipeline/artefact.ts";
import { seriesSummaries } from "../views/indicator-views.ts";
import { earlierRankingYears, rankedSeries, rankingYearPath } from "../views/kabkota-rankings.ts";
import { latestRoundWithData } from "../views/province-rounds.ts";
import {
  coverageChart,
  indicatorDistributionChart,
  mapChart,
  placeTimelineChart,
  provincePeersChart,
  roundsChart,
  type DistributionLevel,
  type PublishedChart,
} from "./published-charts.ts";
import { indicatorMapChart } from "./indicator-map-chart.ts";
import { findingChart } from "./finding-charts.ts";
import { findings } from "../views/findings/index.ts";
import type { Lang } from "../i18n/index.ts";

export type ChartKind = "national" | "province" | "place" | "indicator" | "finding";

export interface CatalogChart {
  /** Stable, URL-safe: `predikat-per-putaran`, `daerah-kota-kupang-predikat`. */
  id: string;
  kind: ChartKind;
  /** Indonesian path of the page the chart lives on (localePath gives the English one). */
  idPath: string;
  /** The figure's id on that page (`#anchor`). */
  anchor: string;
  /** A PNG is rendered at build time (see PNG_KINDS). */
  png: boolean;
  /** The chart, its sources and note: drawn on first call, memoised. */
  published(): PublishedChart;
}

/**
 * Kinds that get a PNG rendered at build time (2× for print): ~60 charts per language, 40–100 ms each. The 514
 * place charts per language (~50 ms each) would add about 50 s of rendering, so they offer the SVG (the
 * print-quality file) and a PNG drawn in the reader's browser instead.
 */
export const PNG_KINDS: ReadonlySet<ChartKind> = new Set(["national", "province", "indicator", "finding"]);

/** `stunting_balita` → `stunting-balita`: one separator in every id. */
const slugOfSeries = (seriesId: string) => seriesId.toLowerCase().replace(/[^a-z0-9]+/g, "-");

export const chartIds = {
  rounds: "predikat-per-putaran",
  coverage: "cakupan-per-putaran",
  map: "peta-predikat",
  place: (slug: string) => `daerah-${slug}-predikat`,
  province: (slug: string) => `provinsi-${slug}-predikat`,
  indicator: (seriesId: string, level: DistributionLevel) => `indikator-${slugOfSeries(seriesId)}-${level}`,
  indicatorMap: (seriesId: string) => `indikator-${slugOfSeries(seriesId)}-peta`,
  /** The kab/kota distribution of a year other than the reference year, drawn on that year's ranking page. */
  indicatorYear: (seriesId: string, year: number) => `indikator-${slugOfSeries(seriesId)}-kabkota-${year}`,
};

/** The figure's anchor of an indicator's distribution, on the indicator page and on the ranking pages alike. */
export const distributionAnchor = (level: DistributionLevel): string => `dist-${level}`;

/** The figure of a finding on the Findings page: the section is `#<id>`, its chart `#<id>-grafik`. */
export const findingFigureId = (id: string): string => `${id}-grafik`;

interface Catalog {
  list: CatalogChart[];
  byId: Map<string, CatalogChart>;
}

const memo = new WeakMap<SiteData, Partial<Record<Lang, Catalog>>>();

function entry(
  id: string,
  kind: ChartKind,
  idPath: string,
  anchor: string,
  draw: () => PublishedChart | null,
): CatalogChart {
  let drawn: PublishedChart | undefined;
  return {
    id,
    kind,
    idPath,
    anchor,
    png: PNG_KINDS.has(kind),
    published() {
      if (drawn === undefined) {
        const result = draw();
        // The catalogue lists a chart only when its data exists; null here means the two checks disagree.
        if (result === null) throw new Error(`chart-catalog: ${id} is listed but has nothing to draw`);
        drawn = result;
      }
      return drawn;
    },
  };
}

function build(d: SiteData, lang: Lang): Catalog {
  const list: CatalogChart[] = [
    entry(chartIds.rounds, "national", "/", "predikat-per-putaran", () => roundsChart(d, lang, chartIds.rounds)),
    entry(chartIds.coverage, "national", "/", "cakupan", () => coverageChart(d, lang, chartIds.coverage)),
    entry(chartIds.map, "national", "/", "peta", () => mapChart(d, lang, chartIds.map)),
  ];
  for (const province of [...d.provinces].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    const path = `/provinsi/${province.slug}/`;
    if (latestRoundWithData(d, province.code) !== null) {
      const id = chartIds.province(province.slug);
      list.push(entry(id, "province", path, "peers", () => provincePeersChart(d, lang, province, id)));
    }
  }
  for (const place of [...d.places].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    const id = chartIds.place(place.slug);
    list.push(entry(id, "place", `/daerah/${place.slug}/`, "timeline", () => placeTimelineChart(d, lang, place, id)));
  }
  const ranked = new Set(rankedSeries(d).map((s) => s.id));
  for (const s of seriesSummaries(d)) {
    for (const level of ["province", "kabkota"] as const) {
      if (!s.levels.includes(level)) continue;
      const id = chartIds.indicator(s.id, level);
      list.push(
        entry(id, "indicator", `/indikator/${s.id}/`, distributionAnchor(level), () =>
          indicatorDistributionChart(d, lang, s, level, id),
        ),
      );
    }
    if (ranked.has(s.id)) {
      for (const year of earlierRankingYears(s)) {
        const id = chartIds.indicatorYear(s.id, year);
        const path = rankingYearPath(s.id, year);
        list.push(
          entry(id, "indicator", path, distributionAnchor("kabkota"), () =>
            indicatorDistributionChart(d, lang, s, "kabkota", id, year),
          ),
        );
      }
    }
    if (s.levels.includes("kabkota")) {
      const id = chartIds.indicatorMap(s.id);
      list.push(entry(id, "indicator", `/indikator/${s.id}/`, "peta-kabkota", () => indicatorMapChart(d, lang, s, id)));
    }
  }
  // Each finding's chart, anchored at its figure on the Findings page (the section itself is `#<id>`).
  for (const finding of findings(d, lang)) {
    list.push(entry(finding.id, "finding", "/temuan/", findingFigureId(finding.id), () => findingChart(finding)));
  }
  const byId = new Map<string, CatalogChart>();
  for (const c of list) {
    if (byId.has(c.id)) throw new Error(`chart-catalog: two charts share the id ${c.id}`);
    byId.set(c.id, c);
  }
  return { list, byId };
}

function catalog(d: SiteData, lang: Lang): Catalog {
  let perLang = memo.get(d);
  if (perLang === undefined) memo.set(d, (perLang = {}));
  return (perLang[lang] ??= build(d, lang));
}

/** Every publishable chart, in a fixed order: national, provinces by code, places by code, indicators, findings. */
export function chartCatalog(d: SiteData, lang: Lang): readonly CatalogChart[] {
  return catalog(d, lang).list;
}

/** One chart of the catalogue by id; throws for an id that is not in it (a page asking for a chart that is gone). */
export function catalogChart(d: SiteData, lang: Lang, id: string): CatalogChart {
  const found = catalog(d, lang).byId.get(id);
  if (found === undefined) throw new Error(`chart-catalog: no chart with id ${id}`);
  return found;
}

/** The chart, or undefined when the catalogue has none with that id (a province without per-place data). */
export function findCatalogChart(d: SiteData, lang: Lang, id: string): CatalogChart | undefined {
  return catalog(d, lang).byId.get(id);
}

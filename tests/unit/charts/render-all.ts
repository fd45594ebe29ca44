/**
 * Every chart rendered from the synthetic fixtures, in one language. Shared by the snapshot tests and the e2e test
 * that puts each chart through axe inside its ChartFigure.
 */
import type { Lang } from "../../../src/i18n/index.ts";
import type { ChartResult } from "../../../src/charts/types.ts";
import { predikatByRound } from "../../../src/charts/predikat-by-round.ts";
import { placeTimeline } from "../../../src/charts/place-timeline.ts";
import { provincePeers } from "../../../src/charts/province-peers.ts";
import { indicatorComparison } from "../../../src/charts/indicator-comparison.ts";
import { clusterScores } from "../../../src/charts/cluster-scores.ts";
import { tileMap } from "../../../src/charts/tile-map.ts";
import { coverageByRound } from "../../../src/charts/coverage-by-round.ts";
import { valueTileMap } from "../../../src/charts/value-tile-map.ts";
import * as f from "./fixtures.ts";

export const CHART_NAMES = [
  "predikat-by-round",
  "place-timeline",
  "province-peers",
  "indicator-comparison",
  "cluster-scores",
  "tile-map",
  "coverage-by-round",
  "value-tile-map",
] as const;
export type ChartName = (typeof CHART_NAMES)[number];

export function renderChart(name: ChartName, lang: Lang): ChartResult {
  switch (name) {
    case "predikat-by-round":
      return predikatByRound(f.rounds, { lang, target: 200, totalPlaces: 260 });
    case "place-timeline":
      return placeTimeline(
        f.awards.filter((a) => a.placeCode === "81.71"),
        f.timelineRounds,
        { lang, placeName: "Kota Contoh" },
      );
    case "province-peers":
      return provincePeers(
        f.places.filter((p) => p.provinceCode === "81"),
        f.awards,
        {
          lang,
          provinceName: "Provinsi Contoh Barat",
          year: 2023,
          highlight: "81.71",
          hrefFor: (p) => `/daerah/${p.slug}/`,
        },
      );
    case "indicator-comparison":
      return indicatorComparison(f.indicatorValues, {
        lang,
        seriesId: "stunting_balita",
        seriesName: "Stunting balita",
        focus: { code: "81.71", label: "Kota Contoh" },
        province: { code: "81", label: "Provinsi Contoh Barat" },
      });
    case "cluster-scores":
      return clusterScores(f.clusters, { lang });
    case "tile-map":
      return tileMap(f.provinces, f.places, f.awards, { lang, year: 2023, layout: f.tileLayout, announced: 9 });
    case "coverage-by-round":
      return coverageByRound(f.coverage, { lang });
    case "value-tile-map":
      return valueTileMap(f.provinces, f.places, f.placeValues, {
        lang,
        seriesName: "Stunting balita",
        year: 2024,
        layout: f.tileLayout,
        better: "lower",
        unit: "percent",
      });
  }
}

export function renderAll(lang: Lang): Record<ChartName, ChartResult> {
  return Object.fromEntries(CHART_NAMES.map((name) => [name, renderChart(name, lang)])) as Record<
    ChartName,
    ChartResult
  >;
}

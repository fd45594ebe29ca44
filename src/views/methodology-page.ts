/**
 * What the methodology page (src/components/method/MethodologyPage.astro) lays out besides its prose: the method's
 * field statuses, indicators in order, the worked stunting example, rounds, the series mapping, the table of
 * contents, a real kab/kota scored step by step and the count the Perbup/Perwal decision affects. Both language files of the page's text (components/method/prose/methodology.*.astro) take this object.
 */
import type { Lang } from "../i18n/index.ts";
import { tm } from "../i18n/pages/method.ts";
import { formatNumber } from "../i18n/format.ts";
import { achievementFor, FIELD_STATUSES } from "../method/score.ts";
import { seriesMapping, statusCounts } from "./method-views.ts";
import { siteData } from "./site-data.ts";
import { headRegulationEffect } from "./indicator-one.ts";
import { workedExample } from "./worked-example.ts";
import { tw } from "../i18n/pages/worked-example.ts";

export function methodologyPage(lang: Lang) {
  const d = siteData();
  const method = d.method;
  const counts = statusCounts(method);
  const totalFields = FIELD_STATUSES.reduce((n, s) => n + counts[s], 0);
  const indicators = [...method.indicators].sort((a, b) => a.number - b.number);
  const n = (x: number) => formatNumber(lang, x);
  const pts = (x: number) => formatNumber(lang, x, 2);
  const sourcedBounds = indicators.filter((i) => i.floorStatus === "sourced" || i.targetStatus === "sourced");
  const stunting = method.indicators.find((i) => i.id === "KLA-III-12");
  const example =
    stunting === undefined
      ? null
      : { value: 22.4, achievement: achievementFor(stunting, 22.4), max: stunting.maxPoints };
  const pointsValues = [...new Set(indicators.map((i) => i.maxPoints))].sort((a, b) => b - a);
  const rounds = [...d.rounds].sort((a, b) => a.year - b.year);
  const mapping = seriesMapping(method);
  const seriesWithData = new Set(d.indicators.map((v) => v.seriesId));
  const byIndicator = new Map(method.indicators.map((i) => [i.id, i]));
  const versionFiles = ["clusters.csv", "indicators.csv", "bands.csv", "series.csv", "method-version.txt"];
  const unverified = indicators.filter((i) => i.identityStatus === "unverified");
  const officialNames = indicators.filter((i) => i.identityStatus === "official");
  const toc: [string, string][] = [
    ["struktur", tm(lang, "m.toc.structure")],
    ["predikat", tm(lang, "m.toc.bands")],
    ["proses", tm(lang, "m.toc.process")],
    ["sejarah", tm(lang, "m.toc.history")],
    ["resmi-asumsi", tm(lang, "m.toc.official")],
    ["skor-parsial", tm(lang, "m.toc.partial")],
    ["ulang-hitung", tw(lang, "toc")],
    ["konflik", tm(lang, "m.toc.conflicts")],
    ["seri", tm(lang, "m.toc.series")],
    ["unduh", tm(lang, "m.toc.downloads")],
  ];
  return {
    method,
    counts,
    totalFields,
    indicators,
    n,
    pts,
    sourcedBounds,
    stunting,
    example,
    pointsValues,
    rounds,
    mapping,
    seriesWithData,
    byIndicator,
    versionFiles,
    unverified,
    officialNames,
    toc,
    /** A real kab/kota scored step by step from the published files (the "reproduce a score" section). */
    worked: workedExample(d),
    /** How many indicator-1 answers rest on a Perbup/Perwal alone (the method decision stated on the page). */
    headEffect: headRegulationEffect(d),
  };
}

export type MethodologyPageValues = ReturnType<typeof methodologyPage>;

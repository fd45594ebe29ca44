/**
 * What each publishable chart draws, cites and notes, computed from the artefact. One function per kind of chart;
 * the chart catalogue (./chart-catalog.ts) calls them once per chart and language and memoises the result, so a
 * page, its embed page and the chart's SVG, PNG and CSV files all share one render. The pages used to build these
 * charts themselves; the arguments are the same as they were, so the pictures did not change.
 *
 * Sources are absolute URLs of the statements behind the figures, or site paths of this project's downloads: an
 * embed on another site has no numbered source list to point into, so each chart carries its own.
 */
import { ascending, median, rollup } from "d3-array";
import type { Place, Province, SiteData } from "../pipeline/artefact.ts";
import { KLA_TARGET, nationalSummary, rankingYears, sourceLabel } from "../views/national-views.ts";
import { latestRoundWithData, peerRows } from "../views/province-rounds.ts";
import { hostOf } from "../views/source-list.ts";
import { viewIndex } from "../views/view-index.ts";
import { formatNumber } from "../i18n/format.ts";
import { domainOf, nationalValue, ranking, referenceYear, type SeriesSummary } from "../views/indicator-views.ts";
import { pctExact } from "../views/method-views.ts";
import { predikatByRound } from "../charts/predikat-by-round.ts";
import { coverageByRound, knownAwarded } from "../charts/coverage-by-round.ts";
import { tileMap } from "../charts/tile-map.ts";
import { placeTimeline } from "../charts/place-timeline.ts";
import { provincePeers } from "../charts/province-peers.ts";
import { indicatorDistribution, type DistributionPoint, type ReferenceLine } from "../charts/indicator-distribution.ts";
import type { ChartResult } from "../charts/types.ts";
import { localePath, withBase, type Lang } from "../i18n/index.ts";
import { tn } from "../i18n/pages/national.ts";
import { tp } from "../i18n/pages/profile.ts";
import { tm } from "../i18n/pages/method.ts";
import { caveatList } from "../i18n/pages/indicator-rank.ts";
import { seriesName } from "../i18n/series.ts";

export interface ChartSource {
  label: string;
  /** An absolute URL, or a root-relative path on this site (base included). */
  href: string;
}

export interface PublishedChart {
  chart: ChartResult;
  sources: ChartSource[];
  /** Sources behind the figures that the source line leaves out (listed on the chart's page). */
  moreSources: number;
  /** Where the sources left out are listed (see ChartFigure): the chart's page unless said otherwise. */
  moreSourcesIn?: "page" | "files";
  /** A sentence that belongs with the chart wherever it is shown (a definition, a caveat). */
  note?: string;
}

/** The two levels an indicator's distribution is drawn at. */
export type DistributionLevel = "province" | "kabkota";

/** The national charts start with the 2015 round: earlier rounds have neither counts by tier nor per-place lists. */
export const NATIONAL_FROM_YEAR = 2015;

/** Source lines of charts that rest on many statements name this many, most used first. */
const SHOWN_SOURCES = 3;

const dataFile = (file: string) => withBase(`/data/${file}`);

/** The sources most cited by `urls` (one entry per citing row), most used first, ties by URL. */
export function topSources(urls: readonly string[], limit = SHOWN_SOURCES): { shown: ChartSource[]; more: number } {
  const counts = rollup(
    urls,
    (uses) => uses.length,
    (url) => url,
  );
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || ascending(a[0], b[0]));
  return {
    shown: ranked.slice(0, limit).map(([url]) => ({ label: hostOf(url), href: url })),
    more: Math.max(0, ranked.length - limit),
  };
}

// ---- National (home page) ----

export function roundsChart(d: SiteData, lang: Lang, idPrefix: string): PublishedChart {
  const s = nationalSummary(d, NATIONAL_FROM_YEAR);
  const fmt = (n: number) => formatNumber(lang, n);
  const chart = predikatByRound(d.rounds, {
    lang,
    target: KLA_TARGET.value,
    totalPlaces: s.totalPlaces,
    fromYear: NATIONAL_FROM_YEAR,
    toYear: s.latest.year,
    idPrefix,
  });
  const sources = [
    ...d.rounds
      .filter((r) => r.held && r.year >= NATIONAL_FROM_YEAR && r.year <= s.latest.year && r.totalAwarded !== null)
      .map((r) => ({ label: `${r.year} · ${sourceLabel(r.sourceUrl)}`, href: r.sourceUrl })),
    ...KLA_TARGET.sources.map((href) => ({
      label: `${tn(lang, "seed.sourceTarget", { target: fmt(KLA_TARGET.value) })} · ${sourceLabel(href)}`,
      href,
    })),
  ];
  return {
    chart,
    sources,
    moreSources: 0,
    note: tn(lang, "home.chartNote", { target: fmt(KLA_TARGET.value), targetYear: KLA_TARGET.year }),
  };
}

/** Rounds from 2015 with something to compare: an announced total or rows we hold. */
export function coverageChart(d: SiteData, lang: Lang, idPrefix: string): PublishedChart {
  const rounds = d.coverage.filter(
    (c) => c.year >= NATIONAL_FROM_YEAR && (c.totalAnnounced !== null || knownAwarded(c) > 0),
  );
  const inferred = d.awards.filter((a) => a.inferred && a.year >= NATIONAL_FROM_YEAR).length;
  return {
    chart: coverageByRound(rounds, { lang, idPrefix }),
    sources: [
      { label: tn(lang, "coverage.sourceCsv"), href: dataFile("coverage.csv") },
      { label: tn(lang, "coverage.sourceAwards"), href: dataFile("awards.csv") },
    ],
    moreSources: 0,
    note: tn(lang, "coverage.note", { n: formatNumber(lang, inferred) }),
  };
}

/** The latest round with per-place rows, on the tile map. */
export function mapChart(d: SiteData, lang: Lang, idPrefix: string): PublishedChart {
  const year = rankingYears(d)[0] ?? nationalSummary(d, NATIONAL_FROM_YEAR).latest.year;
  const round = d.rounds.find((r) => r.year === year);
  const chart = tileMap(d.provinces, d.places, d.awards, {
    lang,
    year,
    layout: d.tileLayout,
    announced: round?.totalAwarded ?? null,
    idPrefix,
    provinceHref: (p) => localePath(lang, `/provinsi/${p.slug}/`),
  });
  return {
    chart,
    sources: [
      ...(round ? [{ label: `${year} · ${sourceLabel(round.sourceUrl)}`, href: round.sourceUrl }] : []),
      { label: tn(lang, "coverage.sourceAwards"), href: dataFile("awards.csv") },
    ],
    moreSources: 0,
    note: tn(lang, "map.intro"),
  };
}

// ---- A place: its predikat over the rounds ----

export function placeTimelineChart(d: SiteData, lang: Lang, place: Place, idPrefix: string): PublishedChart {
  const ix = viewIndex(d);
  const records = ix.awardsByPlace.get(place.code) ?? [];
  const chart = placeTimeline(records, d.rounds, {
    lang,
    placeName: place.name,
    fromYear: ix.roundYears[0],
    toYear: ix.roundYears[ix.roundYears.length - 1],
    idPrefix,
  });
  // Every statement about the place, once per URL, labelled with the rounds it speaks for.
  const years = new Map<string, number[]>();
  for (const r of [...records].sort((a, b) => a.year - b.year)) {
    for (const s of r.sources) {
      const list = years.get(s.url) ?? [];
      if (!list.includes(r.year)) list.push(r.year);
      years.set(s.url, list);
    }
  }
  const sources = [...years].map(([url, ys]) => ({ label: `${ys.join(", ")} · ${hostOf(url)}`, href: url }));
  return {
    chart,
    sources: [...sources, { label: tp(lang, "peers.dataset"), href: dataFile("awards.csv") }],
    moreSources: 0,
  };
}

// ---- A province: its kab/kota in the latest round with data ----

/** Null when no round has per-place data for the province (then its page shows no chart either). */
export function provincePeersChart(
  d: SiteData,
  lang: Lang,
  province: Province,
  idPrefix: string,
): PublishedChart | null {
  const year = latestRoundWithData(d, province.code);
  if (year === null) return null;
  const rows = peerRows(d, province.code, year);
  const chart = provincePeers(
    rows.map((r) => r.place),
    rows.flatMap((r) => (r.record ? [r.record] : [])),
    {
      lang,
      provinceName: province.name,
      year,
      hrefFor: (p) => localePath(lang, `/daerah/${p.slug}/`),
      idPrefix,
    },
  );
  const { shown, more } = topSources(rows.flatMap((r) => r.record?.sources.map((s) => s.url) ?? []));
  return {
    chart,
    sources: [...shown, { label: tp(lang, "peers.dataset"), href: dataFile("awards.csv") }],
    moreSources: more,
  };
}

// ---- An indicator: every province (or kab/kota) in its reference year ----

/** Three province names are long enough to squeeze a chart's plot area; their common short forms are used in charts. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  "Daerah Khusus Ibukota Jakarta": "DKI Jakarta",
  "Daerah Istimewa Yogyakarta": "DI Yogyakarta",
  "Kepulauan Bangka Belitung": "Kep. Bangka Belitung",
};

/**
 * Null when the series has no data at that level. `year` defaults to the reference year (the one the indicator page
 * draws); the kab/kota ranking page of another year draws that year's distribution with it.
 */
export function indicatorDistributionChart(
  d: SiteData,
  lang: Lang,
  s: SeriesSummary,
  level: DistributionLevel,
  idPrefix: string,
  year: number | null = referenceYear(s, level),
): PublishedChart | null {
  if (year === null) return null;
  const ix = viewIndex(d);
  const areaName = (code: string) =>
    (level === "province" ? ix.provinceByCode.get(code)?.name : ix.placeByCode.get(code)?.name) ?? code;
  const rows = ranking(s, level, year);
  const national = nationalValue(s.coverage.find((c) => c.year === year)?.national ?? []);
  const references: ReferenceLine[] = [];
  if (national !== null)
    references.push({
      kind: "national",
      label: tm(lang, "ind.dist.national", { year: String(year) }),
      value: national,
    });
  else {
    // With no national figure, the median of the ranked values is the reference (d3's median skips the nulls).
    const m = median(rows, (r) => (r.rank === null ? null : r.value));
    if (m !== undefined)
      references.push({
        kind: "median",
        label: tm(lang, "ind.dist.median", { areas: tm(lang, `areas.${level}`) }),
        value: m,
      });
  }
  const ind = s.indicator;
  if (
    ind !== null &&
    !s.link.inverted &&
    ind.target !== null &&
    (ind.targetStatus === "sourced" || ind.targetStatus === "official")
  ) {
    references.push({
      kind: "target",
      label: tm(lang, "ind.dist.target"),
      value: ind.target,
      valueText: pctExact(lang, ind.target),
    });
  }
  // One dot per distinct figure: two sources printing the same figure (a news report and the full table) are one
  // value, not two areas. The one ranking rule decides what the chart may call best or worst: a caveated value is
  // drawn, not ranked.
  const points: DistributionPoint[] = rows.flatMap((r) => {
    const name = areaName(r.areaCode);
    const unranked = r.rank === null ? caveatList(lang, r.caveats) : null;
    return [...new Set(r.values.map((v) => v.value))].map((value) => ({
      code: r.areaCode,
      label: SHORT_NAMES[name] ?? name,
      value,
      unranked,
    }));
  });
  const chart = indicatorDistribution(points, {
    lang,
    seriesName: seriesName(lang, s.id).short,
    year,
    level,
    better: s.better,
    unit: s.unit,
    references,
    idPrefix,
  });
  // The most cited source of each site (every figure's own source is in indicators.csv, and for the reference year
  // in the ranking table of the indicator's page).
  const bySite = new Map<string, string>();
  const counted = topSources(
    rows.flatMap((r) => r.values.map((v) => v.sourceUrl)),
    Infinity,
  ).shown;
  for (const source of counted) if (!bySite.has(domainOf(source.href))) bySite.set(domainOf(source.href), source.href);
  const shown = [...bySite.values()].slice(0, SHOWN_SOURCES).map((href) => ({ label: domainOf(href), href }));
  return {
    chart,
    sources: [...shown, { label: "indicators.csv", href: dataFile("indicators.csv") }],
    moreSources: counted.length - shown.length,
  };
}

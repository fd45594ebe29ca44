/**
 * What a series page (/indikator/<seriesId>/, src/components/method/IndicatorDetail.astro) prints, in the reader's
 * language: each level's ranking tables with the count of what they rank and leave out, the rows' names and links,
 * the other kab/kota years as links to their ranking pages, the years-and-coverage table and the list of
 * conflicting values. The figures come from indicatorPage()
 * (./indicator-views.ts), whose ranking is the site's one rule (./rank-rule.ts); here they only get words, so the
 * component picks fields and computes nothing.
 */
import type { SiteData } from "../pipeline/artefact.ts";
import type { Cell } from "../charts/types.ts";
import { formatValue } from "../charts/indicator-comparison.ts";
import { formatNumber } from "../i18n/format.ts";
import { localePath, type Lang } from "../i18n/index.ts";
import { tm } from "../i18n/pages/method.ts";
import { caveatList, tir } from "../i18n/pages/indicator-rank.ts";
import {
  domainOf,
  indicatorPage,
  nationalValue,
  rankCount,
  type IndicatorPage,
  type LevelSection,
  type RankRow,
} from "./indicator-views.ts";
import { rankedSeries, rankingYearPath, sourceUrlOf, valueSources, type RankingSource } from "./kabkota-rankings.ts";
import { viewIndex } from "./view-index.ts";

export interface Link {
  name: string;
  href: string;
}

/** One row of a ranking table: the rule's row, with the area's page and (for a kab/kota) its province. */
export interface RankTableRow extends RankRow {
  area: Link;
  province: Link | null;
  /** "not ranked: doubtful", for a row without a rank; null for a ranked one. */
  notRanked: string | null;
  /** The row's sources other than the table's main one (every source of the row when the table has none). */
  otherSources: Link[];
}

export interface RankTable {
  year: number;
  rows: RankTableRow[];
  /** Where the rows' values come from, the commonest first. */
  sources: RankingSource[];
  /**
   * The source of more than half the values, named once above the table (a column of 500 identical links says
   * nothing): each row names only its other sources. Null when no source gives most values: each row names all.
   */
  mainSource: RankingSource | null;
  /** Only a year with one national figure has a difference column. */
  withNational: boolean;
  /** "Ranked: N of 514 regencies/cities; not ranked because of a caveat: K; no value: M." */
  count: string;
}

export interface DetailSection extends LevelSection {
  table: RankTable;
  /** The other years' tables, newest first, with how many areas each covers (none where they are linked instead). */
  otherTables: (RankTable & { areas: number })[];
  /**
   * The other years as links to their kab/kota ranking pages, newest first: for a series with those pages, each
   * other year's 500-row ranking and distribution chart live there, not on this page (a page a phone can load).
   */
  otherLinks: (Link & { year: number })[];
}

/** One area (or the nation) and year whose sources give different figures, each figure with its source. */
export interface ConflictItem {
  name: string;
  year: number;
  values: { text: string; url: string; domain: string }[];
}

export interface IndicatorDetail {
  page: IndicatorPage;
  sections: DetailSection[];
  /** Years and coverage: year, national figure, provinces, kab/kota. */
  yearRows: Cell[][];
  conflicts: ConflictItem[];
}

export function indicatorDetail(d: SiteData, lang: Lang, seriesId: string): IndicatorDetail {
  const ix = viewIndex(d);
  const page = indicatorPage(d, seriesId);
  const s = page.summary;
  const fmt = (v: number) => formatValue(lang, v, s.unit);
  const area = (level: "province" | "kabkota", code: string): { area: Link; province: Link | null } => {
    if (level === "province") {
      const p = ix.provinceByCode.get(code);
      if (p === undefined) throw new Error(`indicatorDetail: ${seriesId} has a value for unknown province ${code}`);
      return { area: { name: p.name, href: localePath(lang, `/provinsi/${p.slug}/`) }, province: null };
    }
    const p = ix.placeByCode.get(code);
    if (p === undefined) throw new Error(`indicatorDetail: ${seriesId} has a value for unknown kab/kota ${code}`);
    const prov = ix.provinceByCode.get(p.provinceCode);
    return {
      area: { name: p.name, href: localePath(lang, `/daerah/${p.slug}/`) },
      province: prov === undefined ? null : { name: prov.name, href: localePath(lang, `/provinsi/${prov.slug}/`) },
    };
  };
  const table = (level: "province" | "kabkota", year: number, rows: RankRow[], national: number | null): RankTable => {
    const count = rankCount(rows, level === "province" ? d.provinces.length : d.places.length);
    const values = rows.flatMap((r) => r.values);
    const sources = valueSources(values);
    const mainSource = sources[0] !== undefined && 2 * sources[0].count > values.length ? sources[0] : null;
    return {
      year,
      rows: rows.map((r) => ({
        ...r,
        ...area(level, r.areaCode),
        notRanked: r.rank === null ? tir(lang, "notRanked", { why: caveatList(lang, r.caveats) }) : null,
        otherSources: [...new Set(r.values.map(sourceUrlOf))]
          .filter((url) => url !== mainSource?.url)
          .map((url) => ({ name: domainOf(url), href: url })),
      })),
      sources,
      mainSource,
      withNational: national !== null,
      count: tir(lang, "count", {
        ranked: formatNumber(lang, count.ranked),
        total: formatNumber(lang, count.total),
        areas: tm(lang, `areas.${level}`),
        apart: formatNumber(lang, count.apart),
        none: formatNumber(lang, count.noValue),
      }),
    };
  };
  const linked = rankedSeries(d).some((x) => x.id === seriesId);
  const sections = page.sections.map((sec): DetailSection => {
    const linksYears = sec.level === "kabkota" && linked;
    return {
      ...sec,
      table: table(sec.level, sec.year, sec.rows, sec.national),
      otherTables: linksYears
        ? []
        : sec.others.map((o) => ({ ...table(sec.level, o.year, o.rows, o.national), areas: o.areas })),
      otherLinks: linksYears
        ? sec.others.map((o) => ({
            year: o.year,
            name: tm(lang, "ind.rank.yearSummary", {
              year: String(o.year),
              n: formatNumber(lang, o.areas),
              areas: tm(lang, "areas.kabkota"),
            }),
            href: localePath(lang, rankingYearPath(seriesId, o.year)),
          }))
        : [],
    };
  });
  const yearRows = s.coverage.map((c): Cell[] => {
    const nv = nationalValue(c.national);
    return [
      String(c.year),
      c.national.length === 0
        ? "–"
        : nv === null
          ? `${c.national.map((v) => fmt(v.value)).join(" / ")} (${tm(lang, "ind.rank.conflict")})`
          : { text: fmt(nv), sort: nv },
      { text: formatNumber(lang, c.provinces), sort: c.provinces },
      { text: formatNumber(lang, c.kabkota), sort: c.kabkota },
    ];
  });
  const sourced = (values: readonly { value: number; sourceUrl: string }[]) =>
    values.map((v) => ({ text: fmt(v.value), url: v.sourceUrl, domain: domainOf(v.sourceUrl) }));
  const conflicts: ConflictItem[] = [
    ...page.nationalConflicts.map((c) => ({ name: "Indonesia", year: c.year, values: sourced(c.national) })),
    ...page.conflictRows.map(({ level, year, row }) => ({
      name: area(level, row.areaCode).area.name,
      year,
      values: sourced(row.values),
    })),
  ];
  return { page, sections, yearRows, conflicts };
}

/**
 * What the data page (/data/) shows besides the codebook: each download's size and row count (from the very
 * function that writes it), the coverage of the per-place picture per round and province, the register of sources
 * in brief, the suggested citation (its words from the method dictionary), and dataPage, which gathers what the page
 * lays out. Pure.
 */
import type { ProvinceRoundCoverage, SiteData } from "../pipeline/artefact.ts";
import type { Lang } from "../i18n/index.ts";
import { DOWNLOADS } from "../pipeline/downloads.ts";
import { publishedCsv } from "./published-csv.ts";
import { tm } from "../i18n/pages/method.ts";

export interface DownloadStats {
  rows: number;
  bytes: number;
}

/** Rows (header excluded) and UTF-8 bytes of each public download, as the reader downloads it. */
export function downloadStats(d: SiteData): ReadonlyMap<string, DownloadStats> {
  return new Map(
    Object.keys(DOWNLOADS).map((file) => {
      const { rows, bytes } = publishedCsv(d, file);
      return [file, { rows: rows.length, bytes }];
    }),
  );
}

export interface CoverageCell {
  year: number;
  /** Null when the province did not exist that year (Papua's new provinces before November 2022). */
  coverage: ProvinceRoundCoverage | null;
  /** Places with a known status (awarded with or without tier, or not awarded), stated and inferred together. */
  known: number;
  /** Of `known`, those whose status rests on inference only (shown apart, never as stated). */
  inferred: number;
  complete: boolean;
}

export interface CoverageRow {
  provinceCode: string;
  cells: CoverageCell[];
}

export interface CoverageMatrix {
  years: number[];
  rows: CoverageRow[];
  /** Per round, all provinces together. */
  totals: {
    year: number;
    places: number;
    known: number;
    inferred: number;
    completeProvinces: number;
    provinces: number;
  }[];
}

/** Provinces (as they were each year) × rounds: how many kab/kota have a known status, and which are complete. */
export function coverageMatrix(d: Pick<SiteData, "provinceCoverage">): CoverageMatrix {
  const years = [...new Set(d.provinceCoverage.map((c) => c.year))].sort((a, b) => a - b);
  const codes = [...new Set(d.provinceCoverage.map((c) => c.provinceCode))].sort();
  const at = new Map(d.provinceCoverage.map((c) => [`${c.year}|${c.provinceCode}`, c]));
  const known = (c: ProvinceRoundCoverage) => c.places - c.unknown;
  const inferred = (c: ProvinceRoundCoverage) =>
    c.awardedPredikatKnownInferred + c.awardedPredikatUnknownInferred + c.notAwardedInferred;
  const rows = codes.map((provinceCode) => ({
    provinceCode,
    cells: years.map((year) => {
      const coverage = at.get(`${year}|${provinceCode}`) ?? null;
      return {
        year,
        coverage,
        known: coverage === null ? 0 : known(coverage),
        inferred: coverage === null ? 0 : inferred(coverage),
        complete: coverage !== null && coverage.unknown === 0 && coverage.places > 0,
      };
    }),
  }));
  const totals = years.map((year) => {
    const inYear = d.provinceCoverage.filter((c) => c.year === year);
    return {
      year,
      places: inYear.reduce((n, c) => n + c.places, 0),
      known: inYear.reduce((n, c) => n + known(c), 0),
      inferred: inYear.reduce((n, c) => n + inferred(c), 0),
      completeProvinces: inYear.filter((c) => c.unknown === 0 && c.places > 0).length,
      provinces: inYear.length,
    };
  });
  return { years, rows, totals };
}

export interface SourcesRegister {
  urls: number;
  domains: number;
  /** Domains by number of citations, most first. */
  topDomains: { domain: string; urls: number; citations: number }[];
}

/** The register of sources in brief, read from the very CSV that is published (sources.csv). */
export function sourcesRegister(d: SiteData, top = 10): SourcesRegister {
  const { rows } = publishedCsv(d, "sources.csv");
  const byDomain = new Map<string, { domain: string; urls: number; citations: number }>();
  for (const { values } of rows) {
    const domain = values.domain ?? "";
    const entry = byDomain.get(domain) ?? { domain, urls: 0, citations: 0 };
    entry.urls++;
    entry.citations += Number(values.citations ?? 0);
    byDomain.set(domain, entry);
  }
  const topDomains = [...byDomain.values()]
    .sort((a, b) => b.citations - a.citations || (a.domain < b.domain ? -1 : 1))
    .slice(0, top);
  return { urls: rows.length, domains: byDomain.size, topDomains };
}

export interface Citation {
  apa: string;
  bibtex: string;
}

/**
 * The suggested citation of a data release. The year is the release's (the version starts with it), never the
 * clock, so two builds of the same release print the same citation.
 */
export function citation(version: string, url: string, lang: "id" | "en"): Citation {
  const year = /^(\d{4})/.exec(version)?.[1] ?? "n.d.";
  const title = tm(lang, "d.cite.dataTitle");
  const versionWord = tm(lang, "d.cite.version");
  const dataset = tm(lang, "d.cite.dataset");
  const apa = `Atlas Kota Layak Anak. (${year}). ${title} (${versionWord} ${version}) [${dataset}]. ${url}`;
  const key = `atlas_kla_${version.replace(/\W/g, "_")}`;
  const bibtex = [
    `@misc{${key},`,
    `  author = {{Atlas Kota Layak Anak}},`,
    `  title = {${title}},`,
    `  year = {${year}},`,
    `  version = {${version}},`,
    `  howpublished = {\\url{${url}}},`,
    `  note = {CC BY 4.0}`,
    `}`,
  ].join("\n");
  return { apa, bibtex };
}

/** Rows of each method file (data/method/*.csv), by file name: the method as the build read it. */
export function methodFileRows(method: SiteData["method"]): Record<string, number> {
  return {
    "clusters.csv": method.clusters.length,
    "indicators.csv": method.indicators.length,
    "bands.csv": method.bands.length,
    "series.csv": method.series.length,
  };
}

/** What the data page (src/components/data/DataPage.astro) lays out, computed here so its frontmatter only formats. */
export function dataPage(d: SiteData, lang: Lang, pageUrl: string) {
  const toc: [string, string][] = [
    ["unduhan", tm(lang, "d.downloads.title")],
    ["metode", tm(lang, "d.method.title")],
    ["kutip", tm(lang, "d.cite.title")],
    ["lisensi", tm(lang, "d.licence")],
    ["rilis", tm(lang, "d.versions.title")],
    ["cakupan", tm(lang, "d.coverage.title")],
    ["sumber", tm(lang, "d.sources.title")],
    ["gabung", tm(lang, "d.join.title")],
    ["koreksi", tm(lang, "d.correct.title")],
  ];
  return {
    stats: downloadStats(d),
    register: sourcesRegister(d),
    methodRows: methodFileRows(d.method),
    cite: citation(d.version, pageUrl, lang),
    toc,
  };
}

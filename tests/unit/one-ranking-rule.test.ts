/**
 * One ranking rule (src/views/rank-rule.ts), on the real data: the indicator page's kab/kota ranking table
 * (/indikator/<id>/) and the ranking page (/peringkat/indikator/<id>/) give every place the same rank for the same
 * series and year; a caveated value (doubtful, survey-flagged, small-sample, conflicting) has no rank on either, and
 * the distribution chart beside the table never names one best or worst. Before, the indicator page ranked the 16
 * doubtful SSGI 2024 stunting values that the ranking page leaves out: two answers a journalist could quote. The
 * indicator page prints only the main year's kab/kota table; it links the other years to their ranking pages, whose
 * distribution chart (drawn there) names the same best and worst as their table.
 */
import { describe, expect, it } from "vitest";
import { indicatorDetail, type RankTable } from "../../src/views/indicator-detail.ts";
import { indicatorRanking, rankedSeries, rankingYearsOf } from "../../src/views/kabkota-rankings.ts";
import { indicatorDistributionChart } from "../../src/publish/published-charts.ts";
import { catalogChart, chartIds } from "../../src/publish/chart-catalog.ts";
import { buildRawFolder } from "./helpers.ts";

const real = buildRawFolder("data/raw");

const kabkotaSection = (seriesId: string) =>
  indicatorDetail(real, "en", seriesId).sections.find((s) => s.level === "kabkota")!;

/** The indicator page's kab/kota table for its main year (the other years are links to their ranking pages). */
function kabkotaTable(seriesId: string, year: number): RankTable {
  const section = kabkotaSection(seriesId);
  if (section.table.year !== year) throw new Error(`no kab/kota table for ${seriesId} ${year}`);
  expect(section.otherTables).toEqual([]);
  return section.table;
}

describe("the indicator page and the ranking page rank by one rule", () => {
  const series = rankedSeries(real);
  it("covers the series with kab/kota rankings", () => {
    expect(series.map((s) => s.id)).toContain("stunting_balita");
  });

  for (const s of series) {
    const { years, main } = rankingYearsOf(s);
    for (const year of years.filter((y) => y !== main))
      it(`${s.id} ${year}: the indicator page links the year's ranking page, whose chart names its best and worst`, () => {
        const link = kabkotaSection(s.id).otherLinks.find((l) => l.year === year);
        expect(link?.href).toBe(`/en/rankings/indicators/${s.id}/${year}/`);
        const page = indicatorRanking(real, s.id, year);
        const chart = catalogChart(real, "en", chartIds.indicatorYear(s.id, year)).published().chart;
        expect(chart.description).toContain(`In ${year}, ${page.ranked.length} regencies/cities are ranked`);
        expect(chart.description).toContain(`(${page.ranked[0]!.place.name}) to `);
        expect(chart.description).toContain(`(${page.ranked[page.ranked.length - 1]!.place.name}); median`);
      });
    it(`${s.id} ${main}: the same rank for every clean value, none for a caveated one`, () => {
      const year = main;
      const page = indicatorRanking(real, s.id, year);
      const table = kabkotaTable(s.id, year);
      const byCode = new Map(table.rows.map((r) => [r.areaCode, r]));
      for (const r of page.ranked)
        expect([r.place.code, byCode.get(r.place.code)?.rank]).toEqual([r.place.code, r.rank]);
      for (const a of page.apart) {
        const row = byCode.get(a.place.code)!;
        expect([a.place.code, row.rank, row.caveats]).toEqual([a.place.code, null, a.caveats]);
        expect(row.notRanked).toMatch(/^not ranked: /);
      }
      expect(table.rows).toHaveLength(page.ranked.length + page.apart.length);
      expect(table.count).toBe(
        `Ranked: ${page.ranked.length} of ${page.total} regencies/cities; not ranked because of a caveat: ` +
          `${page.apart.length}; no value: ${page.noValue.length}.`,
      );
    });
  }

  it("leaves the 16 doubtful SSGI 2024 stunting values unranked on the indicator page", () => {
    const table = kabkotaTable("stunting_balita", 2024);
    const doubtful = table.rows.filter((r) => r.caveats.includes("doubtful"));
    expect(doubtful).toHaveLength(16);
    for (const r of doubtful) {
      expect(r.rank).toBeNull();
      expect(r.notRanked).toContain("doubtful");
    }
    // A clean value: ranked, and at the ranking page's rank.
    const clean = table.rows.find((r) => r.caveats.length === 0)!;
    const onPage = indicatorRanking(real, "stunting_balita", 2024).ranked.find((r) => r.place.code === clean.areaCode)!;
    expect(clean.rank).toBe(onPage.rank);
  });

  it("names the source of most values once, and each row's other sources by the row", () => {
    for (const s of series) {
      const table = kabkotaSection(s.id).table;
      const page = indicatorRanking(real, s.id, table.year);
      // The same sources, counted the same way, as the ranking page's lead names.
      expect(table.sources).toEqual(page.sources);
      expect(table.sources.reduce((n, x) => n + x.count, 0)).toBe(table.rows.flatMap((r) => r.values).length);
    }
    // Susenas 2025 from one public copy: one source for all 514 values, no row names another.
    const births = kabkotaSection("persalinan_non_faskes").table;
    expect(births.sources).toHaveLength(1);
    expect(births.mainSource).toMatchObject({ primary: "BPS, Susenas 2025", via: "github.com", count: 514 });
    expect(births.rows.every((r) => r.otherSources.length === 0)).toBe(true);
    // SSGI 2024 with the news reports that print other figures: the SSGI copy is named once, and exactly the rows
    // with a value from a report name that report.
    const stunting = kabkotaTable("stunting_balita", 2024);
    expect(stunting.sources.length).toBeGreaterThan(1);
    expect(stunting.mainSource).toEqual(stunting.sources[0]);
    const main = stunting.mainSource!.url;
    for (const r of stunting.rows) {
      const others = [...new Set(r.values.map((v) => v.carrierUrl ?? v.sourceUrl))].filter((u) => u !== main);
      expect(r.otherSources.map((o) => o.href)).toEqual(others);
    }
    expect(stunting.rows.some((r) => r.otherSources.length > 0)).toBe(true);
  });

  it("names as best and worst in the distribution chart the ranking page's first and last", () => {
    const s = series.find((x) => x.id === "stunting_balita")!;
    const page = indicatorRanking(real, s.id, rankingYearsOf(s).main);
    const chart = indicatorDistributionChart(real, "en", s, "kabkota", "t")!.chart;
    const first = page.ranked[0]!;
    const last = page.ranked[page.ranked.length - 1]!;
    expect(chart.description).toContain(`In ${page.year}, ${page.ranked.length} regencies/cities are ranked`);
    expect(chart.description).toContain(`(${first.place.name}) to `);
    expect(chart.description).toContain(`(${last.place.name}); median`);
  });
});

/** The indicator pages' view model: direction, reference year, ranking with ties and conflicts, summaries. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { IndicatorValue } from "../../src/pipeline/artefact.ts";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import {
  betterDirection,
  indicatorPage,
  indicatorsWithoutSeries,
  ranking,
  referenceYear,
  seriesGroups,
  seriesSummaries,
  yearRanges,
  yearsAtLevel,
} from "../../src/views/indicator-views.ts";
import { ROOT } from "./helpers.ts";

const method = loadMethod(join(ROOT, "data/method"));

function v(
  seriesId: string,
  year: number,
  areaLevel: IndicatorValue["areaLevel"],
  areaCode: string,
  value: number,
  extra: Partial<IndicatorValue> = {},
): IndicatorValue {
  return {
    seriesId,
    year,
    areaLevel,
    areaCode,
    value,
    areaNameAsPublished: areaCode,
    unit: "percent",
    survey: "SSGI",
    sourceTitle: "",
    sourceUrl: `https://example.org/${seriesId}/${year}/${areaCode}`,
    conflict: false,
    ...extra,
  };
}

const values: IndicatorValue[] = [
  v("stunting_balita", 2022, "national", "ID", 21.6),
  v("stunting_balita", 2022, "province", "81", 30),
  v("stunting_balita", 2022, "province", "82", 20),
  v("stunting_balita", 2022, "province", "83", 20),
  v("stunting_balita", 2022, "province", "84", 35.2, { conflict: true }),
  v("stunting_balita", 2022, "province", "84", 30.4, { conflict: true, sourceUrl: "https://example.org/other" }),
  v("stunting_balita", 2022, "province", "85", 10),
  v("stunting_balita", 2024, "province", "81", 25),
  v("stunting_balita", 2024, "national", "ID", 19.8),
  v("persalinan_non_faskes", 2024, "province", "81", 5),
  v("persalinan_non_faskes", 2024, "province", "82", 15),
  v("idl_12_23_bps", 2023, "province", "81", 60),
];

const summaries = seriesSummaries({ indicators: values, method });
const stunting = summaries.find((s) => s.id === "stunting_balita")!;

describe("betterDirection", () => {
  const link = (id: string) => method.series.find((s) => s.seriesId === id)!;
  const ind = (id: string | null) => (id === null ? null : method.indicators.find((i) => i.id === id)!);
  it("follows the indicator, flipped for an inverted series", () => {
    expect(betterDirection(link("stunting_balita"), ind("KLA-III-12"))).toBe("lower");
    expect(betterDirection(link("akta_lahir_0_17"), ind("KLA-I-04"))).toBe("higher");
    expect(betterDirection(link("persalinan_non_faskes"), ind("KLA-III-11"))).toBe("lower");
    expect(betterDirection(link("anak_bekerja_10_17"), ind("KLA-V-21"))).toBe("lower");
  });
  it("knows every context series of the method", () => {
    // Coverage is better higher; a nutrition problem or an early first birth is better lower.
    const lower = new Set(["wasting_balita", "underweight_balita", "melahirkan_pertama_bawah_20"]);
    for (const s of method.series.filter((x) => x.indicatorId === null))
      expect(betterDirection(s, null), s.seriesId).toBe(lower.has(s.seriesId) ? "lower" : "higher");
  });
});

describe("seriesSummaries", () => {
  it("lists only series with values, in indicator order, context last", () => {
    expect(summaries.map((s) => s.id)).toEqual(["persalinan_non_faskes", "stunting_balita", "idl_12_23_bps"]);
  });
  it("counts years, levels, conflicts and the latest national figure", () => {
    expect(stunting.years).toEqual([2022, 2024]);
    expect(stunting.levels).toEqual(["national", "province"]);
    expect(stunting.conflicts).toBe(1);
    expect(stunting.latestNational).toEqual({ year: 2024, value: 19.8, conflict: false });
    expect(stunting.coverage.map((c) => [c.year, c.provinces])).toEqual([
      [2022, 5],
      [2024, 1],
    ]);
    expect(stunting.sources[0]!.count).toBeGreaterThanOrEqual(1);
  });
});

describe("seriesGroups", () => {
  it("puts series that measure an indicator first, context series after, keeping the summaries' order", () => {
    expect(seriesGroups(summaries).map((g) => [g.id, g.scored, g.items.map((x) => x.id)])).toEqual([
      ["dinilai", true, ["persalinan_non_faskes", "stunting_balita"]],
      ["konteks", false, ["idl_12_23_bps"]],
    ]);
  });
  it("leaves an empty group out", () => {
    expect(seriesGroups(summaries.filter((x) => x.indicator !== null)).map((g) => g.id)).toEqual(["dinilai"]);
  });
});

describe("referenceYear", () => {
  it("skips a latest year that covers too few areas", () => {
    expect(yearsAtLevel(stunting, "province")).toEqual([
      { year: 2022, areas: 5 },
      { year: 2024, areas: 1 },
    ]);
    expect(referenceYear(stunting, "province")).toBe(2022);
    expect(referenceYear(stunting, "kabkota")).toBeNull();
  });
});

describe("ranking", () => {
  const rows = ranking(stunting, "province", 2022);
  it("ranks an area whose two sources print the same figure; only different figures leave it unranked", () => {
    const agree = [
      v("stunting_balita", 2022, "province", "81", 30),
      v("stunting_balita", 2022, "province", "81", 30, { sourceUrl: "https://example.org/same-figure" }),
      v("stunting_balita", 2022, "province", "82", 20),
      v("stunting_balita", 2022, "province", "82", 21, { sourceUrl: "https://example.org/other-figure" }),
    ];
    const summary = seriesSummaries({ indicators: agree, method }).find((s) => s.id === "stunting_balita")!;
    expect(ranking(summary, "province", 2022).map((r) => [r.areaCode, r.rank, r.value, r.conflict])).toEqual([
      ["81", 1, 30, false],
      ["82", null, null, true],
    ]);
  });
  it("ranks best first by the series' direction, ties sharing a rank, conflicts last and unranked", () => {
    expect(rows.map((r) => [r.areaCode, r.rank])).toEqual([
      ["85", 1],
      ["82", 2],
      ["83", 2],
      ["81", 4],
      ["84", null],
    ]);
  });
  it("keeps every value of a conflicting area and compares the rest with the national figure", () => {
    const disputed = rows.find((r) => r.areaCode === "84")!;
    expect(disputed.values.map((x) => x.value)).toEqual([30.4, 35.2]);
    expect(disputed.value).toBeNull();
    const best = rows[0]!;
    expect(best.diffFromNational).toBeCloseTo(-11.6);
    expect(best.betterThanNational).toBe(true);
    expect(rows.find((r) => r.areaCode === "81")!.betterThanNational).toBe(false);
  });
  it("leaves a doubtful, survey-flagged or small-sample value unranked, shown with its caveat (the one rule)", () => {
    const flagged = [
      v("stunting_balita", 2022, "province", "81", 30),
      v("stunting_balita", 2022, "province", "82", 10, { doubtful: true }),
      v("stunting_balita", 2022, "province", "83", 20, { flags: ["RSE>25%"] }),
      v("stunting_balita", 2022, "province", "84", 0, { smallSample: true }),
      v("stunting_balita", 2022, "province", "85", 25),
    ];
    const summary = seriesSummaries({ indicators: flagged, method }).find((s) => s.id === "stunting_balita")!;
    expect(ranking(summary, "province", 2022).map((r) => [r.areaCode, r.rank, r.value, r.caveats])).toEqual([
      ["85", 1, 25, []],
      ["81", 2, 30, []],
      ["82", null, 10, ["doubtful"]],
      ["83", null, 20, ["rse-over-25"]],
      ["84", null, 0, ["small-sample"]],
    ]);
  });
  it("orders an inverted series by its own direction (fewer births outside facilities first)", () => {
    const births = summaries.find((s) => s.id === "persalinan_non_faskes")!;
    expect(ranking(births, "province", 2024).map((r) => r.areaCode)).toEqual(["81", "82"]);
  });
});

describe("helpers", () => {
  it("writes years as runs", () => {
    expect(yearRanges([2025, 2021, 2022, 2023])).toBe("2021–2023, 2025");
    expect(yearRanges([2023])).toBe("2023");
  });
  it("lists the indicators no series measures", () => {
    const without = indicatorsWithoutSeries({ method }, summaries);
    expect(without.map((i) => i.id)).not.toContain("KLA-III-12");
    expect(without.map((i) => i.id)).toContain("KLA-K-01");
    expect(without).toHaveLength(method.indicators.length - 2);
  });
});

describe("indicatorPage", () => {
  it("one section per level, the reference year first and the other years newest first, conflicts listed", () => {
    const page = indicatorPage({ indicators: values, method }, "stunting_balita");
    expect(page.levels).toEqual(["province"]);
    const [province] = page.sections;
    // 2024 covers 1 of 5 provinces: the distribution is drawn for 2022, the latest year is still 2024.
    expect(province).toMatchObject({ level: "province", year: 2022, latest: { year: 2024, areas: 1 }, national: 21.6 });
    expect(province!.others.map((o) => [o.year, o.national, o.rows.length])).toEqual([[2024, 19.8, 1]]);
    expect(page.conflictRows.map((c) => [c.year, c.row.areaCode])).toEqual([[2022, "84"]]);
    expect(page.nationalConflicts).toEqual([]);
    expect(page.domainCount).toBe(1);
    expect(() => indicatorPage({ indicators: values, method }, "no_such_series")).toThrow(/unknown series/);
  });
});

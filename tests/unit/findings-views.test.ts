/**
 * The findings' views on a small invented fixture (synthetic awards, values and regulation states on real place
 * codes): who is counted and who is left out and why, one value per place by the method's rule, the groups' n,
 * median and middle half, the places named, the regulation groups, the per-place index, and memoisation.
 */
import { describe, expect, test } from "vitest";
import { buildRawFolder } from "./helpers.ts";
import type { AwardRecord, IndicatorValue, Predikat, SiteData } from "../../src/pipeline/artefact.ts";
import { seriesYearValues, statedRound, findingRounds } from "../../src/views/findings/stated-tiers.ts";
import { outcomeFinding, OUTCOME_SPECS } from "../../src/views/findings/awards-outcomes.ts";
import { regulationPredikatFinding } from "../../src/views/findings/regulation-predikat.ts";
import { findings, findingsNaming } from "../../src/views/findings/index.ts";
import { spreadOf } from "../../src/views/findings/figures.ts";
import { cellText } from "../../src/charts/types.ts";

const golden = buildRawFolder("tests/fixtures/golden/raw");
const kota = golden.places.filter((p) => p.type === "kota").slice(0, 10);
const kab = golden.places.filter((p) => p.type === "kabupaten").slice(0, 10);

const award = (year: number, placeCode: string, predikat: Predikat | null, extra: Partial<AwardRecord> = {}) =>
  ({
    year,
    placeCode,
    provinceCodeAtTime: placeCode.slice(0, 2),
    status: "awarded",
    predikat,
    conflict: false,
    inferred: false,
    sources: [],
    ...extra,
  }) as AwardRecord;
const value = (areaCode: string, v: number, extra: Partial<IndicatorValue> = {}): IndicatorValue => ({
  seriesId: "stunting_balita",
  year: 2024,
  areaLevel: "kabkota",
  areaCode,
  areaNameAsPublished: areaCode,
  value: v,
  unit: "percent",
  survey: "SSGI",
  sourceTitle: "",
  sourceUrl: `https://example.org/${areaCode}`,
  conflict: false,
  ...extra,
});

// 2025: kota 0–4 Pratama, 5–9 Utama; kabupaten 0–5 Madya, 6 inferred, 7 conflict, 8 no tier, 9 not in the round.
// 2023: kota 0–9 Madya.
const tiers2025: [string, Predikat][] = [
  ...kota.slice(0, 5).map((p) => [p.code, "Pratama"] as [string, Predikat]),
  ...kota.slice(5, 10).map((p) => [p.code, "Utama"] as [string, Predikat]),
  ...kab.slice(0, 6).map((p) => [p.code, "Madya"] as [string, Predikat]),
];
const awards: AwardRecord[] = [
  ...kota.map((p) => award(2023, p.code, "Madya")),
  ...tiers2025.map(([code, p]) => award(2025, code, p)),
  award(2025, kab[6]!.code, "Nindya", { inferred: true }),
  award(2025, kab[7]!.code, null, { conflict: true }),
  award(2025, kab[8]!.code, null),
];
// Pratama kota: 20, 22, 24, 26, 40 (the last far above); Utama kota: 10–14; Madya kab: 30–35 with kab 4 doubtful
// and kab 5 printed differently by two sources.
const indicators: IndicatorValue[] = [
  ...[20, 22, 24, 26, 40].map((v, i) => value(kota[i]!.code, v)),
  ...[10, 11, 12, 13, 14].map((v, i) => value(kota[5 + i]!.code, v)),
  ...[30, 31, 32, 33].map((v, i) => value(kab[i]!.code, v)),
  value(kota[0]!.code, 20, { sourceUrl: "https://example.org/news" }),
  value(kab[4]!.code, 50, { doubtful: true }),
  value(kab[5]!.code, 34),
  value(kab[5]!.code, 35),
];
const site: SiteData = {
  ...golden,
  awards,
  indicators,
  regulationStates: [
    { placeCode: kota[5]!.code, state: "perda-kla", year: 2020 },
    { placeCode: kota[6]!.code, state: "perda-kla", year: 2026 },
    { placeCode: kota[0]!.code, state: "none", year: 2022 },
    { placeCode: kab[0]!.code, state: "perda-child-protection", year: 2019 },
  ],
};
const stunting = outcomeFinding(OUTCOME_SPECS.find((s) => s.seriesId === "stunting_balita")!);

describe("stated tiers and values", () => {
  test("count only stated tiers, and say how many awards are left out and why", () => {
    expect(findingRounds(site)).toEqual([2025, 2023]);
    const r = statedRound(site, 2025);
    expect(r.tiers.size).toBe(16);
    expect([r.inferred, r.conflict, r.tierUnknown]).toEqual([1, 1, 1]);
  });

  test("take one value per place: agreeing sources are one value, differing ones and doubtful rows are left out", () => {
    const v = seriesYearValues(site, "stunting_balita", 2024);
    expect(v.values.get(kota[0]!.code)).toBe(20);
    expect(v.values.size).toBe(14);
    expect([...v.sourcesDiffer]).toEqual([kab[5]!.code]);
    expect([...v.doubtful]).toEqual([kab[4]!.code]);
  });

  test("spread: median and middle half by d3-array's quantile", () => {
    expect(spreadOf([20, 22, 24, 26, 40])).toEqual({ n: 5, median: 24, q1: 22, q3: 26, min: 20, max: 40 });
  });
});

describe("finding 1 on the fixture", () => {
  const f = stunting(site, "en");

  test("prints n and median per tier, kota and kabupaten apart, and compares tiers only when both are large enough", () => {
    expect(f.id).toBe("temuan-predikat-stunting");
    expect(f.paragraphs[0]).toContain("Among the 10 kota (cities)");
    expect(f.paragraphs[0]).toContain("Pratama 24.0% (n = 5)");
    expect(f.paragraphs[0]).toContain("Utama 12.0% (n = 5)");
    expect(f.paragraphs[1]).toContain("the Utama median (12.0%) is lower than the Pratama median (24.0%)");
    expect(f.paragraphs[1]).toContain("do not overlap");
    expect(f.paragraphs.join(" ")).toContain("Among the 4 kabupaten (regencies)");
    expect(f.figures["n.kabupaten.Madya"]).toBe(4);
  });

  test("names the places farthest from their tier's median", () => {
    expect(f.namedPlaces[0]).toEqual({
      placeCode: kota[4]!.code,
      reason: "Pratama 2025: Stunting 40.0%, far above its tier's median (24.0%)",
    });
  });

  test("says who is left out and why", () => {
    expect(f.population).toContain("In 2025, sources state the predikat of 16 kab/kota.");
    expect(f.population).toContain("1 whose tier rests on inference only");
    expect(f.population).toContain("1 where sources disagree on the tier");
    expect(f.population).toContain("1 awarded with no tier stated");
    expect(f.population).toContain("1 whose sources give different figures");
    expect(f.population).toContain("1 whose row is marked doubtful");
    expect(f.population).toContain("In 2023, sources state the predikat of 10 kab/kota.");
  });

  test("draws both rounds and tabulates each group", () => {
    const rows = f.chart.table.rows.map((r) => r.map(cellText));
    expect(rows).toContainEqual(["Kota (city) · predikat 2025", "Pratama", "5", "24.0%", "22.0%–26.0%", "20.0%–40.0%"]);
    expect(rows.filter((r) => r[0]!.includes("2023"))).toHaveLength(1);
    expect(f.sources.map((s) => s.label)).toEqual([
      "example.org",
      "example.org",
      "example.org",
      "indicators.csv",
      "awards.csv",
    ]);
    expect(f.moreSources).toBe(12);
  });
});

describe("finding 2 on the fixture", () => {
  const f = regulationPredikatFinding(site, "en");

  test("shares out the stated tiers by regulation state, unknown included", () => {
    expect(f.paragraphs[0]).toContain("Perda on KLA: 2 of 2 (100%)");
    expect(f.paragraphs[0]).toContain("(Perda on KLA unknown): 0 of 1 (0%)");
    expect(f.paragraphs[0]).toContain("A source says no Perda on KLA: 0 of 1 (0%)");
    expect(f.paragraphs[0]).toContain("Only a Perbup/Perwal known: none");
    expect(f.paragraphs[0]).toContain("Unknown (no source yet): 3 of 12 (25%)");
    expect(f.paragraphs[1]).toContain("In the 2023 round: Perda on KLA: 0 of 2 (0%)");
    expect(f.caveats.join(" ")).toContain("for 1 of the places counted in 2025 and 1 of those counted in 2023");
  });
});

describe("the list", () => {
  test("is memoised per artefact and language, and indexes the places it names", () => {
    expect(findings(site, "id")).toBe(findings(site, "id"));
    expect(findings(site, "id")).not.toBe(findings(site, "en"));
    const mentions = findingsNaming(site, "en", kota[4]!.code);
    // kota[4] is an outlier for stunting and, in this fixture, a place that fell between 2023 and 2025.
    expect(mentions.map((m) => m.finding.id)).toEqual(["temuan-predikat-stunting", "temuan-pergerakan-2023-2025"]);
    expect(findingsNaming(site, "en", kab[9]!.code)).toEqual([]);
  });
});

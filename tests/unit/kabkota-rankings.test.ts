/**
 * The kab/kota ranking views' rules (src/views/kabkota-rankings.ts), on small synthetic fixtures: best first by the
 * series' direction, ties sharing a rank, any caveated value listed apart with why (conflict, doubtful, survey
 * flags, small sample), places without a value counted; the cluster III ranking only ranks places scored on the same
 * indicators; indicator 1 is counted, never ranked. Synthetic data only: the codes are made up.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { IndicatorValue, Place, SiteData } from "../../src/pipeline/artefact.ts";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { scoreAreas } from "../../src/method/score.ts";
import {
  clusterRanking,
  clusterRankingYear,
  indicatorRanking,
  rankedSeries,
  rankingYearsOf,
  yesNoCounts,
} from "../../src/views/kabkota-rankings.ts";
import { caveatsOf, rankBest, ranksWithTies } from "../../src/views/rank-rule.ts";
import { localePath, idPathOf } from "../../src/i18n/routes.ts";
import { ROOT } from "./helpers.ts";

const method = loadMethod(join(ROOT, "data/method"));

const place = (code: string, name: string, type: Place["type"] = "kabupaten"): Place => ({
  code,
  name,
  shortName: name,
  type,
  provinceCode: code.slice(0, 2),
  provinceName: `Provinsi ${code.slice(0, 2)}`,
  slug: name.toLowerCase().replace(/ /g, "-"),
  aliases: [],
  otherNames: [],
});
const places = [
  place("91.01", "A"),
  place("91.02", "B"),
  place("91.03", "C"),
  place("91.04", "D"),
  place("91.05", "E"),
  place("91.06", "F"),
  place("91.07", "G"),
  place("91.71", "H", "kota"),
];

function v(seriesId: string, year: number, areaCode: string, value: number, extra: Partial<IndicatorValue> = {}) {
  return {
    seriesId,
    year,
    areaLevel: areaCode === "ID" ? "national" : "kabkota",
    areaCode,
    value,
    areaNameAsPublished: areaCode,
    unit: "percent",
    survey: "SSGI",
    sourceTitle: "",
    sourceUrl: `https://example.org/${seriesId}/${year}`,
    conflict: false,
    ...extra,
  } as IndicatorValue;
}

const stunting = [
  v("stunting_balita", 2024, "91.01", 20),
  v("stunting_balita", 2024, "91.02", 10),
  v("stunting_balita", 2024, "91.03", 20),
  v("stunting_balita", 2024, "91.04", 30, { doubtful: true }),
  // Two sources print the same figure: they agree, and the place is ranked.
  v("stunting_balita", 2024, "91.05", 25),
  v("stunting_balita", 2024, "91.05", 25, { sourceUrl: "https://example.org/news" }),
  // Two different figures: a conflict, even where the pipeline did not mark it.
  v("stunting_balita", 2024, "91.06", 12),
  v("stunting_balita", 2024, "91.06", 13, { sourceUrl: "https://example.org/news" }),
  v("stunting_balita", 2024, "91.71", 9, { flags: ["RSE>25%"] }),
  // 91.07 has no value.
];
const births = [
  v("persalinan_non_faskes", 2024, "91.01", 5),
  v("persalinan_non_faskes", 2024, "91.02", 0, { smallSample: true }),
  v("persalinan_non_faskes", 2024, "91.03", 15),
  v("persalinan_non_faskes", 2024, "91.04", 15),
];
const d = { indicators: [...stunting, ...births], method, places };

describe("ranks", () => {
  it("equal keys share the rank of the first, the next distinct key takes its position", () => {
    expect(ranksWithTies([1, 2, 2, 4, 4, 4, 9])).toEqual([1, 2, 2, 4, 4, 4, 7]);
    expect(ranksWithTies([])).toEqual([]);
  });
  it("best first by direction, code order between equals", () => {
    const items = [
      { c: "b", x: 3 },
      { c: "a", x: 3 },
      { c: "c", x: 1 },
    ];
    const lower = rankBest(
      items,
      (i) => i.x,
      "lower",
      (i) => i.c,
    ).map((r) => [r.item.c, r.rank]);
    const higher = rankBest(
      items,
      (i) => i.x,
      "higher",
      (i) => i.c,
    ).map((r) => [r.item.c, r.rank]);
    expect(lower).toEqual([
      ["c", 1],
      ["a", 2],
      ["b", 2],
    ]);
    expect(higher).toEqual([
      ["a", 1],
      ["b", 1],
      ["c", 3],
    ]);
  });
});

describe("indicatorRanking", () => {
  it("ranks only values without a caveat, lists the rest apart with why, counts places with no value", () => {
    const r = indicatorRanking(d, "stunting_balita", 2024);
    // Lower stunting is better; A and C tie at 20.
    expect(r.ranked.map((x) => [x.place.code, x.rank, x.value])).toEqual([
      ["91.02", 1, 10],
      ["91.01", 2, 20],
      ["91.03", 2, 20],
      ["91.05", 4, 25],
    ]);
    expect(r.apart.map((x) => [x.place.code, x.values, x.caveats])).toEqual([
      ["91.04", [30], ["doubtful"]],
      ["91.06", [12, 13], ["conflict"]],
      ["91.71", [9], ["rse-over-25"]],
    ]);
    expect(r.noValue.map((p) => p.code)).toEqual(["91.07"]);
    // Every place is in exactly one of the three lists.
    expect(r.ranked.length + r.apart.length + r.noValue.length).toBe(r.total);
    expect(r.total).toBe(places.length);
  });
  it("an inverted series runs against its indicator: fewer births outside a facility rank first; small samples apart", () => {
    const r = indicatorRanking(d, "persalinan_non_faskes", 2024);
    expect(r.summary.better).toBe("lower");
    expect(r.ranked.map((x) => [x.place.code, x.rank])).toEqual([
      ["91.01", 1],
      ["91.03", 2],
      ["91.04", 2],
    ]);
    // 0.0 from a small sample is scored by the method, but not ranked as "the best".
    expect(r.apart.map((x) => [x.place.code, x.caveats])).toEqual([["91.02", ["small-sample"]]]);
    expect(r.noValue).toHaveLength(4);
  });
  it("only scored series with kab/kota values have a ranking; a context series or a year without values throws", () => {
    const withContext = { ...d, indicators: [...d.indicators, v("wasting_balita", 2023, "91.01", 7)] };
    expect(rankedSeries(withContext).map((s) => s.id)).toEqual(["persalinan_non_faskes", "stunting_balita"]);
    expect(() => indicatorRanking(withContext, "wasting_balita", 2023)).toThrow(/no kab\/kota ranking/);
    expect(() => indicatorRanking(d, "stunting_balita", 2019)).toThrow(/no kab\/kota values in 2019/);
    expect(rankingYearsOf(rankedSeries(d).find((s) => s.id === "stunting_balita")!)).toEqual({
      years: [2024],
      main: 2024,
    });
  });
  it("caveats in the method's order, different figures always a conflict", () => {
    expect(caveatsOf([v("x", 1, "1", 1, { smallSample: true, conflict: true })])).toEqual(["conflict", "small-sample"]);
    expect(caveatsOf([v("x", 1, "1", 1), v("x", 1, "1", 2)])).toEqual(["conflict"]);
    expect(caveatsOf([v("x", 1, "1", 1), v("x", 1, "1", 1)])).toEqual([]);
  });
});

/** A SiteData with only what the cluster ranking reads, scored by the real engine from synthetic values. */
function scored(observations: IndicatorValue[]): SiteData {
  const { achievements, scores } = scoreAreas(method, observations);
  const empty = [] as never[];
  return {
    places,
    provinces: [],
    awards: empty,
    rounds: empty,
    provila: empty,
    provinceCoverage: empty,
    provinceHistory: empty,
    reportedScores: empty,
    series: empty,
    indicators: observations,
    achievements,
    scores,
    method,
    regulations: empty,
    regulationStates: empty,
  } as unknown as SiteData;
}

describe("clusterRanking", () => {
  const obs = [
    // Three of cluster III's indicators (11, 12, 15) for A, B, C; A and B tie.
    ...["91.01", "91.02", "91.03"].flatMap((code, i) => [
      v("persalinan_non_faskes", 2024, code, i === 2 ? 20 : 5),
      v("stunting_balita", 2024, code, 20),
      v("sanitasi_layak_rt", 2024, code, 80),
      v("air_minum_layak_rt", 2024, code, 90),
    ]),
    // D: only births and water and sanitation.
    v("persalinan_non_faskes", 2024, "91.04", 1),
    v("sanitasi_layak_rt", 2024, "91.04", 99),
    v("air_minum_layak_rt", 2024, "91.04", 99),
    // E: only births, with a small-sample 0.0 (scored, and marked).
    v("persalinan_non_faskes", 2024, "91.05", 0, { smallSample: true }),
    // F: only an earlier year.
    v("stunting_balita", 2023, "91.06", 10),
  ];
  const data = scored(obs);
  const c = clusterRanking(data)!;

  it("uses the year with the most cluster III indicators scored", () => {
    expect(clusterRankingYear(data, "III")).toBe(2024);
    expect(c.year).toBe(2024);
    expect(c.clusterTotal).toBe(6);
  });
  it("ranks each place only among places scored on exactly the same indicators, most indicators first", () => {
    expect(c.groups.map((g) => [g.indicators, g.rows.map((r) => [r.place.code, r.rank])])).toEqual([
      [
        ["KLA-III-11", "KLA-III-12", "KLA-III-15"],
        [
          ["91.01", 1],
          ["91.02", 1],
          ["91.03", 3],
        ],
      ],
      [["KLA-III-11", "KLA-III-15"], [["91.04", 1]]],
      [["KLA-III-11"], [["91.05", 1]]],
    ]);
    // D scores higher than A in points per indicator, yet is never ranked above or beside it: it has 2 of 6.
    const [three, two] = c.groups;
    expect(two!.rows[0]!.score / two!.max).toBeGreaterThan(three!.rows[0]!.score / three!.max);
    // A group's maximum is the points its own indicators can earn.
    const maxOf = (id: string) => method.indicators.find((i) => i.id === id)!.maxPoints;
    expect(two!.max).toBeCloseTo(maxOf("KLA-III-11") + maxOf("KLA-III-15"), 2);
    expect(three!.rows[0]!.points).toHaveLength(3);
  });
  it("marks a score resting on a small-sample value and counts places without a score", () => {
    expect(c.groups[2]!.rows[0]!.caveats).toEqual(["small-sample"]);
    expect(c.groups[0]!.rows[0]!.caveats).toEqual([]);
    expect(c.noScore.map((p) => p.code)).toEqual(["91.06", "91.07", "91.71"]);
    const ranked = c.groups.reduce((n, g) => n + g.rows.length, 0);
    expect(ranked + c.noScore.length).toBe(places.length);
  });
  it("no kab/kota cluster III score at all: no ranking", () => {
    expect(clusterRanking(scored([]))).toBeNull();
  });
});

describe("yesNoCounts", () => {
  it("indicator 1 as yes, no and unknown over every kab/kota in its latest year, never ranked", () => {
    const answer = (code: string, year: number, value: boolean) => ({
      indicatorId: "KLA-K-01",
      year,
      areaLevel: "kabkota" as const,
      areaCode: code,
      value,
      basis: "perda",
    });
    const { achievements } = scoreAreas(
      method,
      [],
      [
        answer("91.01", 2024, true),
        answer("91.01", 2025, true),
        answer("91.02", 2025, false),
        answer("91.03", 2023, true),
      ],
    );
    expect(yesNoCounts({ achievements, method, places })).toEqual([
      { indicatorId: "KLA-K-01", year: 2025, yes: 1, no: 1, unknown: 6, total: 8 },
    ]);
  });
});

describe("ranking paths in both languages", () => {
  it("the second segment under /peringkat/ is translated both ways; round years stay", () => {
    expect(localePath("en", "/peringkat/indikator/stunting_balita/")).toBe("/en/rankings/indicators/stunting_balita/");
    expect(localePath("en", "/peringkat/klaster-iii/")).toBe("/en/rankings/cluster-iii/");
    expect(localePath("en", "/peringkat/2023/")).toBe("/en/rankings/2023/");
    expect(idPathOf("/en/rankings/indicators/stunting_balita/2023/")).toBe(
      "/peringkat/indikator/stunting_balita/2023/",
    );
    expect(idPathOf("/en/rankings/cluster-iii/")).toBe("/peringkat/klaster-iii/");
  });
});

/** A place's regulation state from its facts (the newest statement wins), and the counts built from the states. */
import { describe, expect, it } from "vitest";
import type { Place, Province, RegulationFact } from "../../src/pipeline/artefact.ts";
import { placeRegulationState, regulationCoverage, regulationStates } from "../../src/pipeline/regulations.ts";

const fact = (f: Partial<RegulationFact>): RegulationFact => ({
  placeCode: "35.73",
  status: "enacted",
  kind: "perda",
  topic: "kla",
  number: "1",
  year: 2020,
  title: "Kota Layak Anak",
  sourceUrl: "https://example.org",
  nameAsPublished: "Kota Malang",
  provinceAsPublished: "Jawa Timur",
  note: "",
  rawRef: "r.csv:2",
  evidence: "",
  conflict: "",
  ...f,
});
const none = (year: number) => fact({ status: "none", number: "", title: "", year });

describe("placeRegulationState", () => {
  it("a Perda on KLA", () =>
    expect(placeRegulationState([fact({ year: 2016 })])).toEqual({ state: "perda-kla", year: 2016 }));
  it('a later Perda ends an earlier "none" (both stay in the history)', () =>
    expect(placeRegulationState([none(2022), fact({ year: 2024 })])).toEqual({ state: "perda-kla", year: 2024 }));
  it('a later "none" outweighs an older Perda', () =>
    expect(placeRegulationState([fact({ year: 2017 }), none(2024)])).toEqual({ state: "none", year: 2024 }));
  it('in the same year an enactment outranks a "none"', () =>
    expect(placeRegulationState([none(2024), fact({ year: 2024 })])).toEqual({ state: "perda-kla", year: 2024 }));
  it("a Qanun counts as a Perda", () =>
    expect(placeRegulationState([fact({ kind: "qanun", year: 2021 })]).state).toBe("perda-kla"));
  it("a child-protection Perda still counts when a source says there is no Perda on KLA", () =>
    expect(placeRegulationState([fact({ topic: "child-protection", year: 2016 }), none(2020)])).toEqual({
      state: "perda-child-protection",
      year: 2016,
    }));
  it("KLA wins over child protection; the amendment's year is the newest", () =>
    expect(
      placeRegulationState([
        fact({ topic: "child-protection", year: 2011 }),
        fact({ topic: "child-protection", number: "3", year: 2023 }),
      ]),
    ).toEqual({ state: "perda-child-protection", year: 2023 }));
  it("a Perbup alone is never called a Perda", () =>
    expect(placeRegulationState([fact({ kind: "perbup", year: 2019 })])).toEqual({
      state: "head-regulation",
      year: 2019,
    }));
  it('"none" (for a Perda) comes before a Perwal', () =>
    expect(placeRegulationState([fact({ kind: "perwal", year: 2016 }), none(2022)])).toEqual({
      state: "none",
      year: 2022,
    }));
  it("a draft alone leaves the place unknown", () =>
    expect(placeRegulationState([fact({ status: "draft", number: "", year: 2025 })])).toEqual({
      state: "unknown",
      year: null,
    }));
  it("a draft after a Perda does not undo it", () =>
    expect(placeRegulationState([fact({ year: 2015 }), fact({ status: "draft", number: "", year: 2025 })]).state).toBe(
      "perda-kla",
    ));
});

describe("regulationStates and regulationCoverage", () => {
  const provinces = [
    { code: "35", name: "Jawa Timur" },
    { code: "34", name: "DI Yogyakarta" },
  ] as Province[];
  const places = [
    { code: "34.71", provinceCode: "34" },
    { code: "34.03", provinceCode: "34" },
    { code: "35.73", provinceCode: "35" },
    { code: "35.78", provinceCode: "35" },
  ] as Place[];
  const states = regulationStates([
    fact({ placeCode: "35.78", topic: "child-protection", year: 2011 }),
    none(2024),
    fact({ placeCode: "34.71", year: 2016 }),
  ]);

  it("one state per place with facts, by place code", () =>
    expect(states).toEqual([
      { placeCode: "34.71", state: "perda-kla", year: 2016 },
      { placeCode: "35.73", state: "none", year: 2024 },
      { placeCode: "35.78", state: "perda-child-protection", year: 2011 },
    ]));

  it("counts every place once, nationally first, then provinces by code; places without facts are unknown", () => {
    const c = regulationCoverage(states, places, provinces);
    expect(c.map((x) => x.areaCode)).toEqual(["ID", "34", "35"]);
    expect(c[0]).toEqual({
      areaCode: "ID",
      places: 4,
      counts: { "perda-kla": 1, "perda-child-protection": 1, none: 1, "head-regulation": 0, unknown: 1 },
    });
    expect(c[1]!.counts).toEqual({
      "perda-kla": 1,
      "perda-child-protection": 0,
      none: 0,
      "head-regulation": 0,
      unknown: 1,
    });
    for (const x of c) expect(Object.values(x.counts).reduce((a, b) => a + b, 0)).toBe(x.places);
  });
});

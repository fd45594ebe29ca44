/**
 * The pipeline's audit (src/pipeline/audit.ts): what we hold per round never exceeds what the ministry announced,
 * and a province's "complete list" holds exactly as many named awardees as it says. Each check has a case that
 * passes and cases that fail with the message and `path:LINE` a contributor would see.
 */
import { describe, expect, it } from "vitest";
import type { AwardRecord, AwardRound, AwardSource, Predikat } from "../../src/pipeline/artefact.ts";
import { checkAgainstAnnounced, checkCompleteLists, roundCoverage, splitRef } from "../../src/pipeline/audit.ts";
import type { ProvinceRoundFact } from "../../src/pipeline/awards.ts";

const COUNTS = "data/raw/award-counts.csv";

const source = (says: AwardSource["says"], nameAsPublished = "Kota X"): AwardSource => ({
  url: "https://example.org/kla",
  nameAsPublished,
  provinceAsPublished: "Jawa Tengah",
  says,
  rawRef: "data/raw/awards/awards_2023.csv:2",
  inferred: nameAsPublished === "",
  note: "",
});

/** One place's record in a round: awarded at a predikat, awarded without a tier, or not awarded. */
function record(
  placeCode: string,
  says: Predikat | "awarded" | "not-awarded",
  { year = 2023, provinceCode = "33", nameAsPublished = "Kota X", inferred = undefined as boolean | undefined } = {},
): AwardRecord {
  return {
    year,
    placeCode,
    provinceCodeAtTime: provinceCode,
    status: says === "not-awarded" ? "not-awarded" : "awarded",
    predikat: says === "not-awarded" || says === "awarded" ? null : says,
    conflict: false,
    inferred: inferred ?? nameAsPublished === "",
    sources: [source(says, nameAsPublished)],
  };
}

const noCounts = { Pratama: null, Madya: null, Nindya: null, Utama: null, KLA: null };

function round(
  year: number,
  counts: Partial<Record<Predikat, number>>,
  totalAwarded: number | null,
  held = true,
): AwardRound {
  return {
    year,
    held,
    counts: { ...noCounts, ...counts },
    totalAwarded,
    entrants: null,
    entrantsNote: "",
    provilaCount: null,
    sourceUrl: "",
    notes: "",
  };
}

describe("round coverage", () => {
  it("counts the rows held per predikat, awarded without a tier, and not awarded; rounds not held are left out", () => {
    const records = [
      record("33.01", "Madya"),
      record("33.02", "Madya"),
      record("33.03", "Nindya"),
      record("33.04", "awarded"),
      record("33.05", "not-awarded"),
      record("33.06", "Utama", { year: 2022 }),
      // Inferred readings are counted with the rest and, apart, in the *Inferred fields.
      record("33.07", "Nindya", { inferred: true }),
      record("33.08", "awarded", { inferred: true }),
    ];
    const coverage = roundCoverage(records, [round(2023, { Madya: 10 }, 40), round(2024, {}, null, false)]);
    expect(coverage).toEqual([
      {
        year: 2023,
        known: { Pratama: 0, Madya: 2, Nindya: 2, Utama: 0, KLA: 0 },
        knownInferred: 1,
        awardedTierUnknown: 2,
        awardedTierUnknownInferred: 1,
        notAwarded: 1,
        notAwardedInferred: 0,
        announced: { ...noCounts, Madya: 10 },
        totalAnnounced: 40,
      },
    ]);
  });
});

describe("rows against the announced counts", () => {
  const coverageOf = (records: AwardRecord[], r: AwardRound) => roundCoverage(records, [r]);

  it("passes when no predikat and no total exceeds what was announced (equal is fine; unannounced is no limit)", () => {
    const records = [
      record("33.01", "Madya"),
      record("33.02", "Madya"),
      record("33.03", "Utama"),
      record("33.04", "awarded"),
    ];
    expect(checkAgainstAnnounced(coverageOf(records, round(2023, { Madya: 2 }, 4)), COUNTS)).toEqual([]);
    expect(checkAgainstAnnounced(coverageOf(records, round(2023, {}, null)), COUNTS)).toEqual([]);
  });

  it("fails when more places hold a predikat than were announced", () => {
    const records = [record("33.01", "Madya"), record("33.02", "Madya"), record("33.03", "Madya")];
    expect(checkAgainstAnnounced(coverageOf(records, round(2023, { Madya: 2 }, null)), COUNTS)).toEqual([
      {
        path: COUNTS,
        line: 0,
        message: "2023: 3 places hold Madya in the compiled rows but 2 were announced, expected at most 2",
      },
    ]);
  });

  it("fails when the awarded rows, those without a tier included, exceed the announced total; not-awarded rows do not count", () => {
    const records = [
      record("33.01", "Nindya"),
      record("33.02", "awarded"),
      record("33.03", "awarded"),
      record("33.04", "not-awarded"),
    ];
    const problems = checkAgainstAnnounced(coverageOf(records, round(2023, { Nindya: 5 }, 2)), COUNTS);
    expect(problems.map((p) => p.message)).toEqual([
      "2023: 3 places are awarded in the compiled rows but 2 were announced, expected at most 2",
    ]);
  });
});

describe("complete lists", () => {
  function fact(awardedCount: number | null, scope: ProvinceRoundFact["scope"] = "complete-list"): ProvinceRoundFact {
    return {
      year: 2023,
      provinceCode: "33",
      scope,
      awardedCount,
      inferred: false,
      url: "https://example.org/jateng",
      provinceAsPublished: "Jawa Tengah",
      note: "",
      rawRef: "data/raw/province-rounds.csv:7",
    };
  }

  // Only named awardees of that province and round count: not an inferred row (no name as published), not a
  // row saying "not awarded", not another province, not another round.
  const held = [
    record("33.01", "Madya"),
    record("33.02", "awarded"),
    record("33.03", "Pratama", { nameAsPublished: "" }),
    record("33.04", "not-awarded"),
    record("34.01", "Madya", { provinceCode: "34" }),
    record("33.05", "Madya", { year: 2022 }),
  ];

  it("passes when the named awardees number what the list says", () => {
    expect(checkCompleteLists([fact(2)], held)).toEqual([]);
  });

  it("fails at the fact's own row when awardees of the list have no row", () => {
    expect(checkCompleteLists([fact(3)], held)).toEqual([
      {
        path: "data/raw/province-rounds.csv",
        line: 7,
        message:
          "2023 Jawa Tengah: the complete list has 3 awardees but 2 are compiled, expected every awardee of a complete list to have a row",
      },
    ]);
  });

  it("fails when more awardees are compiled than the list holds", () => {
    expect(checkCompleteLists([fact(1)], held).map((p) => p.message)).toEqual([
      "2023 Jawa Tengah: the complete list has 1 awardees but 2 are compiled, expected every awardee of a complete list to have a row",
    ]);
  });

  it("checks nothing for a list that is not complete or gives no count", () => {
    expect(checkCompleteLists([fact(9, "all-awarded"), fact(null)], held)).toEqual([]);
  });

  it("splits a raw reference into path and line", () => {
    expect(splitRef("data/raw/province-rounds.csv:7")).toEqual(["data/raw/province-rounds.csv", 7]);
    expect(splitRef("data/raw/province-rounds.csv")).toEqual(["data/raw/province-rounds.csv", 0]);
  });
});

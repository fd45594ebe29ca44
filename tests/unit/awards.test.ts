import { describe, expect, it } from "vitest";
import type { AwardSource } from "../../src/pipeline/artefact.ts";
import { claimsFromProvinceFacts, mergeClaims, type AwardClaim } from "../../src/pipeline/awards.ts";

const source = (says: AwardSource["says"], url: string, inferred = false): AwardSource => ({
  url,
  says,
  inferred,
  nameAsPublished: "X",
  provinceAsPublished: "Y",
  rawRef: `f.csv:1`,
  note: "",
});
const claim = (code: string, says: AwardSource["says"], url: string, inferred = false): AwardClaim => ({
  year: 2023,
  placeCode: code,
  provinceCodeAtTime: code.slice(0, 2),
  file: url,
  line: 1,
  source: source(says, url, inferred),
});

describe("merging claims into three-state records", () => {
  it("agreeing sources give one record that keeps both, direct before inferred", () => {
    const [r] = mergeClaims([claim("33.72", "Utama", "https://b", true), claim("33.72", "Utama", "https://a")]);
    expect(r).toMatchObject({ status: "awarded", predikat: "Utama", conflict: false, inferred: false });
    expect(r!.sources.map((s) => s.url)).toEqual(["https://a", "https://b"]);
  });

  it("disagreeing tiers are a conflict: predikat null, every claim kept", () => {
    const [r] = mergeClaims([claim("35.75", "Madya", "https://a"), claim("35.75", "Nindya", "https://b")]);
    expect(r).toMatchObject({ status: "awarded", predikat: null, conflict: true });
    expect(r!.sources.map((s) => s.says).sort()).toEqual(["Madya", "Nindya"]);
  });

  it("awarded without a tier plus a tier is not a conflict", () => {
    const [r] = mergeClaims([claim("53.71", "awarded", "https://a"), claim("53.71", "Pratama", "https://b")]);
    expect(r).toMatchObject({ predikat: "Pratama", conflict: false });
  });

  it("not awarded is a state of its own; against a direct award it is a conflict and the direct award shows", () => {
    expect(mergeClaims([claim("32.08", "not-awarded", "https://a")])[0]).toMatchObject({
      status: "not-awarded",
      predikat: null,
      conflict: false,
    });
    expect(
      mergeClaims([claim("32.08", "not-awarded", "https://a"), claim("32.08", "Madya", "https://b")])[0],
    ).toMatchObject({ status: "awarded", predikat: null, conflict: true });
  });

  it("a record is inferred only when every source is", () => {
    expect(mergeClaims([claim("11.01", "Madya", "https://a", true)])[0]!.inferred).toBe(true);
    expect(
      mergeClaims([claim("11.01", "Madya", "https://a", true), claim("11.01", "Madya", "https://b")])[0]!.inferred,
    ).toBe(false);
  });

  it("a tier that only an inference states stays inferred beside a direct 'awarded' without a tier", () => {
    const [r] = mergeClaims([
      claim("74.71", "awarded", "https://list"),
      claim("74.71", "Madya", "https://later", true),
    ]);
    expect(r).toMatchObject({ status: "awarded", predikat: "Madya", inferred: true });
    const [direct] = mergeClaims([
      claim("74.71", "awarded", "https://list", true),
      claim("74.71", "Madya", "https://own"),
    ]);
    expect(direct).toMatchObject({ predikat: "Madya", inferred: false });
  });
});

describe("province-wide facts", () => {
  const places = [
    { code: "14.01", name: "A" },
    { code: "14.02", name: "B" },
    { code: "14.03", name: "C" },
  ];
  const fact = (scope: "complete-list" | "all-awarded") => ({
    year: 2023,
    provinceCode: "14",
    scope,
    awardedCount: 1,
    inferred: false,
    url: "https://p",
    provinceAsPublished: "Riau",
    note: "",
    rawRef: "p.csv:2",
  });

  it("a complete list makes only the unnamed places not awarded", () => {
    const derived = claimsFromProvinceFacts(
      [fact("complete-list")],
      [claim("14.01", "Madya", "https://a")],
      () => places,
    );
    expect(derived.map((c) => [c.placeCode, c.source.says])).toEqual([
      ["14.02", "not-awarded"],
      ["14.03", "not-awarded"],
    ]);
  });

  it("all-awarded makes the unnamed places awarded with tier unknown, marked inferred", () => {
    const derived = claimsFromProvinceFacts([fact("all-awarded")], [], () => places);
    expect(derived.every((c) => c.source.says === "awarded" && c.source.inferred)).toBe(true);
    expect(derived).toHaveLength(3);
  });
});

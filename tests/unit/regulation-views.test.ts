/** What the place, province and data pages show about regulations, on the golden fixture's artefact. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { loadGazetteer } from "../../src/pipeline/places.ts";
import { runPipeline } from "../../src/pipeline/pipeline.ts";
import { listRawFiles } from "../../src/pipeline/raw-files.ts";
import { nationalRegulations, placeRegulations, provinceRegulations } from "../../src/views/regulation-views.ts";
import { ROOT } from "./helpers.ts";

const result = runPipeline({
  files: listRawFiles(join(ROOT, "tests/fixtures/golden/raw"), ROOT),
  gazetteer: loadGazetteer(ROOT),
  method: loadMethod(join(ROOT, "data/method")),
  version: "test",
  releaseYear: 2026,
});
const d = result.data!;

describe("placeRegulations", () => {
  it("gives the state and the whole history, newest first (a Perwal after the amended Perda does not make it a Perda on KLA)", () => {
    const v = placeRegulations(d, "35.78");
    expect(result.problems).toEqual([]);
    expect(v.state).toBe("perda-child-protection");
    expect(v.year).toBe(2023);
    expect(v.facts.map((f) => `${f.kind} ${f.number}/${f.year}`)).toEqual([
      "perwal 61/2024",
      "perda 3/2023",
      "perda 6/2011",
    ]);
    expect(v.draft).toBeNull();
    // The statement that decides it: the 2023 Perda, not the later Perwal.
    expect(v.deciding).toMatchObject({ kind: "perda", number: "3", year: 2023 });
  });
  it('a "none" is a state, dated by the statement', () => {
    const v = placeRegulations(d, "35.73");
    expect(v).toMatchObject({ state: "none", year: 2024 });
    expect(v.deciding?.status).toBe("none");
  });
  it("a draft beside an older child-protection Perda leaves the Perda as the state", () =>
    expect(placeRegulations(d, "72.71")).toMatchObject({ state: "perda-child-protection", year: 2021, draft: null }));
  it("a draft alone: unknown, with the draft to mention", () => {
    const v = placeRegulations(d, "16.71");
    expect(v.state).toBe("unknown");
    expect(v.draft?.year).toBe(2017);
  });
  it("a place without statements is unknown, with nothing to show", () =>
    expect(placeRegulations(d, "53.71")).toEqual({
      state: "unknown",
      year: null,
      facts: [],
      draft: null,
      deciding: null,
    }));
});

describe("provinceRegulations", () => {
  it("counts every kab/kota of the province once and lists the known ones, Perda first", () => {
    const v = provinceRegulations(d, "35");
    expect(v.coverage.places).toBe(38);
    expect(v.has).toBe(1);
    expect(v.coverage.counts.none).toBe(1);
    expect(v.known.map((r) => [r.place.name, r.state, r.latest.year])).toEqual([
      ["Kota Surabaya", "perda-child-protection", 2024],
      ["Kota Malang", "none", 2024],
    ]);
    expect(v.unknown).toHaveLength(36);
  });
  it("a draft-only place is listed (with its draft) but counted as unknown", () => {
    const v = provinceRegulations(d, "16");
    expect(v.known.map((r) => [r.place.name, r.state, r.latest.status])).toEqual([
      ["Kota Palembang", "unknown", "draft"],
    ]);
    expect(v.coverage.counts.unknown).toBe(v.coverage.places);
  });
});

describe("nationalRegulations", () => {
  it("the count of places known to have a Perda (KLA or child protection), and what the statements cover", () => {
    const v = nationalRegulations(d);
    expect(v.coverage.places).toBe(514);
    expect(v.coverage.counts["perda-kla"]).toBe(4);
    expect(v.coverage.counts["perda-child-protection"]).toBe(2);
    expect(v.has).toBe(6);
    expect(v.places).toBe(9);
    expect(v.provinces).toBe(7);
  });
});

/**
 * Province history has one home: the pipeline computes which kab/kota belonged to which province in each round
 * (data/places/province-history.csv) and stores it in the artefact; coverage, the province page, peers and cards use
 * that figure. Papua in 2019 is the case that once came out three ways (29, 9, and a count with Papua Selatan in it).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../src/pipeline/places.ts";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { runPipeline } from "../../src/pipeline/pipeline.ts";
import { listRawFiles } from "../../src/pipeline/raw-files.ts";
import { buildProvinceHistory, provinceHistoryLookup } from "../../src/pipeline/province-history.ts";
import { provinceProfile } from "../../src/views/province-profile.ts";
import { peerRows, placesInProvinceAt, provinceAtTime, provinceExisted } from "../../src/views/province-rounds.ts";
import { provinceCard } from "../../src/publish/cards.ts";
import { ROOT } from "./helpers.ts";

const gazetteer = loadGazetteer(ROOT);
const result = runPipeline({
  files: listRawFiles(join(ROOT, "tests/fixtures/golden/raw"), ROOT),
  gazetteer,
  method: loadMethod(join(ROOT, "data/method")),
  version: "test",
});
const d = result.data!;
const history = provinceHistoryLookup(d.provinceHistory);
const papua = (year: number) => d.provinceHistory.find((h) => h.year === year && h.provinceCode === "91");

describe("province history (pipeline)", () => {
  it("Papua (91) in 2019 is the 29 kab/kota of Papua before the split: today's Papua, Papua Selatan, Tengah, Pegunungan", () => {
    expect(result.problems).toEqual([]);
    const codes = papua(2019)!.placeCodes;
    expect(codes).toHaveLength(29);
    const today = (province: string) => gazetteer.places.filter((p) => p.provinceCode === province).map((p) => p.code);
    expect(codes).toEqual([...today("91"), ...today("93"), ...today("94"), ...today("95")].sort());
    // Papua Barat Daya (96) was Papua Barat's (92), not Papua's.
    expect(codes.some((c) => c.startsWith("96."))).toBe(false);
    expect(history.members("92", 2019)).toHaveLength(13);
    expect(papua(2023)!.placeCodes).toHaveLength(9);
  });

  it("the new provinces do not exist before 2023, and every kab/kota is in exactly one province per round", () => {
    for (const code of ["93", "94", "95", "96"]) {
      expect(history.existed(code, 2022)).toBe(false);
      expect(history.existed(code, 2023)).toBe(true);
    }
    for (const year of new Set(d.provinceHistory.map((h) => h.year))) {
      const codes = d.provinceHistory.filter((h) => h.year === year).flatMap((h) => h.placeCodes);
      expect(codes.sort()).toEqual(d.places.map((p) => p.code).sort());
    }
    expect(history.provinceOf("93.01", 2019)).toBe("91");
    expect(history.provinceOf("93.01", 2023)).toBe("93");
  });

  it("covers every held round, sorted by year then province", () => {
    const held = d.rounds.filter((r) => r.held).map((r) => r.year);
    expect([...new Set(d.provinceHistory.map((h) => h.year))]).toEqual(held);
    const keys = d.provinceHistory.map((h) => `${h.year}|${h.provinceCode}`);
    expect(keys).toEqual([...keys].sort());
  });

  it("coverage counts the same kab/kota as the history", () => {
    for (const c of d.provinceCoverage) {
      expect(c.places, `${c.year} ${c.provinceCode}`).toBe(history.members(c.provinceCode, c.year).length);
    }
    expect(d.provinceCoverage.find((c) => c.year === 2019 && c.provinceCode === "91")?.places).toBe(29);
  });

  it("is a pure function of the places and the gazetteer's rule", () => {
    const built = buildProvinceHistory(gazetteer.places, [2022, 2019, 2022], (code, year) =>
      gazetteer.provinceAt(code, year),
    );
    expect([...new Set(built.map((h) => h.year))]).toEqual([2019, 2022]);
    expect(built.find((h) => h.year === 2019 && h.provinceCode === "91")?.placeCodes).toEqual(papua(2019)!.placeCodes);
    expect(built.filter((h) => h.year === 2019)).toEqual(d.provinceHistory.filter((h) => h.year === 2019));
  });
});

describe("pages and peers use the pipeline's figure", () => {
  it("the province page counts Papua's 29 kab/kota in 2019, 9 from 2023", () => {
    const v = provinceProfile(d, "91");
    expect(v.roundStandings.find((s) => s.year === 2019)?.total).toBe(29);
    expect(v.roundStandings.find((s) => s.year === 2022)?.total).toBe(29);
    expect(v.roundStandings.find((s) => s.year === 2023)?.total).toBe(9);
    // Every kab/kota that was ever Papua's has a row; today's Papua Selatan are members only up to 2022.
    expect(v.grid).toHaveLength(29);
    const merauke = v.grid.find((g) => g.place.code === "93.01")!;
    expect(merauke.cells.map((c) => [c.year, c.member])).toEqual([
      [2019, true],
      [2022, true],
      [2023, false],
      [2025, false],
    ]);
    expect(v.placeLists.find((l) => l.kind === "former")?.places).toHaveLength(20);
    // How the province's codes start is shown with one of today's kab/kota, never a former member.
    expect(v.exampleCode.startsWith("91.")).toBe(true);
  });

  it("peers, membership and the province at the time agree with the history", () => {
    expect(peerRows(d, "91", 2019)).toHaveLength(29);
    expect(placesInProvinceAt(d, "91", 2019).map((p) => p.code)).toEqual(papua(2019)!.placeCodes);
    expect(peerRows(d, "93", 2019)).toEqual([]);
    expect(provinceExisted(d, "93", 2019)).toBe(false);
    expect(provinceAtTime(d, "93.01", 2019)).toBe("91");
    expect(provinceProfile(d, "93").roundStandings.find((s) => s.year === 2019)?.total).toBe(0);
  });

  it("the province card counts the latest round's kab/kota as the history has them", () => {
    const card = provinceCard(
      d,
      d.provinces.find((p) => p.code === "91")!,
    );
    expect(card.waffle).toHaveLength(history.members("91", 2025).length);
    expect(card.status).toContain(`of ${history.members("91", 2025).length}`);
  });
});

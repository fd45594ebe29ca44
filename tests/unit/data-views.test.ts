/** The data page's view model: coverage matrix, file statistics, register of sources, citation. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ProvinceRoundCoverage, SiteData } from "../../src/pipeline/artefact.ts";
import { citation, coverageMatrix, downloadStats, sourcesRegister } from "../../src/views/data-views.ts";
import { DOWNLOADS } from "../../src/pipeline/downloads.ts";
import { ROOT, runScript, tempDir } from "./helpers.ts";

const cov = (
  year: number,
  provinceCode: string,
  places: number,
  known: number,
  unknown: number,
  inferred = 0,
): ProvinceRoundCoverage => ({
  year,
  provinceCode,
  places,
  awardedPredikatKnown: known,
  awardedPredikatKnownInferred: inferred,
  awardedPredikatUnknown: 0,
  awardedPredikatUnknownInferred: 0,
  notAwarded: places - known - unknown,
  notAwardedInferred: 0,
  unknown,
});

describe("coverageMatrix", () => {
  const m = coverageMatrix({
    provinceCoverage: [
      cov(2021, "91", 40, 10, 30),
      cov(2023, "91", 9, 9, 0),
      cov(2023, "93", 8, 2, 6),
      cov(2021, "11", 23, 3, 20),
      cov(2023, "11", 23, 23, 0, 5),
    ],
  });
  it("has a column per round and a row per province code, provinces that did not exist yet left empty", () => {
    expect(m.years).toEqual([2021, 2023]);
    expect(m.rows.map((r) => r.provinceCode)).toEqual(["11", "91", "93"]);
    const papuaSelatan = m.rows.find((r) => r.provinceCode === "93")!;
    expect(papuaSelatan.cells[0]!.coverage).toBeNull();
  });
  it("marks complete cells and totals each round", () => {
    const aceh = m.rows[0]!;
    expect(aceh.cells.map((c) => [c.known, c.inferred, c.complete])).toEqual([
      [3, 0, false],
      [23, 5, true],
    ]);
    expect(m.totals).toEqual([
      { year: 2021, places: 63, known: 13, inferred: 0, completeProvinces: 0, provinces: 2 },
      { year: 2023, places: 40, known: 34, inferred: 5, completeProvinces: 2, provinces: 3 },
    ]);
  });
});

describe("on the golden artefact", () => {
  const out = join(tempDir("data-views"), "build");
  const r = runScript("build-data.ts", ["--raw", join(ROOT, "tests/fixtures/golden/raw"), "--out", out]);
  const data = JSON.parse(readFileSync(join(out, "site.json"), "utf8")) as SiteData;

  it("counts rows and bytes of every download as written", () => {
    expect(r.status).toBe(0);
    const stats = downloadStats(data);
    expect([...stats.keys()].sort()).toEqual(Object.keys(DOWNLOADS).sort());
    for (const [file, st] of stats) {
      const text = DOWNLOADS[file]!(data);
      expect(st.bytes).toBe(Buffer.byteLength(text, "utf8"));
      expect(st.rows).toBeLessThanOrEqual(text.split("\n").length - 2);
    }
    expect(stats.get("places.csv")!.rows).toBe(data.places.length);
  });

  it("summarises the register of sources from sources.csv itself", () => {
    const reg = sourcesRegister(data, 3);
    const lines = DOWNLOADS["sources.csv"]!(data).trim().split("\n").length - 1;
    expect(reg.urls).toBe(lines);
    expect(reg.topDomains.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < reg.topDomains.length; i++)
      expect(reg.topDomains[i - 1]!.citations).toBeGreaterThanOrEqual(reg.topDomains[i]!.citations);
  });
});

describe("citation", () => {
  it("takes the year from the release, never the clock", () => {
    const c = citation("2026.11.0", "https://example.org/data/", "en");
    expect(c.apa).toBe(
      "Atlas Kota Layak Anak. (2026). Indonesia's Child-Friendly Regency/City (KLA) award data (Version 2026.11.0) [Data set]. https://example.org/data/",
    );
    expect(c.bibtex).toContain("@misc{atlas_kla_2026_11_0,");
    expect(c.bibtex).toContain("version = {2026.11.0}");
    expect(citation("2026.11.0", "https://example.org/data/", "id").apa).toContain("(Versi 2026.11.0) [Kumpulan data]");
  });
});

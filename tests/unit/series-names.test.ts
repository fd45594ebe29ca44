import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SERIES_IDS, seriesName } from "../../src/i18n/series.ts";
import { ROOT } from "./helpers.ts";

describe("series names", () => {
  it("name every series of the raw data and of the method, in both languages", () => {
    const raw = readFileSync(join(ROOT, "data/raw/indicators/province-indicators.csv"), "utf8")
      .split("\n")
      .slice(1)
      .map((l) => l.split(",")[0])
      .filter(Boolean);
    const method = readFileSync(join(ROOT, "data/method/series.csv"), "utf8")
      .split("\n")
      .slice(1)
      .map((l) => l.split(",")[0])
      .filter(Boolean);
    // "regulations" is where indicator 1 is answered from (indicator-achievements.csv `series`), not an open-data series.
    expect(SERIES_IDS).toEqual([...new Set([...raw, ...method, "stunting_balita", "regulations"])].sort());
    for (const id of SERIES_IDS)
      for (const lang of ["id", "en"] as const) expect(seriesName(lang, id).name.length).toBeGreaterThan(3);
  });
  it("refuses an unknown series", () => expect(() => seriesName("id", "nope")).toThrow(/no name for series "nope"/));
});

/**
 * The methodology page's view model, and the Indonesian translations of the method's notes: each must still
 * translate the note that data/method holds today (a changed note fails here until it is translated again).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AwardRound } from "../../src/pipeline/artefact.ts";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { FIELD_STATUSES } from "../../src/method/score.ts";
import {
  bandEdgeExamples,
  clusterMax,
  indicatorFields,
  indicatorRegime,
  methodSourceTarget,
  pctExact,
  roundConflicts,
  seriesMapping,
  splitSources,
  statusCounts,
} from "../../src/views/method-views.ts";
import { INDICATOR_NOTES_ID, SERIES_NOTES_ID, indicatorNote, seriesNote } from "../../src/i18n/pages/method.ts";
import { ROOT } from "./helpers.ts";

const method = loadMethod(join(ROOT, "data/method"));

describe("translations of the method's notes", () => {
  it("translate every non-empty indicator note as it is written today", () => {
    for (const ind of method.indicators.filter((i) => i.note !== "")) {
      expect(INDICATOR_NOTES_ID[ind.id]?.en, `${ind.id}: note changed or new; update INDICATOR_NOTES_ID`).toBe(
        ind.note,
      );
      expect(indicatorNote("id", ind.id, ind.note)).not.toBe(ind.note);
    }
    expect(
      Object.keys(INDICATOR_NOTES_ID).every((id) => method.indicators.some((i) => i.id === id && i.note !== "")),
    ).toBe(true);
  });
  it("translate every series caveat as it is written today", () => {
    for (const s of method.series) {
      expect(SERIES_NOTES_ID[s.seriesId]?.en, `${s.seriesId}: note changed or new; update SERIES_NOTES_ID`).toBe(
        s.note,
      );
      expect(seriesNote("id", s.seriesId, s.note)).not.toBe(s.note);
    }
  });
  it("fall back to the English note rather than a stale translation", () => {
    expect(indicatorNote("id", "KLA-III-12", "a new note")).toBe("a new note");
    expect(seriesNote("en", "stunting_balita", "x")).toBe("x");
  });
});

describe("fields and statuses", () => {
  it("gives a percent five fields and a yes-no three, each with a source", () => {
    const percent = method.indicators.find((i) => i.kind === "percent")!;
    const yesNo = method.indicators.find((i) => i.kind === "yes-no")!;
    expect(indicatorFields(percent).map((f) => f.field)).toEqual(["identity", "measure", "floor", "target", "points"]);
    expect(indicatorFields(yesNo).map((f) => f.field)).toEqual(["identity", "measure", "points"]);
    for (const ind of method.indicators)
      for (const f of indicatorFields(ind)) expect(f.sources.length, `${ind.id} ${f.field}`).toBeGreaterThan(0);
  });
  it("counts every status field of the method once", () => {
    const counts = statusCounts(method);
    const fields =
      method.clusters.length +
      method.indicators.reduce((n, i) => n + indicatorFields(i).length, 0) +
      2 * method.bands.length +
      method.series.length;
    expect(FIELD_STATUSES.reduce((n, s) => n + counts[s], 0)).toBe(fields);
  });
  it("splits sources and points README sections at the page's own anchors", () => {
    expect(splitSources("https://a.org/x | https://b.org/y")).toEqual(["https://a.org/x", "https://b.org/y"]);
    expect(splitSources(null)).toEqual([]);
    expect(methodSourceTarget("data/method/README.md#bounds")).toEqual({ kind: "section", anchor: "bounds" });
    expect(methodSourceTarget("https://www.example.org/a")).toEqual({
      kind: "url",
      href: "https://www.example.org/a",
      label: "example.org",
    });
  });
});

describe("bands and rounds", () => {
  it("shows the exact edges", () => {
    expect(bandEdgeExamples(method).map((e) => `${e.score}:${e.predikat ?? "-"}`)).toEqual([
      "499.99:-",
      "500:Pratama",
      "600:Pratama",
      "600.01:Madya",
      "700:Madya",
      "700.01:Nindya",
      "800:Nindya",
      "800.01:Utama",
      "900:Utama",
      "900.01:KLA",
      "1000:KLA",
    ]);
  });
  it("derives the indicator regime from the year", () => {
    expect([2012, 2017, 2018, 2025].map(indicatorRegime)).toEqual([31, 31, 24, 24]);
  });
  it("picks the rounds whose notes record a disagreement, with the URLs they name", () => {
    const round = (year: number, notes: string): AwardRound => ({
      year,
      held: true,
      counts: { Pratama: null, Madya: null, Nindya: null, Utama: null, KLA: null },
      totalAwarded: null,
      entrants: null,
      entrantsNote: "",
      provilaCount: null,
      sourceUrl: `https://example.org/${year}`,
      notes,
    });
    const found = roundConflicts([
      round(2019, "Makassar. CONFLICT: a regional outlet gives 249 (https://x.id/a)."),
      round(2021, "One outlet labels this round '2020' (https://y.id/b/)."),
      round(2023, "Same article once writes '350' (typo; categories sum to 360)."),
      round(2024, "No award ceremony found (inferred)."),
    ]);
    expect(found.map((r) => r.year)).toEqual([2019, 2021, 2023]);
    expect(found[0]!.urls).toEqual(["https://x.id/a", "https://example.org/2019"]);
    expect(found[1]!.urls).toEqual(["https://y.id/b/", "https://example.org/2021"]);
  });
});

describe("series mapping and clusters", () => {
  it("orders series by indicator number, context last", () => {
    const order = seriesMapping(method).map((s) => s.seriesId);
    expect(order.indexOf("akta_lahir_0_17")).toBeLessThan(order.indexOf("akta_lahir_0_6"));
    expect(order.slice(-5).sort()).toEqual([
      "asi_eksklusif_ski",
      "idl_12_23_bps",
      "melahirkan_pertama_bawah_20",
      "underweight_balita",
      "wasting_balita",
    ]);
  });
  it("sums cluster maxima to 1000 without binary noise", () => {
    const total = method.clusters.reduce((n, c) => n + Math.round(clusterMax(method, c.id) * 100), 0);
    expect(total).toBe(100000);
  });
  it("writes bounds with their own decimals", () => {
    expect(pctExact("id", 30.8)).toBe("30,8\u00a0%");
    expect(pctExact("id", 14)).toBe("14\u00a0%");
    expect(pctExact("en", 8.74)).toBe("8.74%");
  });
});

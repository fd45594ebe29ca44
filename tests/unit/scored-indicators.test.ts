/**
 * The place profile's indicator-by-indicator score view (src/views/scored-indicators.ts) on the real data: what is
 * scored at its latest year with its source worded from the primary source and the carrier, indicator 1 with the
 * regulation deciding it, caveated values shown but not scored, the province and national comparison, and what is
 * missing.
 */
import { describe, expect, it } from "vitest";
import { attentionPoints } from "../../src/views/attention-points.ts";
import { clusterView } from "../../src/views/profile-sections.ts";
import { scoredIndicators, shortSource } from "../../src/views/scored-indicators.ts";
import { SourceList } from "../../src/views/source-list.ts";
import { buildRawFolder } from "./helpers.ts";

const real = buildRawFolder("data/raw");
const MATARAM = "52.71";

describe("scoredIndicators", () => {
  const view = scoredIndicators(real, new SourceList(), MATARAM, "52");
  const row = (id: string) => view.scored.find((s) => s.indicatorId === id);

  it("scores indicator 1 from the regulations, yes, with the deciding regulation and no file reference", () => {
    const k01 = row("KLA-K-01")!;
    expect(k01.yesNo).toBe(true);
    expect(k01.value).toBe(1);
    expect(k01.decidedBy).toMatchObject({ status: "enacted", kind: "perda", number: "8", year: 2023, topic: "kla" });
  });

  it("takes each indicator at its latest scored year, with its province and national figure of that year", () => {
    const births = row("KLA-III-11")!;
    expect(births.year).toBe(2025);
    expect(births.value).toBe(93.9);
    expect(births.province).toBe(83.8);
    const water = row("KLA-III-15")!;
    expect(water.year).toBe(2024);
    expect(water.national).toBe(88.12);
    expect(water.values.map((v) => `${v.seriesId} ${v.primary} via ${v.via}`)).toEqual([
      "air_minum_layak_rt BPS, Susenas 2024 via github.com",
      "sanitasi_layak_rt BPS, Susenas 2024 via github.com",
    ]);
  });

  it("never scores the conflicting SSGI 2024 stunting values: stunting is scored from SKI 2023, the conflict is shown", () => {
    expect(row("KLA-III-12")!.year).toBe(2023);
    const conflicts = view.unscored.filter((u) => u.indicatorId === "KLA-III-12" && u.year === 2024);
    expect(conflicts.map((u) => u.value)).toEqual([23.3, 23.5]);
    for (const u of conflicts) {
      expect(u.caveats).toContain("conflict");
      expect(u.scored).toBe(false);
    }
  });

  it("counts per cluster what is scored, and lists what has no data", () => {
    expect(view.coverage.find((c) => c.cluster === "III")).toEqual({ cluster: "III", scored: 3, total: 6 });
    expect(view.coverage.find((c) => c.cluster === "K")).toEqual({ cluster: "K", scored: 1, total: 3 });
    expect(view.missing).not.toContain("KLA-III-12");
    expect(view.missing).toContain("KLA-I-04");
    expect(view.missing.length + new Set([...view.scored.map((s) => s.indicatorId)]).size).toBe(
      real.method.indicators.length,
    );
  });

  it("carries SKI's confidence interval and flags: a flagged value is shown, not scored", () => {
    const flagged = real.indicators.find((v) => v.flags?.includes("RSE>25%") && v.areaLevel === "kabkota")!;
    const place = real.places.find((p) => p.code === flagged.areaCode)!;
    const v = scoredIndicators(real, new SourceList(), place.code, place.provinceCode);
    const shown = v.unscored.find((u) => u.seriesId === flagged.seriesId && u.year === flagged.year)!;
    expect(shown.caveats).toContain("rse-over-25");
    expect(shown.ci).toEqual([flagged.ciLower, flagged.ciUpper]);
    expect(shown.primary).toBe("Kemenkes, SKI 2023");
  });
});

describe("words", () => {
  it("shortens a primary source to publisher, survey and year", () => {
    expect(shortSource({ primarySource: "BPS, Susenas 2024: Persentase …", survey: "Susenas", year: 2024 })).toBe(
      "BPS, Susenas 2024",
    );
    expect(shortSource({ primarySource: "BPS: table", survey: "", year: 2024 })).toBe("BPS");
    expect(shortSource({ survey: "SSGI", year: 2024 })).toBeNull();
  });
});

describe("the cluster chart's year", () => {
  it("is the year with the most indicators scored, not a later year with fewer", () => {
    const v = clusterView(real, new SourceList(), MATARAM)!;
    expect(v.year).toBe(2024);
    expect(v.indicatorsPresent).toBe(3);
  });
});

describe("attention points", () => {
  it("leave out values the method does not score (conflicting SSGI 2024 stunting)", () => {
    const stunting = attentionPoints(real, MATARAM, "52").find((p) => p.seriesId === "stunting_balita")!;
    expect(stunting.year).toBe(2023);
    expect(stunting.value).toBe(25.6);
  });
});

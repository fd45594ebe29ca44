/**
 * The indicator comparison drawn as a string (src/charts/indicator-comparison-svg.ts) writes exactly what its
 * Observable Plot specification (indicator-comparison-plot.ts) draws: the same bytes, on the real data of every place and province profile and on generated inputs (fast-check,
 * fixed seed) that reach the edges — one year or none, conflicts only, zeros, huge values, names with markup and
 * quotes. If Plot's output or the specification changes, these fail and the string renderer must follow.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelText } from "./label-text.ts";
import { indicatorComparison, type Area } from "../../../src/charts/indicator-comparison.ts";
import type { IndicatorValue } from "../../../src/pipeline/artefact.ts";
import { placeProfile } from "../../../src/views/place-profile.ts";
import { provinceProfile } from "../../../src/views/province-profile.ts";
import type { SeriesView } from "../../../src/views/profile-sections.ts";
import { buildRawFolder } from "../helpers.ts";
import { comparisonPlot } from "./indicator-comparison-plot.ts";

const real = buildRawFolder("data/raw");
const LANGS = ["id", "en"] as const;

/** Both renderings of one chart. */
function both(
  values: readonly IndicatorValue[],
  seriesId: string,
  focus: Area,
  province: Area | undefined,
  lang: "id" | "en",
) {
  const options = { lang, seriesId, seriesName: seriesId, focus, province };
  return {
    string: indicatorComparison(values, options).svg,
    plot: indicatorComparison(values, options, comparisonPlot).svg,
  };
}

describe("indicatorComparison: the string renderer draws what Plot draws", { timeout: 30_000 }, () => {
  it("on every province profile and on every third place profile, in both languages", () => {
    let charts = 0;
    const check = (series: SeriesView[], focus: Area, province: Area | undefined, lang: "id" | "en") => {
      for (const s of series) {
        const { string, plot } = both(s.values, s.seriesId, focus, province, lang);
        expect(string, `${focus.label} ${s.seriesId} ${lang}`).toBe(plot);
        charts++;
      }
    };
    for (const p of real.provinces)
      for (const lang of LANGS)
        check(provinceProfile(real, p.code).series, { code: p.code, label: p.name }, undefined, lang);
    real.places.forEach((place, i) => {
      if (i % 3 !== 0) return;
      const profile = placeProfile(real, place.code);
      const province = { code: profile.province.code, label: profile.province.name };
      check(profile.series, { code: place.code, label: place.name }, province, LANGS[i % 2]!);
    });
    expect(charts).toBeGreaterThan(1000);
  });

  it("on generated inputs: any years, values, conflicts and names", () => {
    const name = labelText(["Kota A"]);
    const value = (area: string) =>
      fc.record({
        areaCode: fc.constant(area),
        year: fc.integer({ min: 2018, max: 2026 }),
        value: fc.oneof(fc.constantFrom(0, 100, 0.05, 1e6), fc.double({ min: 0, max: 1000, noNaN: true })),
        conflict: fc.boolean(),
      });
    const input = fc.record({
      values: fc.array(fc.oneof(value("F"), value("P"), value("ID")), { maxLength: 12 }),
      focus: name,
      province: fc.option(name, { nil: undefined }),
      unit: fc.constantFrom("percent", "", "per 1.000"),
      lang: fc.constantFrom(...LANGS),
    });
    fc.assert(
      fc.property(input, ({ values, focus, province, unit, lang }) => {
        const rows = values.map((v) => ({ ...v, seriesId: "s", unit }) as unknown as IndicatorValue);
        const { string, plot } = both(
          rows,
          "s",
          { code: "F", label: focus },
          province === undefined ? undefined : { code: "P", label: province },
          lang,
        );
        expect(string).toBe(plot);
      }),
      { seed: 20261207, numRuns: 400 },
    );
  });
});

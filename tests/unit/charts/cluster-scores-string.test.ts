/**
 * The cluster scores drawn as a string (src/charts/cluster-scores-svg.ts) write exactly what their Observable Plot
 * specification (cluster-scores-plot.ts) draws: the same bytes, on the real data of every place and province profile
 * that has cluster scores, in both languages, and on generated inputs (fast-check, fixed seed) that reach the edges —
 * no cluster, one, many (where Plot stops rounding its band scale), unscored clusters, a zero maximum, scores above
 * the maximum or below zero, repeated ids, empty names, names with markup, quotes, no-break spaces and line breaks.
 * If Plot's output or the specification changes, these fail and the string renderer must follow.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelText } from "./label-text.ts";
import { clusterScores, type LabelledClusterScore } from "../../../src/charts/cluster-scores.ts";
import { clusterView, labelledClusters } from "../../../src/views/profile-sections.ts";
import { SourceList } from "../../../src/views/source-list.ts";
import { buildRawFolder } from "../helpers.ts";
import { clusterPlot } from "./cluster-scores-plot.ts";

const real = buildRawFolder("data/raw");
const LANGS = ["id", "en"] as const;

/** Both renderings of one chart, with the options ClusterSection.astro passes. */
function both(clusters: readonly LabelledClusterScore[], lang: "id" | "en", width?: number) {
  const options = { lang, idPrefix: "clusters", width };
  return { string: clusterScores(clusters, options).svg, plot: clusterScores(clusters, options, clusterPlot).svg };
}

describe("clusterScores: the string renderer draws what Plot draws", () => {
  it("on every place and province profile with cluster scores, in both languages", () => {
    let charts = 0;
    // clusterView is what placeProfile and provinceProfile call; labelledClusters is what ClusterSection.astro draws.
    for (const code of [...real.provinces.map((p) => p.code), ...real.places.map((p) => p.code)]) {
      const view = clusterView(real, new SourceList(), code);
      if (view === null) continue;
      for (const lang of LANGS) {
        const { string, plot } = both(labelledClusters(real, lang, view), lang);
        expect(string, `${code} ${lang}`).toBe(plot);
        charts++;
      }
    }
    expect(charts).toBeGreaterThan(500);
  });

  it("on generated inputs: any number of clusters, scores, maxima and names", () => {
    const text = labelText(["Kelembagaan", "IV. ".repeat(20)], { lineBreaks: true });
    const number = fc.oneof(
      fc.constantFrom(0, 1, 100, 0.05, 1e6),
      fc.double({ min: -50, max: 1000, noNaN: true, noDefaultInfinity: true }),
    );
    const cluster = fc.record({
      id: fc.oneof(fc.constantFrom("K", "I", "II", "III", "IV", "V"), fc.string({ maxLength: 4 })),
      label: text,
      score: fc.option(number, { nil: null }),
      max: number,
      present: fc.nat(30),
      total: fc.nat(30),
    });
    const input = fc.record({
      clusters: fc.oneof(fc.array(cluster, { maxLength: 8 }), fc.array(cluster, { minLength: 30, maxLength: 60 })),
      lang: fc.constantFrom(...LANGS),
      width: fc.option(fc.constantFrom(320, 480, 640.5), { nil: undefined }),
    });
    fc.assert(
      fc.property(input, ({ clusters, lang, width }) => {
        const { string, plot } = both(clusters, lang, width);
        expect(string).toBe(plot);
      }),
      { seed: 20261208, numRuns: 300, endOnFailure: true },
    );
  });
});

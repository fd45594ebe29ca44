/** The self-assessment page's view: clusters in the method's order, each with its indicators by number. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { selfAssessmentPage } from "../../src/views/self-assessment-page.ts";
import { ROOT } from "./helpers.ts";

const method = loadMethod(join(ROOT, "data/method"));

describe("selfAssessmentPage", () => {
  it("orders clusters by their order and indicators by number, whatever order the method lists them in", () => {
    const shuffled = {
      ...method,
      clusters: [...method.clusters].reverse(),
      indicators: [...method.indicators].reverse(),
    };
    const { clusters } = selfAssessmentPage(shuffled);
    expect(clusters.map((c) => c.cluster.order)).toEqual(
      [...method.clusters].map((c) => c.order).sort((a, b) => a - b),
    );
    for (const { cluster, indicators } of clusters) {
      expect(indicators.every((i) => i.clusterId === cluster.id)).toBe(true);
      expect(indicators.map((i) => i.number)).toEqual(indicators.map((i) => i.number).sort((a, b) => a - b));
    }
    expect(clusters.flatMap((c) => c.indicators)).toHaveLength(method.indicators.length);
  });
  it("names the points of the first and the last indicator listed, 0 for an empty method", () => {
    expect(selfAssessmentPage(method).points).toEqual({
      first: method.indicators[0]!.maxPoints,
      last: method.indicators.at(-1)!.maxPoints,
    });
    expect(selfAssessmentPage({ ...method, clusters: [], indicators: [] }).points).toEqual({ first: 0, last: 0 });
  });
});

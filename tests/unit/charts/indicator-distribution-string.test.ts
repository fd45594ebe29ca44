/**
 * The kab/kota dot histogram drawn as a string (src/charts/indicator-distribution-svg.ts) writes exactly what its
 * Observable Plot specification (indicator-distribution-plot.ts) draws: the same bytes, on every kab/kota
 * distribution the chart catalogue draws from the real data (indicator pages and earlier ranking years), in both
 * languages, and on generated inputs (fast-check, fixed seed) that reach the edges — no dots of a kind, one stack or
 * many, fractional radii, references outside the domain, titles with markup, quotes, no-break spaces or nothing at
 * all. If Plot's output or the specification changes, these fail and the string renderer must follow.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { distributionAnchor } from "../../../src/publish/chart-catalog.ts";
import type { StripDrawing } from "../../../src/charts/indicator-distribution-svg.ts";
import { buildRawFolder } from "../helpers.ts";
import { catalogueDrawings } from "./catalogue-drawings.ts";
import { labelText } from "./label-text.ts";
import { stripPlot } from "./indicator-distribution-plot.ts";

// Every drawing the site's distributions hand the string renderer, recorded on its way through.
const drawn = vi.hoisted(() => [] as StripDrawing[]);
vi.mock("../../../src/charts/indicator-distribution-svg.ts", async (importOriginal) =>
  (await import("./record-drawings.ts")).recordingDrawings(await importOriginal(), "stripSvg", drawn),
);
const { stripSvg } = await vi.importActual<typeof import("../../../src/charts/indicator-distribution-svg.ts")>(
  "../../../src/charts/indicator-distribution-svg.ts",
);

const real = buildRawFolder("data/raw");

describe(
  "indicatorDistribution: the string renderer draws the kab/kota histogram as Plot draws it",
  { timeout: 30_000 },
  () => {
    it("on every kab/kota distribution of the chart catalogue, in both languages", () => {
      const charts = catalogueDrawings(real, distributionAnchor("kabkota"), drawn);
      for (const { name, svg, drawing } of charts) expect(svg, name).toBe(stripPlot(drawing));
      expect(charts.length).toBeGreaterThanOrEqual(16);
    });

    it("on generated inputs: any dots, stacks, radii, domains, references and titles", () => {
      const title = labelText(["Kota Kupang: 21,6 %", "Kabupaten Nias: 30,1 % (nilai bertentangan)"]);
      const dot = (tallest: number) =>
        fc.record({
          x: fc.double({ min: -10, max: 110, noNaN: true }),
          y: fc.integer({ min: 0, max: tallest - 1 }).map((h) => h + 0.5),
          title,
        });
      const input = fc
        .record({
          tallest: fc.integer({ min: 1, max: 40 }),
          lo: fc.integer({ min: 0, max: 18 }).map((k) => k * 5),
          span: fc.integer({ min: 1, max: 20 }).map((k) => k * 5),
          width: fc.integer({ min: 200, max: 1200 }),
          extra: fc.integer({ min: 0, max: 200 }),
          r: fc.oneof(fc.constantFrom(1.5, 5), fc.double({ min: 1.5, max: 5, noNaN: true })),
          lang: fc.constantFrom("id-ID", "en-GB"),
          ariaLabel: title,
        })
        .chain((base) =>
          fc.record({
            base: fc.constant(base),
            ranked: fc.array(dot(base.tallest), { maxLength: 40 }),
            unranked: fc.array(dot(base.tallest), { maxLength: 6 }),
            references: fc.array(
              fc.record({
                value: fc.double({ min: -20, max: 120, noNaN: true }),
                stroke: fc.constantFrom("#1f1f1f", "#595959", "#6a3d9a"),
                dash: fc.constantFrom("6,3", "2,2", "1,3"),
              }),
              { maxLength: 3 },
            ),
          }),
        );
      fc.assert(
        fc.property(input, ({ base, ranked, unranked, references }) => {
          const format = new Intl.NumberFormat(base.lang, { maximumFractionDigits: 1 });
          const d: StripDrawing = {
            width: base.width,
            height: 160 + base.extra,
            ariaLabel: base.ariaLabel,
            xDomain: [base.lo, base.lo + base.span],
            yDomain: [0, base.tallest + 0.5],
            yTicks: Math.min(5, base.tallest),
            tickLabel: (v) => format.format(v),
            r: base.r,
            ranked,
            unranked,
            references,
          };
          expect(stripSvg(d)).toBe(stripPlot(d));
        }),
        { seed: 20261207, numRuns: 300, endOnFailure: true },
      );
    });
  },
);

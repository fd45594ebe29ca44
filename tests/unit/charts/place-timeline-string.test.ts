/**
 * The place timeline drawn as a string (src/charts/place-timeline-svg.ts) writes exactly what its Observable Plot
 * specification (place-timeline-plot.ts) draws: the same bytes, on the real data of every place in both languages
 * and on generated inputs (fast-check, fixed seed) that reach the edges — no rounds, one round, gaps, every status,
 * inferred and conflicting records, long spans that stop Plot rounding the x scale, other widths, names with markup,
 * quotes and no-break spaces. If Plot's output or the specification changes, these fail and the string renderer
 * must follow.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelText } from "./label-text.ts";
import { placeTimeline, type PlaceTimelineOptions } from "../../../src/charts/place-timeline.ts";
import { PREDIKAT, type AwardRecord, type AwardRound } from "../../../src/pipeline/artefact.ts";
import { viewIndex } from "../../../src/views/view-index.ts";
import { buildRawFolder } from "../helpers.ts";
import { timelinePlot } from "./place-timeline-plot.ts";

const real = buildRawFolder("data/raw");
const LANGS = ["id", "en"] as const;

function both(records: readonly AwardRecord[], rounds: readonly AwardRound[], options: PlaceTimelineOptions) {
  return {
    string: placeTimeline(records, rounds, options).svg,
    plot: placeTimeline(records, rounds, options, timelinePlot).svg,
  };
}

// ~1,000 real charts drawn twice (once through Plot + linkedom): a few seconds, more while the suite runs in parallel.
describe("placeTimeline: the string renderer draws what Plot draws", { timeout: 30_000 }, () => {
  it("on every place, in both languages, as placeTimelineChart calls it", () => {
    const ix = viewIndex(real);
    let charts = 0;
    const statuses = new Set<string>();
    for (const place of real.places) {
      const records = ix.awardsByPlace.get(place.code) ?? [];
      for (const r of records) statuses.add(r.conflict ? "conflict" : r.inferred ? "inferred" : r.status);
      for (const lang of LANGS) {
        const options = {
          lang,
          placeName: place.name,
          fromYear: ix.roundYears[0],
          toYear: ix.roundYears[ix.roundYears.length - 1],
        };
        const { string, plot } = both(records, real.rounds, options);
        expect(string, `${place.code} ${lang}`).toBe(plot);
        charts++;
      }
    }
    expect(charts).toBeGreaterThan(1000);
    // The real data reaches every kind of dot, so all four groups are compared, not only the empty case.
    expect([...statuses].sort()).toEqual(["awarded", "conflict", "inferred", "not-awarded"]);
  });

  it("on generated inputs: any rounds, records, spans, widths and names", () => {
    const name = labelText(["Kota A", "Kabupaten ".repeat(12)]);
    const record = fc.record({
      status: fc.constantFrom("awarded", "not-awarded"),
      predikat: fc.constantFrom(...PREDIKAT, null),
      conflict: fc.boolean(),
      inferred: fc.boolean(),
      sources: fc.nat({ max: 2 }),
    });
    const round = fc.tuple(
      fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      fc.option(record, { nil: undefined, freq: 4 }),
    );
    const input = fc.record({
      first: fc.integer({ min: 2006, max: 2024 }),
      // A round is mostly held and mostly has a record, so links between tiered rounds are common. Short spans, and
      // long ones (30–60 years) where Plot stops rounding the x scale because more than 30 px would be lost.
      held: fc.oneof(fc.array(round, { maxLength: 8 }), fc.array(round, { minLength: 30, maxLength: 60, size: "max" })),
      span: fc.option(fc.tuple(fc.integer({ min: -2, max: 2 }), fc.integer({ min: -2, max: 2 })), { nil: undefined }),
      width: fc.oneof(fc.constant(480), fc.integer({ min: 140, max: 1200 })),
      placeName: name,
      lang: fc.constantFrom(...LANGS),
    });
    fc.assert(
      fc.property(input, ({ first, held, span, width, placeName, lang }) => {
        const rounds = held.map(([isHeld], i) => ({ year: first + i, held: isHeld }) as AwardRound);
        const records = held.flatMap(([isHeld, r], i) =>
          r === undefined || !isHeld
            ? []
            : [
                {
                  ...r,
                  year: first + i,
                  placeCode: "00.00",
                  provinceCodeAtTime: "00",
                  predikat: r.status === "awarded" && !r.conflict ? r.predikat : null,
                  sources: Array.from({ length: r.sources }, (_, k) => ({ url: `https://example.org/${k}` })),
                } as unknown as AwardRecord,
              ],
        );
        const last = first + held.length - 1;
        const options = {
          lang,
          placeName,
          width,
          ...(span === undefined || held.length === 0 ? {} : { fromYear: first + span[0], toYear: last + span[1] }),
        };
        const { string, plot } = both(records, rounds, options);
        expect(string).toBe(plot);
      }),
      { seed: 20261207, numRuns: 200 },
    );
  });
});

/**
 * The value tile map drawn as a string (src/charts/value-tile-map-svg.ts) writes exactly what its Observable Plot
 * specification (value-tile-map-plot.ts) draws: the same bytes, on every indicator map the chart catalogue draws
 * from the real data, in both languages, and on generated inputs (fast-check, fixed seed) that reach the edges — no
 * squares of a kind, fractional corners, titles and abbreviations with markup, quotes, no-break spaces, line breaks
 * or nothing at all. If Plot's output or the specification changes, these fail and the string renderer must follow.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type { ValueTileDrawing } from "../../../src/charts/value-tile-map-svg.ts";
import { buildRawFolder } from "../helpers.ts";
import { catalogueDrawings } from "./catalogue-drawings.ts";
import { labelText } from "./label-text.ts";
import { valueTilePlot } from "./value-tile-map-plot.ts";

// Every drawing the site's maps hand the string renderer, recorded on its way through.
const drawn = vi.hoisted(() => [] as ValueTileDrawing[]);
vi.mock("../../../src/charts/value-tile-map-svg.ts", async (importOriginal) =>
  (await import("./record-drawings.ts")).recordingDrawings(await importOriginal(), "valueTileMapSvg", drawn),
);
const { valueTileMapSvg } = await vi.importActual<typeof import("../../../src/charts/value-tile-map-svg.ts")>(
  "../../../src/charts/value-tile-map-svg.ts",
);

const real = buildRawFolder("data/raw");

describe("valueTileMap: the string renderer draws what Plot draws", { timeout: 30_000 }, () => {
  it("on every indicator map of the chart catalogue, in both languages", () => {
    const maps = catalogueDrawings(real, "peta-kabkota", drawn);
    for (const { name, svg, drawing } of maps) expect(svg, name).toBe(valueTilePlot(drawing));
    expect(maps.length).toBeGreaterThanOrEqual(12);
  });

  it("on generated inputs: any squares, kinds, colours, titles and labels", () => {
    const text = labelText(["Kota Kupang: 21,6 %", "Kabupaten Nias: tidak ada nilai"], { lineBreaks: true });
    // Corners as the grid makes them (multiples of the 8.5 px pitch from a 4 px margin), and arbitrary ones.
    const position = fc.oneof(
      fc.integer({ min: 0, max: 80 }).map((k) => 4 + k * 8.5),
      fc.double({ min: 0, max: 700, noNaN: true }),
    );
    const square = fc.record({
      x1: position,
      y1: position,
      kind: fc.constantFrom("value", "unranked", "none"),
      fill: fc.constantFrom("#dadaeb", "#4a1486", 'url("#a&b")'),
      title: text,
    });
    const label = fc.record({
      x: position,
      y: position,
      text: labelText(["NTT", "DKI"], { lineBreaks: true }),
      title: text,
    });
    const input = fc.record({
      width: fc.integer({ min: 1, max: 1200 }),
      height: fc.integer({ min: 1, max: 900 }),
      ariaLabel: text,
      squares: fc.array(square, { maxLength: 30 }),
      labels: fc.array(label, { maxLength: 6 }),
    });
    fc.assert(
      fc.property(input, (d) => {
        expect(valueTileMapSvg(d)).toBe(valueTilePlot(d));
      }),
      { seed: 20261207, numRuns: 400, endOnFailure: true },
    );
  });
});

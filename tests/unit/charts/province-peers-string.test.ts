/**
 * The province peers chart drawn as a string (src/charts/province-peers-svg.ts) writes exactly what its Observable
 * Plot specification (province-peers-plot.ts) draws: the same bytes, on the real data of every place profile's peers
 * section and every province's catalogued peers chart, and on generated inputs (fast-check, fixed seed) that reach
 * the edges — no places, one, more than 30 (where Plot stops rounding the bands), repeated names, no focus, names
 * with markup, quotes, no-break spaces and line breaks, empty and very long names. If Plot's output or the
 * specification changes, these fail and the string renderer must follow.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelText } from "./label-text.ts";
import { provincePeers, type ProvincePeersOptions } from "../../../src/charts/province-peers.ts";
import { PREDIKAT, type AwardRecord, type Place } from "../../../src/pipeline/artefact.ts";
import { placeProfile } from "../../../src/views/place-profile.ts";
import { latestRoundWithData, peerRows, type PeerRow } from "../../../src/views/province-rounds.ts";
import { buildRawFolder } from "../helpers.ts";
import { peersPlot } from "./province-peers-plot.ts";

const real = buildRawFolder("data/raw");
const LANGS = ["id", "en"] as const;

/** Both renderings of one chart, from the rows the site hands it (places with their record in the round). */
function both(rows: readonly PeerRow[], options: ProvincePeersOptions) {
  const places = rows.map((r) => r.place);
  const records = rows.flatMap((r) => (r.record ? [r.record] : []));
  return {
    string: provincePeers(places, records, options).svg,
    plot: provincePeers(places, records, options, peersPlot).svg,
  };
}

const provinceName = (code: string) => real.provinces.find((p) => p.code === code)?.name ?? code;

describe("provincePeers: the string renderer draws what Plot draws", () => {
  it("on every province's peers chart and every third place profile's peers section, in both languages", () => {
    let charts = 0;
    let unrounded = 0;
    for (const province of real.provinces) {
      const year = latestRoundWithData(real, province.code);
      if (year === null) continue;
      const rows = peerRows(real, province.code, year);
      if (rows.length > 30) unrounded++;
      for (const lang of LANGS) {
        const { string, plot } = both(rows, { lang, provinceName: province.name, year, idPrefix: "peers" });
        expect(string, `${province.name} ${lang}`).toBe(plot);
        charts++;
      }
    }
    real.places.forEach((place, i) => {
      if (i % 3 !== 0) return;
      const peers = placeProfile(real, place.code).peers;
      if (peers === null) return;
      const lang = LANGS[i % 2]!;
      const options = {
        lang,
        provinceName: provinceName(peers.provinceCode),
        year: peers.year,
        highlight: place.code,
        idPrefix: "peers",
      };
      const { string, plot } = both(peers.rows, options);
      expect(string, `${place.name} ${lang}`).toBe(plot);
      charts++;
    });
    expect(charts).toBeGreaterThan(200);
    // The real data reach Plot's unrounded bands (provinces of more than ~30 kab/kota).
    expect(unrounded).toBeGreaterThan(0);
  });

  it("on generated inputs: any number of places, statuses, names, focus and width", () => {
    const name = labelText(["Kabupaten Contoh", "Kota Administrasi Jakarta Pusat", "Kabupaten ".repeat(8)], {
      lineBreaks: true,
      random: fc.oneof(fc.string({ maxLength: 12 }), fc.string({ maxLength: 40, unit: "grapheme" })),
    });
    const record = fc.option(
      fc.record({
        status: fc.constantFrom("awarded", "not-awarded"),
        predikat: fc.option(fc.constantFrom(...PREDIKAT), { nil: null }),
        conflict: fc.boolean(),
        year: fc.constantFrom(2023, 2023, 2022),
      }),
      { nil: undefined },
    );
    const input = fc.record({
      peers: fc.oneof(
        fc.array(fc.record({ name, record }), { maxLength: 6 }),
        fc.array(fc.record({ name, record }), { minLength: 25, maxLength: 45 }),
      ),
      focus: fc.oneof(fc.nat(50), fc.constant(undefined)),
      width: fc.option(fc.integer({ min: 260, max: 1200 }), { nil: undefined }),
      province: name,
      lang: fc.constantFrom(...LANGS),
    });
    fc.assert(
      fc.property(input, ({ peers, focus, width, province, lang }) => {
        const rows = peers.map(({ name, record }, i): PeerRow => {
          const code = `81.${String(i + 1).padStart(2, "0")}`;
          const place = { code, name, provinceCode: "81", slug: code } as unknown as Place;
          const r = record && ({ ...record, placeCode: code, sources: [] } as unknown as AwardRecord);
          return { place, record: r ?? null } as PeerRow;
        });
        const highlight = focus === undefined ? undefined : `81.${String(focus + 1).padStart(2, "0")}`;
        const { string, plot } = both(rows, { lang, provinceName: province, year: 2023, highlight, width });
        expect(string).toBe(plot);
      }),
      { seed: 20261207, numRuns: 300, endOnFailure: true },
    );
  });
});

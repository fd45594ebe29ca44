import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { loadGazetteer } from "../../src/pipeline/places.ts";
import { runPipeline } from "../../src/pipeline/pipeline.ts";
import { attentionPoints, latestKnown, placeRounds, provincePeers, seriesDirection } from "../../src/views/profiles.ts";
import { listRawFiles } from "../../src/pipeline/raw-files.ts";
import { ROOT } from "./helpers.ts";

const result = runPipeline({
  files: listRawFiles(join(ROOT, "tests/fixtures/golden/raw"), ROOT),
  gazetteer: loadGazetteer(ROOT),
  method: loadMethod(join(ROOT, "data/method")),
  version: "test",
});
const d = result.data!;

describe("place profiles", () => {
  it("every round with per-place data is known or unknown, never silently 'no predikat'", () => {
    expect(result.problems).toEqual([]);
    const sragen = placeRounds(d, "33.14");
    expect(sragen.map((r) => [r.year, r.state, r.predikat])).toEqual([
      [2019, "unknown", null], [2022, "unknown", null], [2023, "awarded", "Utama"], [2025, "unknown", null],
    ]);
    expect(latestKnown(d, "33.14")?.year).toBe(2023);
  });

  it("a complete province list makes the unnamed places 'not awarded' and the rest stays unknown elsewhere", () => {
    const rohul = placeRounds(d, "14.06");
    expect(rohul.find((r) => r.year === 2019)?.state).toBe("not-awarded");
    expect(rohul.find((r) => r.year === 2023)?.state).toBe("unknown");
  });

  it("province peers: best predikat first, conflicts and unknowns after", () => {
    const jateng = provincePeers(d, "33", 2023);
    expect(jateng).toHaveLength(35);
    expect(jateng.slice(0, 2).map((p) => [p.place.name, p.predikat])).toEqual([["Kabupaten Sragen", "Utama"], ["Kota Surakarta", "Utama"]]);
    expect(jateng[2]).toMatchObject({ state: "awarded", predikat: null });
    const jatim = provincePeers(d, "35", 2023);
    expect(jatim[0]).toMatchObject({ state: "awarded", predikat: null });
    expect(jatim[0]?.record?.conflict).toBe(true);
    expect(jatim.at(-1)?.state).toBe("unknown");
  });

  it("attention points compare with the national figure in the right direction", () => {
    expect(seriesDirection(d, "stunting_balita")).toBe("lower");
    const kupangNtt = attentionPoints(d, "53", null);
    expect(kupangNtt[0]).toMatchObject({ seriesId: "stunting_balita", year: 2022, value: 35.3, nationalValue: 21.6 });
    expect(kupangNtt[0]!.gapToNational).toBeCloseTo(13.7, 5);
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  loadMethod,
  METHOD_FILES,
  parseMethod,
  type MethodFileKey,
  type MethodTexts,
} from "../../src/pipeline/read-method.ts";
import { formatProblem, InputError } from "../../src/core/problems.ts";
import { scoreAreas } from "../../src/method/score.ts";
import { VALUE_CAVEATS } from "../../src/method/caveats.ts";

const dir = fileURLToPath(new URL("../../data/method/", import.meta.url));
const method = loadMethod(dir);

function realTexts(): MethodTexts {
  const out = {} as MethodTexts;
  for (const [key, name] of Object.entries(METHOD_FILES) as [MethodFileKey, string][])
    out[key] = { path: name, text: readFileSync(join(dir, name), "utf8") };
  return out;
}

/** The real method files with one edit on one physical line (1-based), so each error is isolated. */
function withEdit(key: MethodFileKey, line: number, from: string, to: string): MethodTexts {
  const files = realTexts();
  const lines = files[key].text.split("\n");
  if (!lines[line - 1]!.includes(from)) throw new Error(`test setup: line ${line} of ${key} has no "${from}"`);
  lines[line - 1] = lines[line - 1]!.replace(from, to);
  files[key] = { ...files[key], text: lines.join("\n") };
  return files;
}

function problemsOf(files: MethodTexts): string[] {
  const { method: m, problems } = parseMethod(files);
  expect(m).toBeNull();
  return problems.map(formatProblem);
}

describe("the method files as committed", () => {
  it("hold 6 clusters and 24 indicators, numbered 1–24 in cluster order", () => {
    expect(method.clusters.map((c) => c.id)).toEqual(["K", "I", "II", "III", "IV", "V"]);
    expect(method.indicators.map((i) => i.number)).toEqual(Array.from({ length: 24 }, (_, k) => k + 1));
    expect(method.indicators.map((i) => i.id).slice(0, 4)).toEqual(["KLA-K-01", "KLA-K-02", "KLA-K-03", "KLA-I-04"]);
    expect(method.indicators.at(-1)!.id).toBe("KLA-V-24");
  });

  it("share 1000 points equally to the cent: 16 × 41.67 + 8 × 41.66, largest remainder to the lower numbers", () => {
    expect(method.indicators.filter((i) => i.maxPoints === 41.67).map((i) => i.number)).toEqual(
      Array.from({ length: 16 }, (_, k) => k + 1),
    );
    expect(method.indicators.filter((i) => i.maxPoints === 41.66)).toHaveLength(8);
    expect(method.indicators.reduce((s, i) => s + Math.round(i.maxPoints * 100), 0)).toBe(100000);
    expect(method.indicators.every((i) => i.pointsStatus === "assumed")).toBe(true);
  });

  it("label the unconfirmed 24th indicator unverified, and every percent has bounds in the right direction", () => {
    const v24 = method.indicators.find((i) => i.id === "KLA-V-24")!;
    expect(v24.identityStatus).toBe("unverified");
    expect(v24.note).toMatch(/CONTENT UNVERIFIED/);
    for (const i of method.indicators.filter((x) => x.kind === "percent")) {
      expect(i.direction === "higher" ? i.target! > i.floor! : i.target! < i.floor!).toBe(true);
    }
    const byId = new Map(method.indicators.map((i) => [i.id, i]));
    expect(byId.get("KLA-III-12")).toMatchObject({ direction: "lower", target: 14, targetStatus: "sourced" });
    expect(byId.get("KLA-II-07")).toMatchObject({ direction: "lower", target: 8.74, targetStatus: "sourced" });
    expect(byId.get("KLA-I-04")).toMatchObject({ direction: "higher", target: 100 });
  });

  it("map every open-data series named in reference/indicators/sources.md", () => {
    const ids = [
      "stunting_balita",
      "akta_lahir_0_17",
      "akta_lahir_0_6",
      "perkawinan_anak_sdg531",
      "persalinan_non_faskes",
      "asi_eksklusif_bps",
      "asi_eksklusif_ski",
      "sanitasi_layak_rt",
      "air_minum_layak_rt",
      "idl_12_23_bps",
      "anak_bekerja_10_17",
      "wasting_balita",
      "underweight_balita",
      "melahirkan_pertama_bawah_20",
    ];
    expect(method.series.map((s) => s.seriesId).sort()).toEqual([...ids].sort());
    const link = new Map(method.series.map((s) => [s.seriesId, s]));
    expect(link.get("persalinan_non_faskes")).toMatchObject({ indicatorId: "KLA-III-11", inverted: true });
    expect(link.get("idl_12_23_bps")).toMatchObject({ indicatorId: null, relation: "context" });
    expect(link.get("akta_lahir_0_6")!.priority).toBeGreaterThan(link.get("akta_lahir_0_17")!.priority!);
    expect(link.get("sanitasi_layak_rt")!.priority).toBe(link.get("air_minum_layak_rt")!.priority);
    // The full kab/kota tables (issue 15): SSGI/SKI stunting scores KLA-III-12; wasting and underweight are context,
    // since KLA-III-12's bounds are stunting's.
    expect(link.get("stunting_balita")).toMatchObject({ indicatorId: "KLA-III-12" });
    for (const id of ["wasting_balita", "underweight_balita"])
      expect(link.get(id)).toMatchObject({ indicatorId: null, relation: "context", priority: null });
  });

  it("never score first births before 20 as child marriage (KLA-II-07): it is context only", () => {
    expect(link("melahirkan_pertama_bawah_20")).toMatchObject({
      indicatorId: null,
      relation: "context",
      priority: null,
    });
    expect(method.series.filter((s) => s.indicatorId === "KLA-II-07").map((s) => s.seriesId)).toEqual([
      "perkawinan_anak_sdg531",
    ]);
    const scored = scoreAreas(method, [
      { seriesId: "melahirkan_pertama_bawah_20", year: 2024, areaLevel: "kabkota", areaCode: "53.71", value: 30 },
    ]);
    expect(scored).toEqual({ achievements: [], scores: [] });
  });

  it("say for every caveat whether a value carrying it is scored, and keep doubtful and conflicting values out", () => {
    expect(method.caveats.map((c) => c.caveat).sort()).toEqual([...VALUE_CAVEATS].sort());
    const rule = new Map(method.caveats.map((c) => [c.caveat, c.scored]));
    expect(rule.get("doubtful")).toBe(false);
    expect(rule.get("conflict")).toBe(false);
  });
});

const link = (id: string) => method.series.find((s) => s.seriesId === id);

describe("method validation: every malformed cell is a problem at path:line", () => {
  it.each<[string, MethodTexts, string]>([
    [
      "bad kind",
      withEdit("indicators", 5, ",percent,higher,", ",percentage,higher,"),
      'indicators.csv:5: kind: "percentage" is not allowed, expected one of percent, yes-no',
    ],
    [
      "bad number",
      withEdit("indicators", 13, ",30.8,sourced,", ",tiga puluh,sourced,"),
      'indicators.csv:13: floor: "tiga puluh" is not a number, expected empty or a decimal',
    ],
    [
      "target on the wrong side",
      withEdit("indicators", 13, ",lower,", ",higher,"),
      'indicators.csv:13: floor/target: floor 30.8, target 14 for direction "higher", expected the target above the floor',
    ],
    [
      "bounds on a yes-no",
      withEdit("indicators", 2, ",yes-no,,assumed,", ",yes-no,higher,assumed,"),
      "indicators.csv:2: direction/floor/target: filled for a yes-no indicator, expected them empty",
    ],
    [
      "id not matching cluster and number",
      withEdit("indicators", 3, "KLA-K-02,2,K,", "KLA-K-02,2,I,"),
      'indicators.csv:3: indicator_id: "KLA-K-02" does not match its cluster and number, expected KLA-I-02',
    ],
    [
      "duplicate id",
      withEdit("indicators", 3, "KLA-K-02,2,", "KLA-K-01,1,"),
      'indicators.csv:3: indicator_id "KLA-K-01" appears again (first on line 2), expected each once',
    ],
    [
      "points not adding up",
      withEdit("indicators", 2, ",41.67,assumed,", ",50,assumed,"),
      "indicators.csv: max_points add up to 1008.33, expected 1000",
    ],
    [
      "official without a URL",
      withEdit(
        "indicators",
        2,
        ",official,https://id.scribd.com/presentation/436615164/6-KLA-24-Indikator-by-Lenny-6,",
        ",official,Lenny deck,",
      ),
      'indicators.csv:2: identity_source: "Lenny deck" is not a URL',
    ],
    [
      "unknown status",
      withEdit("indicators", 2, ",official,", ",resmi,"),
      'indicators.csv:2: identity_status: "resmi" is not allowed, expected one of official, unverified, sourced, assumed',
    ],
    [
      "unknown cluster",
      withEdit("clusters", 7, "V,5,", "VI,5,"),
      'clusters.csv:7: cluster_id: "VI" is not a cluster id',
    ],
    [
      "bands out of order",
      withEdit("bands", 3, "Madya,600,", "Madya,450,"),
      "bands.csv:3: from_score: 450, expected more than the band before (500)",
    ],
    [
      "bad band rule",
      withEdit("bands", 2, ",at-least,", ",from,"),
      'bands.csv:2: from_rule: "from" is not allowed, expected one of at-least, above',
    ],
    [
      "unknown predikat",
      withEdit("bands", 6, "KLA,900,", "Paripurna,900,"),
      'bands.csv:6: predikat: "Paripurna" is not allowed',
    ],
    [
      "series to an unknown indicator",
      withEdit("series", 2, "KLA-III-12", "KLA-III-99"),
      'series.csv:2: indicator_id: "KLA-III-99" is not in indicators.csv',
    ],
    [
      "context series with a priority",
      withEdit("series", 11, "idl_12_23_bps,,,context,no,,", "idl_12_23_bps,,,context,no,1,"),
      "series.csv:11: indicator_id/priority: filled for a context series, expected both empty",
    ],
    ["missing column", withEdit("series", 1, ",priority,", ",prio,"), "series.csv:1: missing column(s) priority"],
    [
      "ragged row",
      withEdit("clusters", 3, ",official,", ",official,extra,"),
      "clusters.csv:3: extra fields: 7 fields, expected 6",
    ],
    [
      "bad version",
      { ...realTexts(), version: { path: "method-version.txt", text: "version one\n" } },
      'method-version.txt:1: "version one" is not a version',
    ],
  ])("%s", (_, files, expected) => {
    expect(problemsOf(files).join("\n")).toContain(expected);
  });

  it("reports every problem, not just the first, sorted by file and line", () => {
    let files = withEdit("indicators", 9, ",yes-no,", ",ja-nee,");
    const lines = files.indicators.text.split("\n");
    lines[4] = lines[4]!.replace(",41.67,", ",x,");
    files = { ...files, indicators: { ...files.indicators, text: lines.join("\n") } };
    const found = problemsOf(files);
    expect(found.filter((p) => p.startsWith("indicators.csv:5: max_points"))).toHaveLength(1);
    expect(found.filter((p) => p.startsWith("indicators.csv:9: kind"))).toHaveLength(1);
  });

  describe("loadMethod on disk", () => {
    const tmp = mkdtempSync(join(tmpdir(), "kla-method-"));
    afterAll(() => rmSync(tmp, { recursive: true, force: true }));

    it("throws InputError naming the file and line", () => {
      cpSync(dir, tmp, { recursive: true });
      writeFileSync(
        join(tmp, "bands.csv"),
        readFileSync(join(dir, "bands.csv"), "utf8").replace("Nindya,700,", "Nindya,7OO,"),
      );
      let error: unknown;
      try {
        loadMethod(tmp);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toContain(`${join(tmp, "bands.csv")}:4: from_score: "7OO" is not a number`);
    });

    it("reports a missing file and bytes that are not UTF-8", () => {
      rmSync(join(tmp, "series.csv"));
      writeFileSync(join(tmp, "clusters.csv"), Buffer.from("cluster_id,order\nK,0,Kelembagaan \xe9\n", "latin1"));
      expect(() => loadMethod(tmp)).toThrow(
        /series\.csv: cannot read \(ENOENT\)[\s\S]*|clusters\.csv:2: bytes that are not UTF-8/,
      );
      const message = (() => {
        try {
          loadMethod(tmp);
          return "";
        } catch (e) {
          return (e as Error).message;
        }
      })();
      expect(message).toContain(`${join(tmp, "series.csv")}: cannot read (ENOENT)`);
      expect(message).toContain(`${join(tmp, "clusters.csv")}:2: bytes that are not UTF-8`);
    });
  });
});

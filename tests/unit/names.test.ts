import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/core/csv-read.ts";
import {
  loadAliases,
  normalisePlaceName,
  resolvePlace,
  resolveProvince,
  type Resolution,
} from "../../src/pipeline/names.ts";
import { loadGazetteer, NATIONAL_CODE, type AliasTables } from "../../src/pipeline/places.ts";
import { formatProblem } from "../../src/core/problems.ts";

const root = resolve(import.meta.dirname, "../..");
const gazetteer = loadGazetteer(root);
const aliases = loadAliases(root);
const place = (name: string, province: string | null, year = 2023) =>
  resolvePlace(gazetteer, aliases, name, province, year);
const province = (name: string) => resolveProvince(gazetteer, aliases.provinces, name);

describe("normalisePlaceName", () => {
  it.each([
    ["Kab Bandung Barat", "kabupaten", "bandung barat"],
    ["KAB. SIMEULUE", "kabupaten", "simeulue"],
    ["Kabupaten Aceh Selatan", "kabupaten", "aceh selatan"],
    ["Kabupaten Administrasi Kepulauan Seribu", "kabupaten", "kepulauan seribu"],
    ["Kab. Adm. Kep. Seribu", "kabupaten", "kepulauan seribu"],
    ["Pemkab Sragen", "kabupaten", "sragen"],
    ["Pemerintah Kabupaten Sragen", "kabupaten", "sragen"],
    ["Kota Kupang", "kota", "kupang"],
    ["Kota Adm. Jakarta Pusat", "kota", "jakarta pusat"],
    ["Kota Administrasi Jakarta Pusat", "kota", "jakarta pusat"],
    ["Kotamadya Banjarmasin", "kota", "banjarmasin"],
    ["Kota Madya Banjarmasin", "kota", "banjarmasin"],
    ["PEMKOT Bau-Bau", "kota", "bau bau"],
    ["Sorong Regency", "kabupaten", "sorong"],
    ["Malang City", "kota", "malang"],
  ])("%s → %s %s", (input, type, core) => {
    expect(normalisePlaceName(input)).toEqual({ type, core });
  });

  it("folds case, spacing, punctuation, apostrophes and diacritics; keeps names that only start like a prefix", () => {
    expect(normalisePlaceName("  Tolítoli ")).toEqual({ type: null, core: "tolitoli" });
    expect(normalisePlaceName("Ma’rang")).toEqual({ type: null, core: "marang" });
    expect(normalisePlaceName("Kotabaru")).toEqual({ type: null, core: "kotabaru" });
    expect(normalisePlaceName("Kota Kotamobagu")).toEqual({ type: "kota", core: "kotamobagu" });
    expect(normalisePlaceName("Kota")).toEqual({ type: null, core: "kota" });
  });

  it("drops bracketed abbreviations and notes", () => {
    expect(normalisePlaceName("Penajam Paser Utara (PPU)")).toEqual({ type: null, core: "penajam paser utara" });
    expect(normalisePlaceName("Kabupaten Puncak Jaya [listed twice in source; first entry]")).toEqual({
      type: "kabupaten",
      core: "puncak jaya",
    });
  });
});

describe("resolveProvince", () => {
  it.each([
    ["Jawa Barat", "32", "exact"],
    ["JAWA BARAT", "32", "normalised"],
    ["Provinsi Jawa Barat", "32", "normalised"],
    ["Kep. Bangka Belitung", "19", "normalised"],
    ["Kep, Bangka Belitung", "19", "normalised"],
    ["D.I Yogyakarta", "34", "alias"],
    ["DI Yogyakarta", "34", "alias"],
    ["DIY", "34", "alias"],
    ["DKI Jakarta", "31", "alias"],
    ["Jakarta", "31", "alias"],
    ["NTT", "53", "alias"],
    ["Nusa Tenggara Timur (NTT)", "53", "normalised"],
    ["NTB", "52", "alias"],
    ["Babel", "19", "alias"],
    ["Kepri", "21", "alias"],
    ["ACEH", "11", "normalised"],
    ["Sumatra Selatan", "16", "alias"],
    ["Sumsel", "16", "alias"],
    ["Jateng", "33", "alias"],
    ["Kaltara", "65", "alias"],
    ["Sultra", "74", "alias"],
    ["Malut", "82", "alias"],
    ["West Papua", "92", "alias"],
    ["Indonesia", NATIONAL_CODE, "alias"],
  ])("%s → %s via %s", (name, code, via) => {
    expect(province(name)).toEqual({ ok: true, code, via });
  });

  it("refuses an unknown name and offers the closest provinces", () => {
    const typo = province("Jawa Tegah");
    expect(typo.ok).toBe(false);
    if (!typo.ok) {
      expect(typo.candidates).toHaveLength(5);
      expect(typo.candidates[0]).toBe("Jawa Tengah (33)");
    }
    const abbreviation = province("Pabar");
    expect(abbreviation.ok).toBe(false);
    if (!abbreviation.ok) expect(abbreviation.candidates[0]).toBe("Papua Barat (92)");
  });
});

describe("resolvePlace", () => {
  it("resolves official names exactly and variants after normalisation", () => {
    expect(place("Kota Bogor", "Jawa Barat")).toEqual({ ok: true, code: "32.71", via: "exact" });
    expect(place("Kab Bogor", "Jawa Barat")).toEqual({ ok: true, code: "32.01", via: "normalised" });
    expect(place("Kampar", "Riau")).toEqual({ ok: true, code: "14.01", via: "normalised" });
    expect(place("Jakarta Barat", "DKI Jakarta")).toEqual({ ok: true, code: "31.73", via: "normalised" });
    expect(place("Kepulauan Seribu", "DKI Jakarta")).toEqual({ ok: true, code: "31.01", via: "normalised" });
    expect(place("Bandarlampung", "Lampung")).toEqual({ ok: true, code: "18.71", via: "normalised" });
  });

  it("never guesses between a kabupaten and a kota that share a bare name", () => {
    const result = place("Bogor", "Jawa Barat");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/ambiguous/);
      expect(result.candidates).toEqual(["Kabupaten Bogor (32.01)", "Kota Bogor (32.71)"]);
    }
  });

  it("applies a year-scoped alias only in its year", () => {
    expect(place("Semarang", "Jawa Tengah", 2022)).toEqual({ ok: true, code: "33.22", via: "alias" });
    expect(place("Semarang", "Jawa Tengah", 2023).ok).toBe(false);
    expect(place("Kota Semarang", "Jawa Tengah", 2022)).toEqual({ ok: true, code: "33.74", via: "exact" });
  });

  it("checks names against the province of that year (and accepts today's province)", () => {
    expect(place("Kabupaten Nabire", "Papua", 2022)).toEqual({ ok: true, code: "94.01", via: "exact" });
    expect(place("Kabupaten Nabire", "Papua Tengah", 2022)).toEqual({ ok: true, code: "94.01", via: "exact" });
    const after = place("Kabupaten Nabire", "Papua", 2023);
    expect(after.ok).toBe(false);
    if (!after.ok) {
      expect(after.reason).toMatch(/exists in Papua Tengah \(94\.01\)/);
      expect(after.candidates[0]).toBe("Kabupaten Nabire (94.01)");
    }
  });

  it("refuses an unknown name with the closest names, best first", () => {
    const typo = place("Kabupaten Garutt", "Jawa Barat");
    expect(typo.ok).toBe(false);
    if (!typo.ok) expect(typo.candidates[0]).toBe("Kabupaten Garut (32.05)");
    const abbreviation = place("Kutim", "Kalimantan Timur");
    expect(abbreviation.ok).toBe(false);
    if (!abbreviation.ok) expect(abbreviation.candidates[0]).toBe("Kabupaten Kutai Timur (64.08)");
    const wrongProvince = place("Kota Surabaya", "Jawa Tengah");
    expect(wrongProvince.ok).toBe(false);
    if (!wrongProvince.ok) expect(wrongProvince.candidates[0]).toBe("Kota Surabaya (35.78)");
    const unknownProvince = place("Kota Bogor", "Jawa Utara");
    expect(unknownProvince.ok).toBe(false);
  });

  it("reports alias rows that disagree instead of picking one", () => {
    const conflicting: AliasTables = {
      provinces: aliases.provinces,
      places: [
        {
          alias: "Kota Hujan",
          kind: "name",
          provinceCode: "32",
          year: null,
          placeCode: "32.71",
          reason: "test",
          line: 2,
        },
        {
          alias: "Kota Hujan",
          kind: "name",
          provinceCode: null,
          year: null,
          placeCode: "32.01",
          reason: "test",
          line: 3,
        },
      ],
    };
    const result = resolvePlace(gazetteer, conflicting, "Kota Hujan", "Jawa Barat", 2023);
    expect(result).toEqual({
      ok: false,
      reason: 'alias rows (lines 2, 3) disagree on "Kota Hujan" in Jawa Barat (32) in 2023',
      candidates: ["Kota Bogor (32.71)", "Kabupaten Bogor (32.01)"],
    });
  });

  it("resolves every alias row to its own place, via the alias", () => {
    expect(aliases.places.length).toBeGreaterThan(40);
    for (const alias of aliases.places) {
      const target = gazetteer.placeByCode.get(alias.placeCode)!;
      const provinceName = alias.provinceCode === null ? null : gazetteer.provinceByCode.get(alias.provinceCode)!.name;
      const result = place(alias.alias, provinceName, alias.year ?? 2023);
      expect({ line: alias.line, result }).toEqual({
        line: alias.line,
        result: { ok: true, code: target.code, via: "alias" },
      });
    }
  });

  it("lets a bare alias also match the name with its place's own prefix, but not the other prefix", () => {
    expect(place("Kabupaten Inhil", "Riau")).toEqual({ ok: true, code: "14.04", via: "alias" });
    expect(place("Kota Inhil", "Riau").ok).toBe(false);
    expect(place("Kota Solo", "Jawa Tengah")).toEqual({ ok: true, code: "33.72", via: "alias" });
    expect(place("Kabupaten Solo", "Jawa Tengah").ok).toBe(false);
  });
});

/** The acceptance test: every name in the raw files resolves to exactly one code. */
describe("every name in data/raw resolves", () => {
  interface PlaceColumns {
    name: string;
    province: string;
  }
  const rawFiles: Array<{ path: string; columns: PlaceColumns }> = [
    ...readdirSync(join(root, "data/raw/awards"))
      .filter((f) => f.endsWith(".csv"))
      .sort()
      .map((f) => ({
        path: `data/raw/awards/${f}`,
        columns: { name: "name_as_published", province: "province_as_published" },
      })),
    { path: "data/raw/reported-scores.csv", columns: { name: "name_as_published", province: "province_as_published" } },
    {
      path: "data/raw/indicators/stunting-kabkota.csv",
      columns: { name: "area_name_as_published", province: "province_as_published" },
    },
  ];
  // Other raw tables that name places the same way (added as the pipeline grows) must resolve too.
  for (const f of readdirSync(join(root, "data/raw"))
    .filter((f) => f.endsWith(".csv"))
    .sort()) {
    const header = readFileSync(join(root, "data/raw", f), "utf8")
      .split("\n", 1)[0]!
      .split(",");
    if (
      ["year", "name_as_published", "province_as_published"].every((c) => header.includes(c)) &&
      !rawFiles.some((r) => r.path === `data/raw/${f}`)
    ) {
      rawFiles.push({
        path: `data/raw/${f}`,
        columns: { name: "name_as_published", province: "province_as_published" },
      });
    }
  }

  const rowsOf = (path: string) => {
    const result = parseCsv(path, readFileSync(join(root, path)));
    expect(result.problems.map(formatProblem)).toEqual([]);
    return result.table!.rows;
  };
  const failure = (path: string, line: number, what: string, r: Resolution) =>
    r.ok ? [] : [`${path}:${line}: ${what}: ${r.reason} — candidates: ${r.candidates.join("; ")}`];

  it.each(rawFiles.map((f) => [f.path, f.columns] as const))("%s", (path, columns) => {
    expect(existsSync(join(root, path))).toBe(true);
    const rows = rowsOf(path);
    expect(rows.length).toBeGreaterThan(0);
    const failures = rows.flatMap(({ line, values }) =>
      failure(
        path,
        line,
        `"${values[columns.name]}" / "${values[columns.province]}" ${values.year}`,
        place(values[columns.name]!, values[columns.province]!, Number(values.year)),
      ),
    );
    expect(failures).toEqual([]);
  });

  it("data/raw/provila.csv provinces", () => {
    const path = "data/raw/provila.csv";
    const failures = rowsOf(path).flatMap(({ line, values }) =>
      failure(path, line, `"${values.province}"`, province(values.province!)),
    );
    expect(failures).toEqual([]);
  });

  it("data/raw/indicators/province-indicators.csv areas (national and province)", () => {
    const path = "data/raw/indicators/province-indicators.csv";
    const rows = rowsOf(path);
    const failures = rows.flatMap(({ line, values }) => {
      const r = province(values.area_name_as_published!);
      const wrongLevel = r.ok && (r.code === NATIONAL_CODE) !== (values.area_level === "national");
      return wrongLevel
        ? [`${path}:${line}: ${values.area_level} row resolved to ${r.ok ? r.code : ""}`]
        : failure(path, line, `"${values.area_name_as_published}"`, r);
    });
    expect(failures).toEqual([]);
    expect(new Set(rows.map((r) => r.values.area_level))).toEqual(new Set(["national", "province"]));
  });
});

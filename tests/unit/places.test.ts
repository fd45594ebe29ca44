import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadGazetteer, parsePlaceAliases, parseProvinceHistory, PATHS } from "../../src/pipeline/places.ts";
import { InputError } from "../../src/core/problems.ts";
import { slugify } from "../../src/core/slug.ts";

const root = resolve(import.meta.dirname, "../..");
const gazetteer = loadGazetteer(root);
const encode = (text: string) => new TextEncoder().encode(text);

describe("gazetteer from idn-area-data", () => {
  it("has every province and kab/kota, sorted by code", () => {
    expect(gazetteer.provinces).toHaveLength(38);
    expect(gazetteer.places).toHaveLength(514);
    const codes = gazetteer.places.map((p) => p.code);
    expect(codes).toEqual([...codes].sort());
    expect(gazetteer.provinces.map((p) => p.code)).toEqual(gazetteer.provinces.map((p) => p.code).sort());
    expect(gazetteer.places.filter((p) => p.type === "kota")).toHaveLength(98);
    expect(gazetteer.provinces.reduce((sum, p) => sum + p.placeCount, 0)).toBe(514);
  });

  it("builds the artefact Place shape, prefix stripped from shortName", () => {
    expect(gazetteer.placeByCode.get("53.71")).toEqual({
      code: "53.71",
      name: "Kota Kupang",
      shortName: "Kupang",
      type: "kota",
      provinceCode: "53",
      provinceName: "Nusa Tenggara Timur",
      slug: "kota-kupang",
      aliases: [],
      otherNames: [],
    });
    expect(gazetteer.placeByCode.get("53.01")?.slug).toBe("kabupaten-kupang");
    const jakpus = gazetteer.placeByCode.get("31.71")!;
    expect([jakpus.shortName, jakpus.type, jakpus.slug]).toEqual([
      "Jakarta Pusat",
      "kota",
      "kota-administrasi-jakarta-pusat",
    ]);
    const seribu = gazetteer.placeByCode.get("31.01")!;
    expect([seribu.shortName, seribu.type]).toEqual(["Kepulauan Seribu", "kabupaten"]);
  });

  it("gives provinces slugs and today's kab/kota counts", () => {
    expect(gazetteer.provinceByCode.get("53")).toEqual({
      code: "53",
      name: "Nusa Tenggara Timur",
      slug: "nusa-tenggara-timur",
      placeCount: 22,
    });
    expect(gazetteer.provinceByCode.get("31")?.slug).toBe("daerah-khusus-ibukota-jakarta");
  });

  it("has unique slugs", () => {
    expect(new Set(gazetteer.places.map((p) => p.slug)).size).toBe(514);
    expect(new Set(gazetteer.provinces.map((p) => p.slug)).size).toBe(38);
  });

  it("attaches search aliases, but not readings scoped to one year", () => {
    expect(gazetteer.placeByCode.get("33.72")?.aliases).toContain("Solo");
    expect(gazetteer.placeByCode.get("14.04")?.aliases).toContain("Inhil");
    expect(gazetteer.placeByCode.get("33.22")?.aliases).not.toContain("Semarang");
  });

  it("shows names people use on the page, but not spellings a source printed", () => {
    expect(gazetteer.placeByCode.get("33.72")?.otherNames).toEqual(["Solo"]);
    expect(gazetteer.placeByCode.get("64.09")?.aliases).toContain("Panajam Paser Utara");
    expect(gazetteer.placeByCode.get("64.09")?.otherNames).not.toContain("Panajam Paser Utara");
  });
});

describe("provinceAt: the Papua split of 2022", () => {
  it("puts today's Papua Selatan/Tengah/Pegunungan places under Papua up to 2022", () => {
    expect(gazetteer.provinceAt("94.01", 2022)).toBe("91"); // Kabupaten Nabire, Papua Tengah today
    expect(gazetteer.provinceAt("94.01", 2023)).toBe("94");
    expect(gazetteer.provinceAt("93.01", 2019)).toBe("91");
    expect(gazetteer.provinceAt("95.05", 2021)).toBe("91");
  });
  it("puts today's Papua Barat Daya places under Papua Barat up to 2022", () => {
    expect(gazetteer.provinceAt("96.71", 2022)).toBe("92");
    expect(gazetteer.provinceAt("96.71", 2025)).toBe("96");
  });
  it("leaves other places and Papua's remaining places alone", () => {
    expect(gazetteer.provinceAt("32.71", 2019)).toBe("32");
    expect(gazetteer.provinceAt("91.03", 2019)).toBe("91");
  });
  it("refuses an unknown code", () => {
    expect(() => gazetteer.provinceAt("99.99", 2022)).toThrow(/unknown place code/);
  });
});

describe("data/places checks", () => {
  const provinceCodes = new Set(gazetteer.provinceByCode.keys());

  it("reports each malformed alias row with its line", () => {
    const csv = [
      "alias,province_code,year,place_code,kind,reason",
      "Solo,33,,33.72,name,Common name",
      "Nowhere,,,99.99,name,Made up",
      "Tangsel,36,,36.74,name,",
      "Kotim,33,,62.02,name,Wrong province",
      "Madiun,35,22,35.19,printed,Bad year",
      "Panajam,64,,64.09,typo,Kind not in the list",
    ].join("\n");
    const { aliases, problems } = parsePlaceAliases(
      "data/places/place-aliases.csv",
      encode(csv),
      gazetteer.placeByCode,
      provinceCodes,
      gazetteer.history,
    );
    expect(aliases.map((a) => a.alias)).toEqual(["Solo"]);
    expect(problems.map((p) => [p.line, p.message.split(",")[0]])).toEqual([
      [3, 'unknown place_code "99.99"'],
      [4, "missing reason"],
      [5, "place 62.02 (Kabupaten Kotawaringin Timur) never belonged to province 33"],
      [6, 'year "22"'],
      [7, 'kind "typo"'],
    ]);
  });

  it("accepts an alias scoped to the province a place belonged to before the split", () => {
    const csv =
      "alias,province_code,place_code,kind,reason\nNabire lama,91,94.01,printed,Test row: Papua before 2022\n";
    const { aliases, problems } = parsePlaceAliases(
      "x.csv",
      encode(csv),
      gazetteer.placeByCode,
      provinceCodes,
      gazetteer.history,
    );
    expect(problems).toEqual([]);
    expect(aliases).toEqual([
      {
        alias: "Nabire lama",
        kind: "printed",
        provinceCode: "91",
        year: null,
        placeCode: "94.01",
        reason: "Test row: Papua before 2022",
        line: 2,
      },
    ]);
  });

  it("checks province history rows", () => {
    const csv =
      "place_code_prefix,province_code_before,valid_until_year,source_url,note\n93,91,2022,https://example.org,ok\n97,91,2022,https://example.org,no such place\n94,99,20x2,example.org,bad\n";
    const { rules, problems } = parseProvinceHistory(
      "h.csv",
      encode(csv),
      new Set(gazetteer.placeByCode.keys()),
      provinceCodes,
    );
    expect(rules.map((r) => r.placeCodePrefix)).toEqual(["93"]);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 4, 4]);
  });

  describe("loadGazetteer on a copy with a broken alias file", () => {
    let dir = "";
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("throws InputError pointing at path:line", () => {
      dir = mkdtempSync(join(tmpdir(), "places-"));
      symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
      mkdirSync(join(dir, "data/places"), { recursive: true });
      mkdirSync(join(dir, "data/site"), { recursive: true });
      for (const path of [PATHS.provinceHistory, PATHS.provinceAliases, PATHS.tileLayout])
        writeFileSync(join(dir, path), readFileSync(join(root, path)));
      writeFileSync(
        join(dir, PATHS.placeAliases),
        "alias,province_code,place_code,kind,reason\nSolo,33,33.72,name,Common name\nInhil,14,14.04,name,\n",
      );
      let error: unknown;
      try {
        loadGazetteer(dir);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toBe(
        "data/places/place-aliases.csv:3: missing reason, expected why this alias means this place (source, typo, common name)",
      );
    });
  });
});

describe("slugify", () => {
  it("makes lowercase ASCII with hyphens", () => {
    expect(slugify("Kota Administrasi Jakarta Pusat")).toBe("kota-administrasi-jakarta-pusat");
    expect(slugify("Kabupaten Toli-Toli")).toBe("kabupaten-toli-toli");
    expect(slugify("  Ma'rang  Tolítoli ")).toBe("marang-tolitoli");
  });
});

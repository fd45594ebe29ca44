/** Locale formatting, labels, the translation helper and bilingual routes. */
import { describe, expect, test } from "vitest";
import {
  formatList,
  formatNumber,
  formatPercent,
  formatShare,
  predikatLabel,
  statusLabel,
} from "../../src/i18n/format.ts";
import { idPathOf, langFromPath, localePath, t, twinPath } from "../../src/i18n/index.ts";
import { defineDictionary } from "../../src/i18n/translate.ts";

describe("numbers", () => {
  test("group thousands and use the locale's decimal mark", () => {
    expect(formatNumber("id", 1234.56)).toBe("1.234,6");
    expect(formatNumber("en", 1234.56)).toBe("1,234.6");
    expect(formatNumber("id", 1234)).toBe("1.234");
    expect(formatNumber("en", 514)).toBe("514");
    expect(formatNumber("id", 2.5, 2)).toBe("2,50");
  });
  test("never print a negative zero", () => {
    expect(formatNumber("id", -0.01)).toBe("0");
    expect(formatNumber("en", -0.04, 1)).toBe("0.0");
  });
  test("a number printed before prints the same in each language and precision (what is remembered is keyed by both)", () => {
    expect([formatNumber("id", -0), formatNumber("id", 0), formatNumber("id", -0)]).toEqual(["0", "0", "0"]);
    expect([formatNumber("en", 1234.56), formatNumber("id", 1234.56), formatNumber("en", 1234.56, 2)]).toEqual([
      "1,234.6",
      "1.234,6",
      "1,234.56",
    ]);
  });
});

describe("percentages", () => {
  test("id-ID puts a no-break space before the sign; English does not", () => {
    expect(formatPercent("id", 21.6)).toBe("21,6\u00a0%");
    expect(formatPercent("en", 21.6)).toBe("21.6%");
    expect(formatPercent("id", 21.64, 2)).toBe("21,64\u00a0%");
  });
  test("shares are part/whole, and a zero whole is not a number", () => {
    expect(formatShare("id", 355, 514)).toBe("69\u00a0%");
    expect(formatShare("en", 355, 514, 1)).toBe("69.1%");
    expect(formatShare("en", 1, 0)).toBe("–");
  });
});

describe("lists and labels", () => {
  test("lists join in the reader's language", () => {
    expect(formatList("id", ["2016", "2020", "2024"])).toBe("2016, 2020, dan 2024");
    expect(formatList("en", ["2016", "2020"])).toBe("2016 and 2020");
  });
  test("lists that join to the same characters stay apart", () => {
    expect(formatList("en", ["a", "b"])).toBe("a and b");
    expect(formatList("en", ["a and b"])).toBe("a and b");
    expect(formatList("en", ["a\u0000b"])).toBe("a\u0000b");
    expect(formatList("en", ["a", "b"])).toBe("a and b");
    expect(formatList("id", ["a", "b"])).toBe("a dan b");
  });
  test("predikat names stay Indonesian; statuses translate", () => {
    expect(predikatLabel("en", "Nindya")).toBe("Nindya");
    expect(statusLabel("id", "unknown")).toBe("Tidak diketahui");
    expect(statusLabel("en", "unknown")).toBe("Unknown");
    expect(statusLabel("en", "not-awarded")).toBe("Not awarded");
    expect(statusLabel("id", "not-awarded")).not.toBe(statusLabel("id", "unknown"));
  });
});

describe("t()", () => {
  test("fills placeholders and fails loudly on a missing one", () => {
    expect(t("en", "predikatByRound.target", { n: "400" })).toBe("Target 400");
    expect(() => t("en", "predikatByRound.target")).toThrow(/\{n\}/);
  });
  test("fills every placeholder, side by side or repeated, and leaves other braces alone", () => {
    const tt = defineDictionary({
      two: { id: "{a}{b} dan {a}", en: "{a}{b} and {a}" },
      none: { id: "tanpa {", en: "no } {x y}" },
    });
    expect(tt("id", "two", { a: "1", b: 2 })).toBe("12 dan 1");
    expect(tt("en", "two", { a: "x", b: "" })).toBe("x and x");
    expect(tt("en", "none")).toBe("no } {x y}");
    expect(() => tt("en", "two", { a: "x" })).toThrow(/"two" \(en\) needs param \{b\}/);
  });
});

describe("routes", () => {
  test("localePath translates the first segment for English and keeps the rest", () => {
    expect(localePath("id", "/")).toBe("/");
    expect(localePath("en", "/")).toBe("/en/");
    expect(localePath("en", "/peringkat/")).toBe("/en/rankings/");
    expect(localePath("en", "/daerah/kota-kupang/")).toBe("/en/places/kota-kupang/");
    expect(localePath("id", "/daerah/kota-kupang")).toBe("/daerah/kota-kupang/");
    expect(localePath("en", "/bandingkan/?p=32.71,32.76#tabel")).toBe("/en/compare/?p=32.71,32.76#tabel");
    expect(localePath("en", "/data/awards.csv")).toBe("/en/data/awards.csv");
  });
  test("idPathOf and twinPath invert it", () => {
    expect(idPathOf("/en/rankings/")).toBe("/peringkat/");
    expect(idPathOf("/en/about/")).toBe("/tentang/");
    expect(idPathOf("/en/")).toBe("/");
    expect(twinPath("/tentang/")).toEqual({ lang: "en", href: "/en/about/" });
    expect(twinPath("/en/places/kota-bogor/")).toEqual({ lang: "id", href: "/daerah/kota-bogor/" });
    expect(langFromPath("/en/compare/")).toBe("en");
    expect(langFromPath("/engine/")).toBe("id");
  });
});

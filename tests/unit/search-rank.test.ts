import { describe, expect, it } from "vitest";
import { AKA_SEPARATOR, namesMatch, parseAka, rankByName } from "../../src/client/search-rank.ts";

const r = (title: string, otherNames: string[] = []) => ({ title, otherNames });

describe("search re-ranking", () => {
  // Pagefind's own order for "Solo" on the real index: three Solok pages (prefix matches), then Kota Surakarta.
  const pagefindOrder = [
    r("Kabupaten Solok, Sumatera Barat"),
    r("Kota Solok, Sumatera Barat"),
    r("Kabupaten Solok Selatan, Sumatera Barat"),
    r("Kota Surakarta, Jawa Tengah", ["Solo"]),
    r("Metodologi"),
  ];

  it("puts the place people call Solo first, and keeps Pagefind's order for the rest", () => {
    expect(rankByName("Solo", pagefindOrder).map((x) => x.title)).toEqual([
      "Kota Surakarta, Jawa Tengah",
      "Kabupaten Solok, Sumatera Barat",
      "Kota Solok, Sumatera Barat",
      "Kabupaten Solok Selatan, Sumatera Barat",
      "Metodologi",
    ]);
  });

  it("matches whole words of the title, ignoring case and diacritics, and needs every word typed", () => {
    expect(namesMatch("solok", r("Kota Solok, Sumatera Barat"))).toBe(true);
    expect(namesMatch("Solo", r("Kota Solok, Sumatera Barat"))).toBe(false);
    expect(namesMatch("kota bogor", r("Kota Bogor, Jawa Barat"))).toBe(true);
    expect(namesMatch("kota bogor", r("Kabupaten Bogor, Jawa Barat"))).toBe(false);
    expect(namesMatch("TOLÍTOLI", r("Kabupaten Tolitoli, Sulawesi Tengah"))).toBe(true);
    expect(namesMatch("  ", r("Kota Bogor, Jawa Barat"))).toBe(false);
  });

  it("leaves the order alone when nothing is named as typed", () => {
    const order = [r("Data"), r("Metodologi")];
    expect(rankByName("stunting", order)).toEqual(order);
  });

  it("reads the aka metadata the place pages write", () => {
    expect(parseAka(["Solo", "Surakarta Hadiningrat"].join(AKA_SEPARATOR))).toEqual(["Solo", "Surakarta Hadiningrat"]);
    expect(parseAka(undefined)).toEqual([]);
  });
});

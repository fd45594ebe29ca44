import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { charactersOf, FONT_FILES, subsetFontFiles } from "../../src/publish/image-fonts.ts";
import { renderPng } from "../../src/publish/png.ts";
import { socialCardSvg } from "../../src/publish/social-card.ts";
import { PREDIKAT_COLOR } from "../../src/charts/palette.ts";

const cache = mkdtempSync(join(tmpdir(), "atlas-fonts-"));
const card = socialCardSvg({
  kicker: "Atlas Kota Layak Anak · Kabupaten/Kota Layak Anak (KLA)",
  title: "Kabupaten Pangkajene dan Kepulauan",
  subtitle: "Sulawesi Selatan · kode 73.10",
  status: "Predikat KLA 2025: Nindya (disimpulkan · inferred)",
  predikat: "Nindya",
  waffle: [],
  footer: "Data terbuka, bersumber · open, sourced data · versi/version 2026.12",
  stepLabels: { Pratama: "Pratama", Madya: "Madya", Nindya: "Nindya", Utama: "Utama", KLA: "KLA" },
  colors: PREDIKAT_COLOR,
});
// What charts print that a card does not: character references, kerned pairs, arrows, a dash, a bold run.
const chart =
  '<svg xmlns="http://www.w3.org/2000/svg" width="420" height="90" font-family="Inter, system-ui, sans-serif">' +
  '<text x="10" y="30" font-size="16">10,0&#160;% → 20,0&#160;% &lt; AVAWAT “To” — 1–5</text>' +
  '<text x="10" y="70" font-size="20" font-weight="bold">Yogyakarta &amp; Wajo &#x2190; ≥</text></svg>';

describe("images drawn with subset fonts", () => {
  it("come out the same bytes as with the full Inter files", async () => {
    const fonts = await subsetFontFiles(charactersOf([card, chart]), cache);
    expect(fonts).not.toEqual(FONT_FILES);
    expect(Buffer.from(renderPng(card, undefined, fonts)).equals(Buffer.from(renderPng(card)))).toBe(true);
    expect(Buffer.from(renderPng(chart, 840, fonts)).equals(Buffer.from(renderPng(chart, 840)))).toBe(true);
  });
  it("would not, if a character the image prints were left out (so the test above can fail)", async () => {
    const withoutArrow = charactersOf([card, chart]).replace("→", "");
    const fonts = await subsetFontFiles(withoutArrow, cache);
    expect(Buffer.from(renderPng(chart, 840, fonts)).equals(Buffer.from(renderPng(chart, 840)))).toBe(false);
  });
  it("cover the characters behind XML's character references, not only the ones written out", () => {
    const chars = charactersOf(["<text>a&#160;b&#x2192;&#X41;&lt;&amp;&quot;</text>"]);
    for (const c of ["\u00a0", "→", "<", "&", '"', "a", "b"]) expect(chars).toContain(c);
    expect(chars).not.toContain("A"); // &#X41; is not a character reference in XML
    expect(chars).toContain("#");
    expect([...chars]).toEqual([...new Set(chars)].sort());
  });
  it("are written once per set of characters, under a name that says which", async () => {
    const a = await subsetFontFiles("abc", cache);
    expect(await subsetFontFiles("abc", cache)).toEqual(a);
    expect(await subsetFontFiles("abd", cache)).not.toEqual(a);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { placeCard, provinceCard } from "../../src/publish/cards.ts";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { loadGazetteer } from "../../src/pipeline/places.ts";
import { runPipeline } from "../../src/pipeline/pipeline.ts";
import { inflateSync } from "node:zlib";
import { renderPng, renderPngAsync } from "../../src/publish/png.ts";
import { imageCachesEmpty } from "../../src/publish/image-caches.ts";
import { listRawFiles } from "../../src/pipeline/raw-files.ts";
import { socialCardSvg, statusLayout } from "../../src/publish/social-card.ts";
import { FONT_FILES } from "../../src/publish/image-fonts.ts";
import { Resvg } from "@resvg/resvg-js";
import { buildRawFolder, ROOT } from "./helpers.ts";

const d = runPipeline({
  files: listRawFiles(join(ROOT, "tests/fixtures/golden/raw"), ROOT),
  gazetteer: loadGazetteer(ROOT),
  method: loadMethod(join(ROOT, "data/method")),
  version: "test",
}).data!;
const place = (code: string) => d.places.find((p) => p.code === code)!;

describe("social cards say only what the page says", () => {
  it("a place with a known predikat", () => {
    expect(placeCard(d, place("33.14"))).toMatchObject({
      title: "Kabupaten Sragen",
      status: "Predikat KLA 2023: Utama",
      predikat: "Utama",
    });
  });
  it("a predikat that rests on inference says so, even on a card shared without its page", () => {
    const inferred = {
      ...d,
      awards: d.awards.map((a) => (a.placeCode === "33.14" && a.year === 2023 ? { ...a, inferred: true } : a)),
    };
    expect(placeCard(inferred, place("33.14")).status).toBe("Predikat KLA 2023: Utama (disimpulkan · inferred)");
  });
  it("a place with no sourced fact is unknown, not 'no predikat'", () => {
    expect(placeCard(d, place("53.71"))).toMatchObject({
      status: "Predikat: tidak diketahui · unknown",
      predikat: null,
    });
  });
  it("a conflict is shown as such, with no tier marked", () => {
    expect(placeCard(d, place("35.75"))).toMatchObject({
      status: "KLA 2023: sumber berbeda · sources disagree",
      predikat: null,
    });
  });
  it("a province card counts known places in the latest round and draws one box per place", () => {
    const jateng = provinceCard(
      d,
      d.provinces.find((p) => p.code === "33")!,
    );
    expect(jateng.waffle).toHaveLength(35);
    expect(jateng.status).toBe("KLA 2025: predikat bersumber untuk 0 dari 35 · stated for 0 of 35");
  });
  it("escapes names in the SVG and renders a 1200×630 PNG", () => {
    const svg = socialCardSvg({ ...placeCard(d, place("33.14")), title: `<script>alert("x")</script>` });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
    const png = renderPng(svg);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  });
  it("draws the same bytes off the main thread as on it", async () => {
    const svg = socialCardSvg(placeCard(d, place("33.14")));
    expect(await renderPngAsync(svg)).toEqual(renderPng(svg));
  });
});

describe("PNG drawing", () => {
  /** The pixel of a 1×1 PNG: its only row's filter byte leaves the first pixel as it is, whatever the filter. */
  const onlyPixel = (png: Uint8Array) => {
    const bytes = Buffer.from(png);
    const idat = bytes.indexOf("IDAT");
    const data = inflateSync(bytes.subarray(idat + 4, idat + 4 + bytes.readUInt32BE(idat - 4)));
    expect(bytes.readUInt32BE(16)).toBe(1);
    return [...data.subarray(1)];
  };
  const svg = (content: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1">${content}</svg>`;

  it("paints what the SVG draws on an opaque white background", () => {
    expect(onlyPixel(renderPng(svg("")))).toEqual([255, 255, 255, 255]);
    expect(onlyPixel(renderPng(svg('<rect width="1" height="1" fill="#ff0000"/>')))).toEqual([255, 0, 0, 255]);
    expect(onlyPixel(renderPng(svg('<rect width="1" height="1" fill="#0000ff" fill-opacity="0.5"/>')))).toEqual([
      127, 127, 255, 255,
    ]);
  });
});

describe("PNG caches", () => {
  it("are empty until one holds a PNG (scripts/build-site.ts then builds with one Astro process)", () => {
    const root = mkdtempSync(join(tmpdir(), "atlas-caches-"));
    try {
      const caches = [join(root, "charts"), join(root, "cards")];
      expect(imageCachesEmpty(caches)).toBe(true); // neither folder exists
      mkdirSync(caches[1]!);
      writeFileSync(join(caches[1]!, "a.png.123-0.tmp"), "");
      expect(imageCachesEmpty(caches)).toBe(true); // a half-written image is not an image
      writeFileSync(join(caches[1]!, "a.png"), "");
      expect(imageCachesEmpty(caches)).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("card text", () => {
  it("keeps a status of one line when it fits, else breaks it where the Indonesian meets the English", () => {
    expect(statusLayout("Predikat KLA 2025: Pratama (disimpulkan · inferred)")).toEqual({
      size: 36,
      lines: ["Predikat KLA 2025: Pratama (disimpulkan · inferred)"],
    });
    expect(
      statusLayout("KLA 2025: predikat bersumber untuk 19 dari 38 · stated for 19 of 38 (+3 disimpulkan · inferred)"),
    ).toEqual({
      size: 36,
      lines: ["KLA 2025: predikat bersumber untuk 19 dari 38", "stated for 19 of 38 (+3 disimpulkan · inferred)"],
    });
    // No separator: between words, smaller if two lines at 36 px are not enough.
    const long = statusLayout(`${"x".repeat(30)} ${"y".repeat(40)} ${"z".repeat(30)}`);
    expect(long.lines).toHaveLength(2);
    expect(long.size).toBeLessThan(36);
  });

  it("refuses a status that would not fit in two lines, rather than draw it over the name or off the card", () => {
    // 80 characters a line at 24 px: three lines' worth of words, or one word longer than a line.
    expect(() => statusLayout(Array.from({ length: 30 }, () => "predikat").join(" "))).toThrow(
      /does not fit in two lines of at most 80 characters at 24 px; shorten it in src\/publish\/cards\.ts/,
    );
    expect(() => statusLayout(`Predikat ${"x".repeat(81)}`)).toThrow(/\(90 characters\)/);
    // The longest word that still fits: a line of its own at 24 px.
    expect(statusLayout(`Predikat ${"x".repeat(80)}`)).toEqual({ size: 24, lines: ["Predikat", "x".repeat(80)] });
  });

  it("stays on the card: every text of every real card ends inside its 60 px margin (measured by resvg)", () => {
    const real = buildRawFolder("data/raw");
    const cards = [...real.places.map((p) => placeCard(real, p)), ...real.provinces.map((p) => provinceCard(real, p))];
    const texts = new Set<string>();
    for (const card of cards)
      for (const text of socialCardSvg(card).match(/<text [^>]*>[^<]*<\/text>/g) ?? []) texts.add(text);
    const overflowing = [...texts].filter((text) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" font-family="Inter">${text}</svg>`;
      const box = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [...FONT_FILES] } }).innerBBox();
      return box !== undefined && box.x + box.width > 1140;
    });
    expect(texts.size).toBeGreaterThan(500);
    expect(overflowing).toEqual([]);
  });
});

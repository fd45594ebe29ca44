/**
 * The codebook on the data page must describe exactly the columns the downloads have, in order: the headers are
 * taken from src/pipeline/downloads.ts run on the golden fixture's artefact (and from data/method/*.csv for the method
 * files), so a column added without a description fails here rather than confusing a researcher.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CODEBOOK, METHOD_CODEBOOK } from "../../src/publish/codebook.ts";
import { DOWNLOADS } from "../../src/pipeline/downloads.ts";
import type { SiteData } from "../../src/pipeline/artefact.ts";
import { ROOT, runScript, tempDir } from "./helpers.ts";

function goldenArtefact(): SiteData {
  const out = join(tempDir("codebook"), "build");
  const r = runScript("build-data.ts", ["--raw", join(ROOT, "tests/fixtures/golden/raw"), "--out", out]);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(readFileSync(join(out, "site.json"), "utf8")) as SiteData;
}

const header = (csv: string) => csv.slice(0, csv.indexOf("\n")).split(",");

describe("codebook of the public downloads", () => {
  const data = goldenArtefact();

  it("covers every download and nothing else", () => {
    expect(CODEBOOK.map((f) => f.file).sort()).toEqual(Object.keys(DOWNLOADS).sort());
  });

  for (const file of CODEBOOK) {
    it(`${file.file}: columns are the real header, in order`, () => {
      const write = DOWNLOADS[file.file];
      expect(write, `${file.file} is not in DOWNLOADS`).toBeDefined();
      expect(file.columns.map((c) => c.name)).toEqual(header(write!(data)));
      expect(file.path).toBe(`/data/${file.file}`);
    });
  }
});

describe("codebook of the method files", () => {
  for (const file of METHOD_CODEBOOK) {
    it(`method/${file.file}: columns are the real header, in order`, () => {
      const csv = readFileSync(join(ROOT, "data/method", file.file), "utf8");
      expect(file.columns.map((c) => c.name)).toEqual(header(csv.replace(/\r/g, "")));
      expect(file.path).toBe(`/data/method/${file.file}`);
    });
  }
});

describe("codebook text", () => {
  it("describes every file and column in both languages, as full sentences or phrases", () => {
    for (const file of [...CODEBOOK, ...METHOD_CODEBOOK]) {
      for (const text of [file.description, file.row]) {
        expect(text.id.trim()).not.toBe("");
        expect(text.en.trim()).not.toBe("");
      }
      for (const c of file.columns) {
        expect(c.description.id.trim(), `${file.file} ${c.name} (id)`).not.toBe("");
        expect(c.description.en.trim(), `${file.file} ${c.name} (en)`).not.toBe("");
      }
      expect(new Set(file.columns.map((c) => c.name)).size).toBe(file.columns.length);
    }
  });
});

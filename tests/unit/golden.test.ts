/**
 * Golden pipeline test: a small raw folder (real rows, with the awkward cases: an Excel export with BOM, `;`
 * and CRLF, decimal commas, an alias, a bare kab/kota name, a cross-file conflict, an inferred row, a complete
 * province list, an all-awarded province, a not-awarded fact, a pre-split Papua row, a score outside its band;
 * regulations: a Perda KLA, a Qanun, a Perbup only, a Perda with its amendment and a later Perwal, a "none", a draft
 * beside an older child-protection Perda, two sources printing different numbers)
 * must build to exactly the expected output folder. On a mismatch the new output is written beside the
 * expected file as `NAME-changed.csv`; `npm run test:update-goldens` (UPDATE_GOLDEN=1) accepts it.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validatePackage } from "../../scripts/gates/validate-package.ts";
import { ROOT, runScript, tempDir } from "./helpers.ts";

const RAW = join(ROOT, "tests/fixtures/golden/raw");
const EXPECTED = join(ROOT, "tests/fixtures/golden/expected");

function build(out: string) {
  const r = runScript("build-data.ts", ["--raw", RAW, "--out", out]);
  expect(
    r.stderr
      .split("\n")
      .filter((l) => l && !l.includes("ExperimentalWarning"))
      .join("\n"),
  ).toBe("");
  expect(r.status).toBe(0);
  return r;
}

describe("golden pipeline", () => {
  const out = join(tempDir("golden"), "build");
  const run = build(out);
  const produced = readdirSync(join(out, "downloads")).sort();

  it("prints the row accounting: read = accepted + rejected", () => {
    expect(run.stdout).toMatch(/rows: read (\d+) = accepted \1 \+ rejected 0/);
    expect(run.stdout).toContain("awards_2019-excel.csv: read 9 = accepted 9 + rejected 0");
  });

  it("writes every public download", () => {
    expect(produced).toEqual(
      [
        "award-rounds.csv",
        "award-sources.csv",
        "awards.csv",
        "coverage.csv",
        "indicators.csv",
        "places.csv",
        "provila.csv",
        "provinces.csv",
        "reported-scores.csv",
        "sources.csv",
        "scores.csv",
        "indicator-achievements.csv",
        "regulations.csv",
        "method",
        "datapackage.json",
        "atlas-kla-data.zip",
      ].sort(),
    );
  });

  it("has an expected file for every output and no stale one", () => {
    expect(
      readdirSync(EXPECTED)
        .filter((n) => !n.includes("-changed"))
        .sort(),
    ).toEqual(produced.filter((n) => n.endsWith(".csv")));
  });

  it("describes every download in a valid data package (hashes, sizes, fields)", () => {
    const dir = join(out, "downloads");
    const files = new Map<string, Uint8Array>();
    for (const n of produced.filter((f) => f.endsWith(".csv")))
      files.set(n, new Uint8Array(readFileSync(join(dir, n))));
    for (const n of readdirSync(join(dir, "method")))
      files.set(`method/${n}`, new Uint8Array(readFileSync(join(dir, "method", n))));
    const pkgText = readFileSync(join(dir, "datapackage.json"), "utf8");
    expect(validatePackage(pkgText, files)).toEqual([]);
    const tampered = new Map(files).set("awards.csv", new TextEncoder().encode("year\n"));
    expect(validatePackage(pkgText, tampered).join("\n")).toMatch(/awards: hash .* does not match awards\.csv/);
  });

  it("zips everything with a valid archive", () => {
    const zip = readFileSync(join(out, "downloads", "atlas-kla-data.zip"));
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.includes(Buffer.from("atlas-kla-data/awards.csv"))).toBe(true);
    expect(zip.includes(Buffer.from("atlas-kla-data/datapackage.json"))).toBe(true);
  });

  it("publishes the method files it scored with", () => {
    expect(readdirSync(join(out, "downloads", "method")).sort()).toEqual([
      "bands.csv",
      "caveats.csv",
      "clusters.csv",
      "indicators.csv",
      "method-version.txt",
      "regulation-rules.csv",
      "series.csv",
    ]);
    expect(readFileSync(join(out, "downloads", "method", "bands.csv"), "utf8")).toBe(
      readFileSync(join(ROOT, "data/method/bands.csv"), "utf8"),
    );
  });

  for (const name of produced.filter((n) => n.endsWith(".csv"))) {
    it(`${name} matches the expected output`, () => {
      const actual = readFileSync(join(out, "downloads", name), "utf8");
      const changed = join(EXPECTED, name.replace(/\.csv$/, "-changed.csv"));
      if (process.env.UPDATE_GOLDEN) writeFileSync(join(EXPECTED, name), actual);
      const expected = existsSync(join(EXPECTED, name)) ? readFileSync(join(EXPECTED, name), "utf8") : "";
      if (actual !== expected) writeFileSync(changed, actual);
      else rmSync(changed, { force: true });
      expect(actual).toBe(expected);
    });
  }

  it("gives byte-identical output on a second run", () => {
    const again = join(tempDir("golden2"), "build");
    build(again);
    for (const name of [...produced.filter((n) => !n.includes("method")), "../site.json"]) {
      expect(readFileSync(join(again, "downloads", name)).equals(readFileSync(join(out, "downloads", name)))).toBe(
        true,
      );
    }
  });
});

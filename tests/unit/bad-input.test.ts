/**
 * One test per kind of bad input: each must be rejected with `path:LINE: what is wrong, what was expected`,
 * the row accounted as rejected, and no output produced.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { loadGazetteer } from "../../src/pipeline/places.ts";
import { runPipeline, type RawFile } from "../../src/pipeline/pipeline.ts";
import { formatProblem } from "../../src/core/problems.ts";
import { bytes, ROOT, runScript, tempDir } from "./helpers.ts";

const gazetteer = loadGazetteer(ROOT);
const method = loadMethod(join(ROOT, "data/method"));
const rounds: RawFile = { path: "rounds.csv", bytes: readFileSync(join(ROOT, "tests/fixtures/golden/raw/rounds.csv")) };
const AWARDS_HEADER = "year,predikat,name_as_published,province_as_published,source_url";
const URL = "https://example.org/berita";

function run(path: string, content: string | Uint8Array) {
  const file = { path, bytes: typeof content === "string" ? bytes(content) : content };
  const result = runPipeline({ files: [rounds, file], gazetteer, version: "test", method });
  return { data: result.data, messages: result.problems.map(formatProblem) };
}

function rejects(path: string, content: string | Uint8Array, expected: RegExp) {
  const { data, messages } = run(path, content);
  expect(data).toBeNull();
  expect(
    messages.some((m) => expected.test(m)),
    `got:\n${messages.join("\n")}`,
  ).toBe(true);
}

describe("bad input is rejected with file, line, what and what was expected", () => {
  it("accepts a good row (control)", () => {
    const { data, messages } = run("a.csv", `${AWARDS_HEADER}\n2023,Utama,Kota Surabaya,Jawa Timur,${URL}\n`);
    expect(messages).toEqual([]);
    expect(data?.awards.find((a) => a.placeCode === "35.78")?.predikat).toBe("Utama");
  });
  it("unknown predikat", () =>
    rejects(
      "a.csv",
      `${AWARDS_HEADER}\n2023,Hebat,Kota Surabaya,Jawa Timur,${URL}\n`,
      /^a\.csv:2: column "predikat": "Hebat" is not a predikat, expected one of Pratama/,
    ));
  it("a year with no award round", () =>
    rejects(
      "a.csv",
      `${AWARDS_HEADER}\n2024,Utama,Kota Surabaya,Jawa Timur,${URL}\n`,
      /^a\.csv:2: year 2024 has no award round, expected one of .*2023/,
    ));
  it("empty source URL", () =>
    rejects(
      "a.csv",
      `${AWARDS_HEADER}\n2023,Utama,Kota Surabaya,Jawa Timur,\n`,
      /^a\.csv:2: column "source_url": empty, expected the http\(s\) URL/,
    ));
  it("non-http(s) source URL", () =>
    rejects(
      "a.csv",
      `${AWARDS_HEADER}\n2023,Utama,Kota Surabaya,Jawa Timur,ftp://example.org/x\n`,
      /^a\.csv:2: column "source_url": "ftp:\/\/example.org\/x" is not an http\(s\) URL/,
    ));
  it("unknown place, with the closest candidates", () =>
    rejects(
      "a.csv",
      `${AWARDS_HEADER}\n2023,Utama,Kota Surabayaa,Jawa Timur,${URL}\n`,
      /^a\.csv:2: place not resolved: no place named "Kota Surabayaa".*closest: Kota Surabaya \(35\.78\)/,
    ));
  it("ambiguous bare name shared by a kabupaten and a kota", () =>
    rejects(
      "a.csv",
      `${AWARDS_HEADER}\n2023,Madya,Bogor,Jawa Barat,${URL}\n`,
      /^a\.csv:2: place not resolved: "Bogor" is ambiguous.*Kabupaten Bogor \(32\.01\); Kota Bogor \(32\.71\)/,
    ));
  it("the same place twice in one year with different predikat", () =>
    rejects(
      "a.csv",
      `${AWARDS_HEADER}\n2023,Utama,Kota Surabaya,Jawa Timur,${URL}\n2023,Madya,Surabaya,Jawa Timur,${URL}/2\n`,
      /^a\.csv:3: Surabaya \(35\.78\) in 2023 is "Madya" here but "Utama" on line 2, expected one predikat/,
    ));
  it("missing columns", () =>
    rejects(
      "a.csv",
      `year,predikat,name_as_published,source_url\n2023,Utama,Kota Surabaya,${URL}\n`,
      /^a\.csv:1: header not recognised \(missing column\(s\) province_as_published\), expected the awards format/,
    ));
  it("broken quoting", () =>
    rejects("a.csv", `${AWARDS_HEADER}\n2023,Utama,"Kota Surabaya,Jawa Timur,${URL}\n`, /^a\.csv:2: broken quoting/));
  it("extra fields", () =>
    rejects(
      "a.csv",
      `${AWARDS_HEADER}\n2023,Utama,Kota Surabaya,Jawa Timur,${URL},oops\n`,
      /^a\.csv:2: extra fields: 6 fields, expected 5/,
    ));
  it("non-UTF-8 bytes (a Windows-1252 export)", () => {
    const latin1 = new Uint8Array([
      ...bytes(`${AWARDS_HEADER}\n2023,Utama,Kota Surabaya,Jawa Timur,${URL}\n2023,Madya,Kota Bekasi `),
      0xe9,
      ...bytes(`,Jawa Barat,${URL}\n`),
    ]);
    rejects("a.csv", latin1, /^a\.csv:3: bytes that are not UTF-8, expected a UTF-8 file/);
  });
  const IND =
    "indicator_id,indicator_name_id,unit,year,area_level,area_name_as_published,value,source_title,source_url";
  it("percentage outside 0–100", () =>
    rejects(
      "i.csv",
      `${IND}\nstunting_balita,Stunting,percent,2022,province,Aceh,131.2,Databoks,${URL}\n`,
      /^i\.csv:2: column "value": 131\.2 is outside 0–100, expected a percentage/,
    ));
  it("non-number", () =>
    rejects(
      "i.csv",
      `${IND}\nstunting_balita,Stunting,percent,2022,province,Aceh,n/a,Databoks,${URL}\n`,
      /^i\.csv:2: column "value": "n\/a" is not a number, expected a decimal/,
    ));
  it("more rows at a predikat than announced", () => {
    const counts =
      "year,pratama,madya,nindya,utama,kla,total_awarded,inisiasi,provila_count,source_url,notes\n2023,135,130,76,0,0,360,,14,https://example.org/c,\n";
    const result = runPipeline({
      files: [
        rounds,
        { path: "c.csv", bytes: bytes(counts) },
        { path: "a.csv", bytes: bytes(`${AWARDS_HEADER}\n2023,Utama,Kota Surabaya,Jawa Timur,${URL}\n`) },
      ],
      gazetteer,
      version: "t",
      method,
    });
    expect(result.problems.map(formatProblem)).toContain(
      "c.csv: 2023: 1 places hold Utama in the compiled rows but 0 were announced, expected at most 0",
    );
  });
});

describe("the CLIs exit non-zero and leave nothing half-written", { timeout: 60_000 }, () => {
  // each test spawns Node twice: slow on a busy 2-core machine
  it("build:data on a bad raw folder exits 1 and keeps the previous build", () => {
    const dir = tempDir("bad");
    mkdirSync(join(dir, "raw"));
    writeFileSync(join(dir, "raw", "rounds.csv"), rounds.bytes);
    writeFileSync(
      join(dir, "raw", "awards.csv"),
      `${AWARDS_HEADER}\n2023,Utama,Kota Surabaya,Jawa Timur,${URL}\n2023,Hebat,Kota Malang,Jawa Timur,${URL}\n`,
    );
    const out = join(dir, "build");
    mkdirSync(out);
    writeFileSync(join(out, "marker"), "previous build");
    const r = runScript("build-data.ts", ["--raw", join(dir, "raw"), "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/awards\.csv:3: column "predikat": "Hebat" is not a predikat/);
    expect(r.stdout).toMatch(/awards\.csv: read 2 = accepted 1 \+ rejected 1/);
    expect(readFileSync(join(out, "marker"), "utf8")).toBe("previous build");
    expect(existsSync(join(out, "site.json"))).toBe(false);
  });

  it("validate: exit 0 for a valid contribution, 1 with path:line for a bad one", () => {
    const dir = tempDir("validate");
    const good = join(dir, "good.csv");
    const bad = join(dir, "bad.csv");
    writeFileSync(
      good,
      `\uFEFF${AWARDS_HEADER.replaceAll(",", ";")}\r\n2025;Utama;Kota Surabaya;Jawa Timur;https://example.org/x\r\n`,
    );
    writeFileSync(
      bad,
      `${AWARDS_HEADER}\n2025,Utama,Kota Surabaya,Jawa Timur,https://example.org/x\n2025,Pratama,Kota Atlantis,Jawa Timur,https://example.org/y\n`,
    );
    const ok = runScript("validate.ts", [good]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("good.csv: valid (awards format; read 1 = accepted 1 + rejected 0)");
    const ko = runScript("validate.ts", [bad]);
    expect(ko.status).toBe(1);
    expect(ko.stderr).toMatch(/bad\.csv:3: place not resolved: no place named "Kota Atlantis"/);
    expect(ko.stdout).toContain("bad.csv: INVALID (awards format; read 2 = accepted 1 + rejected 1)");
  });
});

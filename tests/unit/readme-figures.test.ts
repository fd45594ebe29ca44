/**
 * The figures the README and CITATION.cff quote by hand must be the ones the pipeline computes from data/raw: a
 * new row changes coverage, and nothing else would notice that the quoted table has gone stale. Likewise the README's
 * downloads table must list every file of the data package (the codebook's files, which datapackage.json is built
 * from), so a new download without a README row fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chartFileJobs } from "../../src/publish/chart-file-jobs.ts";
import { CODEBOOK, METHOD_CODEBOOK } from "../../src/publish/codebook.ts";
import { imageJobs } from "../../src/publish/image-jobs.ts";
import { coverageMatrix } from "../../src/views/data-views.ts";
import { hasPerda } from "../../src/views/regulation-views.ts";
import { ROOT, buildRawFolder } from "./helpers.ts";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const release = JSON.parse(readFileSync(join(ROOT, "data/release.json"), "utf8")) as { version: string; date: string };
const real = buildRawFolder("data/raw");

describe("README's coverage section", () => {
  it("names the current data release", () => {
    expect(readme).toContain(`still unknown. Release ${release.version}, per round`);
  });

  it("quotes, per round, the coverage the pipeline computes, stated apart from inferred", () => {
    const rows = [
      ...readme.matchAll(
        /^\| (\d{4}) \| (\d+) \| (\d+) \((\d+) %\) \| (\d+) \| (\d+) \((\d+)\) \| (\d+) \((\d+)\) \| (\d+) \| (\d+) of (\d+) \|$/gm,
      ),
    ];
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const totals = coverageMatrix(real).totals;
    for (const [
      line,
      year,
      announced,
      stated,
      percent,
      inferred,
      tierUnknown,
      tierUnknownInferred,
      notAwarded,
      notAwardedInferred,
      unknown,
      complete,
      provinces,
    ] of rows) {
      const y = Number(year);
      const inYear = real.provinceCoverage.filter((c) => c.year === y);
      const sum = (f: (c: (typeof inYear)[number]) => number) => inYear.reduce((n, c) => n + f(c), 0);
      const total = real.coverage.find((c) => c.year === y)?.totalAnnounced ?? null;
      const t = totals.find((x) => x.year === y)!;
      const statedNow = sum((c) => c.awardedPredikatKnown - c.awardedPredikatKnownInferred);
      expect(
        [
          line,
          announced,
          stated,
          inferred,
          tierUnknown,
          tierUnknownInferred,
          notAwarded,
          notAwardedInferred,
          unknown,
          complete,
          provinces,
        ].map((x, i) => (i === 0 ? x : Number(x))),
      ).toEqual([
        line,
        total,
        statedNow,
        sum((c) => c.awardedPredikatKnownInferred),
        sum((c) => c.awardedPredikatUnknown),
        sum((c) => c.awardedPredikatUnknownInferred),
        sum((c) => c.notAwarded),
        sum((c) => c.notAwardedInferred),
        sum((c) => c.unknown),
        t.completeProvinces,
        t.provinces,
      ]);
      expect(Number(percent)).toBe(Math.round((100 * statedNow) / total!));
    }
  });

  it("quotes the national regulation counts the pipeline computes", () => {
    const m = readme.match(
      /Regulations \(`regulations\.csv`\): (\d+) of 514 kab\/kota are known to have a Perda or Qanun — (\d+) on KLA, (\d+) on\s+child protection only — (\d+) more have only a Perbup\/Perwal, (\d+) had none according to a source, and (\d+) are unknown/,
    );
    expect(m).not.toBeNull();
    const national = real.regulationCoverage.find((c) => c.areaCode === "ID")!;
    expect(m!.slice(1).map(Number)).toEqual([
      hasPerda(national),
      national.counts["perda-kla"],
      national.counts["perda-child-protection"],
      national.counts["head-regulation"],
      national.counts.none,
      national.counts.unknown,
    ]);
  });
});

describe("README's downloads section", () => {
  const section = readme.slice(readme.indexOf("## Downloads (`dist/data/`)"), readme.indexOf("## Coverage"));
  const rows = [...section.matchAll(/^\| `([^`]+)` \| ([^|]+) \| ([^|]+) \|$/gm)].map(([, file, , columns]) => ({
    file: file!,
    // "status (enacted, draft, none)": the name before a parenthesis is the column.
    columns: columns!
      .replace(/\([^)]*\)/g, "")
      .split(",")
      .map((c) => c.trim()),
  }));

  it("lists every download of the data package, once, in the data page's order", () => {
    expect(rows.map((r) => r.file)).toEqual(CODEBOOK.map((f) => f.file));
  });

  it("names only real columns of each file as its key columns", () => {
    for (const { file, columns } of rows) {
      const real = CODEBOOK.find((f) => f.file === file)!.columns.map((c) => c.name);
      expect(
        columns.filter((c) => !real.includes(c)),
        file,
      ).toEqual([]);
    }
  });

  it("names the method files, datapackage.json and the zip beside the table", () => {
    for (const f of METHOD_CODEBOOK) expect(section, f.file).toContain(`\`${f.file}\``);
    for (const f of ["method-version.txt", "datapackage.json", "atlas-kla-data.zip"])
      expect(section, f).toContain(`\`${f}\``);
  });
});

describe("CITATION.cff", () => {
  it("cites the current data release", () => {
    const cff = readFileSync(join(ROOT, "CITATION.cff"), "utf8");
    expect(cff).toContain(`version: "${release.version}"\ndate-released: "${release.date}"`);
  });
});

describe("README's indicator coverage", () => {
  it("quotes the kab/kota with 3+ indicators scored from their latest data, and indicator 1's yes/no, as computed", () => {
    const m = readme.match(
      /\*\*Indicator coverage\*\*[^:]*: (\d+) of (\d+) kab\/kota have at least 3\s+indicators scored from their latest data[\s\S]*?is scored for (\d+) kab\/kota: (\d+) yes and (\d+) no/,
    );
    expect(m).not.toBeNull();
    const places = new Set(real.places.map((p) => p.code));
    // Each place's latest achievement per indicator: what a profile's score section shows.
    const latest = new Map<string, Map<string, { year: number; value: number }>>();
    for (const a of real.achievements) {
      if (!places.has(a.area_code)) continue;
      const byIndicator = latest.get(a.area_code) ?? new Map<string, { year: number; value: number }>();
      latest.set(a.area_code, byIndicator);
      const held = byIndicator.get(a.indicator_id);
      if (!held || a.year > held.year) byIndicator.set(a.indicator_id, { year: a.year, value: a.value });
    }
    const k01 = [...latest.values()].flatMap((byIndicator) => byIndicator.get("KLA-K-01") ?? []);
    expect(m!.slice(1).map(Number)).toEqual([
      [...latest.values()].filter((byIndicator) => byIndicator.size >= 3).length,
      real.places.length,
      k01.length,
      k01.filter((a) => a.value === 1).length,
      k01.filter((a) => a.value === 0).length,
    ]);
  });
});

describe("README's site budgets", () => {
  const count = (text: string | undefined) => Number(text!.replace(/,/g, ""));

  it("quote the PNGs and chart files a build draws from data/raw, as render-files.ts is handed them", () => {
    const pngs = /The ([\d,]+) PNGs \(([\d,]+) social cards, ([\d,]+) chart PNGs at twice their width\)/.exec(readme);
    const files = /the ([\d,]+) chart files are written beside the PNGs/.exec(readme);
    expect(pngs).not.toBeNull();
    expect(files).not.toBeNull();
    const site = new URL("https://atlas.example/");
    const jobs = imageJobs(real, site);
    expect([...pngs!.slice(1), files![1]].map(count)).toEqual([
      jobs.length,
      jobs.filter((j) => j.cache === "cards").length,
      jobs.filter((j) => j.cache === "charts").length,
      chartFileJobs(real, site).length,
    ]);
  });
});

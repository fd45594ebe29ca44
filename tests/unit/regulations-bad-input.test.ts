/**
 * data/raw/regulations.csv: one test per rejection rule. Each bad row must be rejected with
 * `path:LINE: what is wrong, what was expected`, counted as rejected, and no artefact produced; the CLIs say the same.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { loadGazetteer } from "../../src/pipeline/places.ts";
import { runPipeline } from "../../src/pipeline/pipeline.ts";
import { formatProblem } from "../../src/core/problems.ts";
import { bytes, ROOT, runScript, tempDir } from "./helpers.ts";

const gazetteer = loadGazetteer(ROOT);
const method = loadMethod(join(ROOT, "data/method"));
const HEADER = "name_as_published,province_as_published,status,kind,topic,number,year,title,source_url,note";
const URL = "https://example.org/perda";
const GOOD = `Kota Yogyakarta,Daerah Istimewa Yogyakarta,enacted,perda,kla,1,2016,Kota Layak Anak,${URL},`;

function run(content: string) {
  const result = runPipeline({
    files: [{ path: "r.csv", bytes: bytes(content) }],
    gazetteer,
    version: "test",
    method,
    releaseYear: 2026,
  });
  return { data: result.data, messages: result.problems.map(formatProblem), accounting: result.accounting };
}

function rejects(row: string, expected: RegExp) {
  const { data, messages, accounting } = run(`${HEADER}\n${GOOD}\n${row}\n`);
  expect(data).toBeNull();
  expect(
    messages.some((m) => expected.test(m)),
    `got:\n${messages.join("\n")}`,
  ).toBe(true);
  expect(accounting).toEqual([{ path: "r.csv", read: 2, accepted: 1, rejected: 1 }]);
}

describe("regulations: bad rows are rejected with file, line, what and what was expected", () => {
  it("accepts good rows (control), Perda and Perbup of one place side by side", () => {
    const { data, messages } = run(
      `${HEADER}\n${GOOD}\nKabupaten Gunungkidul,DI Yogyakarta,enacted,perbup,kla,15,2019,Penyelenggaraan Kabupaten Layak Anak,${URL}/2,\n`,
    );
    expect(messages).toEqual([]);
    expect(data?.regulations.map((r) => [r.placeCode, r.kind, r.number, r.year])).toEqual([
      ["34.03", "perbup", "15", 2019],
      ["34.71", "perda", "1", 2016],
    ]);
    expect(data?.regulationStates.map((s) => s.state)).toEqual(["head-regulation", "perda-kla"]);
  });
  it("a year that is not four digits", () =>
    rejects(
      `Kota Surabaya,Jawa Timur,enacted,perda,child-protection,6,11,Penyelenggaraan Perlindungan Anak,${URL},`,
      /^r\.csv:3: column "year": "11" is not a year, expected four digits/,
    ));
  it("a year after the data release", () =>
    rejects(
      `Kota Surabaya,Jawa Timur,enacted,perda,kla,1,2027,Kota Layak Anak,${URL},`,
      /^r\.csv:3: year 2027 is after the data release \(2026\), expected 2026 or earlier/,
    ));
  it("a kind outside the list (a Perda and a Perbup are never merged)", () =>
    rejects(
      `Kota Surabaya,Jawa Timur,enacted,keputusan,kla,1,2020,Kota Layak Anak,${URL},`,
      /^r\.csv:3: column "kind": "keputusan" is not allowed, expected one of perda, qanun, perbup, perwal/,
    ));
  it("a status outside the list", () =>
    rejects(
      `Kota Surabaya,Jawa Timur,disahkan,perda,kla,1,2020,Kota Layak Anak,${URL},`,
      /^r\.csv:3: column "status": "disahkan" is not allowed, expected one of enacted, draft, none/,
    ));
  it("a topic outside the list", () =>
    rejects(
      `Kota Surabaya,Jawa Timur,enacted,perda,disabilitas,1,2020,Kota Layak Anak,${URL},`,
      /^r\.csv:3: column "topic": "disabilitas" is not allowed, expected one of kla, child-protection/,
    ));
  it("a source that is not an http(s) URL", () =>
    rejects(
      "Kota Surabaya,Jawa Timur,enacted,perda,kla,1,2020,Kota Layak Anak,jdih.surabaya.go.id/perda,",
      /^r\.csv:3: column "source_url": "jdih\.surabaya\.go\.id\/perda" is not an http\(s\) URL/,
    ));
  it("no source", () =>
    rejects(
      "Kota Surabaya,Jawa Timur,enacted,perda,kla,1,2020,Kota Layak Anak,,",
      /^r\.csv:3: column "source_url": empty, expected the http\(s\) URL of the source/,
    ));
  it("a place that does not resolve, with the closest names", () =>
    rejects(
      `Kota Surabayaa,Jawa Timur,enacted,perda,kla,1,2020,Kota Layak Anak,${URL},`,
      /^r\.csv:3: place not resolved: no place named "Kota Surabayaa".*closest: Kota Surabaya \(35\.78\)/,
    ));
  it("a bare name shared by a kabupaten and a kota", () =>
    rejects(
      `Malang,Jawa Timur,enacted,perbup,kla,15,2012,Kebijakan Kabupaten Layak Anak,${URL},`,
      /^r\.csv:3: place not resolved: "Malang" is ambiguous/,
    ));
  it("the same place, kind, number and year twice (05 is 5)", () =>
    rejects(
      `Kota Yogyakarta,DIY,enacted,perda,kla,01,2016,Kota Layak Anak,${URL}/other,`,
      /^r\.csv:3: Kota Yogyakarta \(34\.71\) perda 01\/2016 is already on line 2, expected each regulation once/,
    ));
  it("the same unnumbered statement from the same source twice", () => {
    const none = `Kota Malang,Jawa Timur,none,perda,kla,,2024,,${URL}/malang,`;
    const { messages } = run(`${HEADER}\n${none}\n${none}\n`);
    expect(messages).toContain(
      "r.csv:3: Kota Malang (35.73) the none statement for 2024 from this source is already on line 2, expected each regulation once",
    );
  });
  it('a "none" row with a number', () =>
    rejects(
      `Kota Malang,Jawa Timur,none,perda,kla,3,2024,,${URL},`,
      /^r\.csv:3: a "none" row says there is no regulation, expected number and title empty/,
    ));
  it("a draft with a number", () =>
    rejects(
      `Kota Palu,Sulawesi Tengah,draft,perda,kla,7,2025,Penyelenggaraan Kota Layak Anak,${URL},`,
      /^r\.csv:3: a draft \(Ranperda\) has no number yet, expected number empty/,
    ));
  it("an enacted regulation with neither number nor title", () =>
    rejects(
      `Kota Palu,Sulawesi Tengah,enacted,perda,kla,,2021,,${URL},`,
      /^r\.csv:3: an enacted regulation with neither number nor title, expected at least one of them/,
    ));
  it("a number that is not one", () =>
    rejects(
      `Kota Palu,Sulawesi Tengah,enacted,perda,kla,nomor satu,2021,Kota Layak Anak,${URL},`,
      /^r\.csv:3: column "number": "nomor satu" is not a regulation number, expected the number as printed/,
    ));
  it("a missing column", () => {
    const { data, messages } = run(
      `name_as_published,province_as_published,status,kind,number,year,title,source_url\nKota Palu,Sulawesi Tengah,enacted,perda,1,2021,X,${URL}\n`,
    );
    expect(data).toBeNull();
    expect(messages[0]).toMatch(
      /^r\.csv:1: header not recognised \(missing column\(s\) topic\), expected the regulations format/,
    );
  });
});

describe("regulations: conflicts and weaker evidence are data, checked like any other claim", () => {
  const H = `${HEADER},evidence,conflict`;
  const mks = (n: string, y: number, conflict: string) =>
    `Kota Makassar,Sulawesi Selatan,enacted,perda,kla,${n},${y},Penyelenggaraan Kota Layak Anak,${URL}/${n}-${y},,,${conflict}`;
  it("keeps two readings of one Perda side by side, marked with their shared conflict id", () => {
    const { data, messages } = run(`${H}
${mks("2", 2024, "makassar-perda-kla")}
${mks("5", 2025, "makassar-perda-kla")}
`);
    expect(messages).toEqual([]);
    expect(data?.regulations.map((r) => [r.number, r.year, r.conflict])).toEqual([
      ["2", 2024, "makassar-perda-kla"],
      ["5", 2025, "makassar-perda-kla"],
    ]);
    expect(data?.regulationStates.map((s) => s.state)).toEqual(["perda-kla"]);
  });
  it("refuses a conflict id on a single row", () => {
    const { data, messages } = run(`${H}
${mks("2", 2024, "makassar-perda-kla")}
`);
    expect(data).toBeNull();
    expect(messages).toContain(
      'r.csv:2: conflict "makassar-perda-kla" needs two or more enacted rows about the same place, kind and topic, expected rows that describe one regulation',
    );
  });
  it("refuses a conflict whose rows do not disagree (05 is 5)", () => {
    const { messages } = run(`${H}
${mks("5", 2025, "mks")}
Kota Makassar,Sulawesi Selatan,enacted,perda,kla,05,2025,Penyelenggaraan Kota Layak Anak,${URL}/other,,,mks
`);
    expect(
      messages.some((m) => /already on line 2|every row gives 5\/2025/.test(m)),
      messages.join("\n"),
    ).toBe(true);
  });
  it("carries 'listed' evidence to the artefact, and refuses any other value", () => {
    const listed = `Kota Yogyakarta,DIY,enacted,perda,kla,1,2016,Kota Layak Anak,${URL},title as printed in a list,listed,`;
    expect(
      run(`${H}
${listed}
`).data?.regulations[0]?.evidence,
    ).toBe("listed");
    const bad = run(`${H}
${listed.replace(",listed,", ",weak,")}
`);
    expect(bad.messages[0]).toMatch(
      /^r\.csv:2: column "evidence": "weak" is not allowed, expected one of , listed|^r\.csv:2: column "evidence"/,
    );
  });
});

describe("regulations through the CLIs", { timeout: 60_000 }, () => {
  // spawns Node per test: slow on a busy 2-core machine
  it("validate: valid file exits 0; a bad one exits 1 with path:line and the row accounting", () => {
    const dir = tempDir("regulations");
    const good = join(dir, "good.csv");
    const bad = join(dir, "bad.csv");
    // Excel's way of saving a CSV (BOM, `;`, CRLF) is fine; the rows are new facts, so they do not clash with data/raw.
    writeFileSync(good, `\uFEFF${HEADER.replaceAll(",", ";")}\r\nKota Sabang;Aceh;none;qanun;kla;;2024;;${URL};\r\n`);
    writeFileSync(
      bad,
      `${HEADER}\nKota Sabang,Aceh,none,qanun,kla,,2024,,${URL},\nKota Sabang,Aceh,enacted,qanun,kla,1,2030,Kota Layak Anak,${URL},\n`,
    );
    const ok = runScript("validate.ts", [good]);
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("good.csv: valid (regulations format; read 1 = accepted 1 + rejected 0)");
    const ko = runScript("validate.ts", [bad]);
    expect(ko.status).toBe(1);
    expect(ko.stderr).toMatch(/bad\.csv:3: year 2030 is after the data release \(\d{4}\), expected \d{4} or earlier/);
    expect(ko.stdout).toContain("bad.csv: INVALID (regulations format; read 2 = accepted 1 + rejected 1)");
  });
});

/**
 * Sending a source without git: the issue forms are written from one definition, a filled form becomes exactly one
 * raw row in the right file (or a `form.md:LINE` refusal), `npm run intake` writes only a valid row and never half a
 * file, and the site's links prefill the same fields the forms define.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INTAKE_FORMS } from "../../src/pipeline/intake-forms.ts";
import { INTAKE_FILES, parseIntakeForm } from "../../src/pipeline/intake.ts";
import { issueFormFiles } from "../../src/publish/issue-forms.ts";
import { issueFormUrl } from "../../src/views/send-source.ts";
import { ROOT } from "./helpers.ts";

const FIXTURES = join(ROOT, "tests/fixtures/intake");
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

describe("issue forms", () => {
  it("are committed exactly as src/pipeline/intake-forms.ts writes them (npm run issue-forms)", () => {
    const committed = readdirSync(join(ROOT, ".github/ISSUE_TEMPLATE"))
      .filter((f) => f.endsWith(".yml"))
      .sort();
    const written = issueFormFiles();
    expect(committed).toEqual([...written.keys()].sort());
    for (const [file, text] of written)
      expect(readFileSync(join(ROOT, ".github/ISSUE_TEMPLATE", file), "utf8"), file).toBe(text);
  });

  it("name every field after the raw column it fills, once per form, with labels a parser can tell apart", () => {
    const columns = new Set(Object.values(INTAKE_FILES).flatMap((f) => f.columns));
    const formOnly = new Set(["quote", "disputes"]); // go into the row's note
    for (const form of INTAKE_FORMS) {
      const ids = form.fields.map((f) => f.id);
      expect(new Set(ids).size, form.id).toBe(ids.length);
      expect(new Set(form.fields.map((f) => f.label)).size, form.id).toBe(ids.length);
      for (const id of ids) expect(columns.has(id) || formOnly.has(id), `${form.id}.${id}`).toBe(true);
    }
  });
});

describe("parseIntakeForm", () => {
  it("turns an award form into an awards row, the quote kept in the note and the textarea's line breaks folded", () => {
    const { row, problems } = parseIntakeForm("f.md", fixture("award-pratama.md"));
    expect(problems).toEqual([]);
    expect(row?.target).toBe("awards");
    expect(row?.values).toEqual({
      year: "2025",
      predikat: "Pratama",
      name_as_published: "Kota Kupang",
      province_as_published: "NTT",
      source_url: "https://example.org/kupang-pratama-2025",
      inferred: "no",
      note: 'Source says: "Kota Kupang kembali meraih predikat Pratama dalam KLA 2025."',
    });
  });

  it("sends 'not awarded' to award-status.csv with the option's value, not its label", () => {
    const { row } = parseIntakeForm("f.md", fixture("not-awarded.md"));
    expect(row?.target).toBe("award-status");
    expect(row?.values.status).toBe("not-awarded");
    expect(row?.values.note).toBe('Source says: "Sabu Raijua belum mendapat penghargaan KLA tahun ini." Test fixture.');
  });

  it("keeps a correction as a new statement that names what it disputes (never an edit of the old row)", () => {
    const { row } = parseIntakeForm("f.md", fixture("correction.md"));
    expect(row?.form.id).toBe("correction");
    expect(row?.target).toBe("awards");
    expect(row?.values.note).toMatch(
      /^Correction \(disputes: https:\/\/atlas\.example\/daerah\/kota-kupang\/ shows Pratama 2025 as inferred\)\. Source says: /,
    );
  });

  it("turns a regulation form into a regulations row, an unanswered optional field left empty", () => {
    const { row } = parseIntakeForm("f.md", fixture("regulation.md"));
    expect(row?.target).toBe("regulations");
    expect(row?.values).toMatchObject({
      status: "draft",
      kind: "perda",
      topic: "kla",
      number: "",
      year: "2024",
      title: "Kabupaten Layak Anak",
    });
  });

  it.each([
    ["bad-missing-answer.md", 17, /"Alamat sumber \/ Source URL" is empty, expected an answer/],
    [
      "bad-option.md",
      5,
      /"Super" is not an option of .*, expected one of Pratama, Madya, Nindya, Utama, KLA, awarded, not-awarded/,
    ],
    ["bad-headings.md", 5, /heading "Something else" belongs to no form/],
  ])("refuses %s at line %i", (name, line, message) => {
    const { row, problems } = parseIntakeForm(`tests/fixtures/intake/${name}`, fixture(name));
    expect(row).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: `tests/fixtures/intake/${name}`, line });
    expect(problems[0]!.message).toMatch(message);
  });

  it("refuses text that is no form at all, and cuts a huge heading short in the message", () => {
    expect(parseIntakeForm("f.md", "just text\n").problems[0]!.message).toMatch(/no `### ` headings found/);
    const huge = parseIntakeForm("f.md", `### ${"x".repeat(10_000)}\n\nvalue\n`).problems[0]!.message;
    expect(huge.length).toBeLessThan(300);
  });
});

describe("npm run intake", { timeout: 60_000 }, () => {
  let root: string;
  const run = (form: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, "scripts/intake.ts"), join(FIXTURES, form), ...args], {
      cwd: root,
      env: { ...process.env, ATLAS_ROOT: root },
      encoding: "utf8",
    });

  beforeAll(() => {
    // A copy of the project's data beside the real idn-area-data, so the real files are never written.
    root = mkdtempSync(join(tmpdir(), "atlas-intake-"));
    cpSync(join(ROOT, "data"), join(root, "data"), {
      recursive: true,
      filter: (src) => !src.includes(`${join(ROOT, "data/build")}`),
    });
    symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("appends a valid award row to data/raw/awards/contributed.csv (with its header) and accounts for it", () => {
    const result = run("award-pratama.md");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /valid \(award form → data\/raw\/awards\/contributed\.csv:2, written; rows: read 1 = accepted 1 \+ rejected 0\)/,
    );
    expect(readFileSync(join(root, "data/raw/awards/contributed.csv"), "utf8")).toBe(
      'year,predikat,name_as_published,province_as_published,source_url,inferred,note\n2025,Pratama,Kota Kupang,NTT,https://example.org/kupang-pratama-2025,no,"Source says: ""Kota Kupang kembali meraih predikat Pratama dalam KLA 2025."""\n',
    );
  });

  it("refuses the same row twice, pointing at the row already there", () => {
    const result = run("award-pratama.md");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /award-pratama\.md:\d+: this row is already in data\/raw\/awards\/contributed\.csv:2/,
    );
  });

  it("refuses a place that does not resolve, at the form's name line, and writes nothing", () => {
    const before = readFileSync(join(root, "data/raw/awards/contributed.csv"));
    const result = run("bad-place.md");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad-place\.md:9: place not resolved: no place named "Kota Atlantis"/);
    expect(result.stdout).toMatch(/INVALID \(rows: read 1 = accepted 0 \+ rejected 1\)/);
    expect(readFileSync(join(root, "data/raw/awards/contributed.csv"))).toEqual(before);
    expect(existsSync(join(root, "data/raw/awards/contributed.csv.tmp"))).toBe(false);
  });

  it("refuses a year with no award round, at the form's year line", () => {
    const result = run("bad-year.md");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad-year\.md:1: year 2024 has no award round/);
  });

  it("--dry-run prints the regulation row and writes nothing", () => {
    const before = readFileSync(join(root, "data/raw/regulations.csv"));
    const result = run("regulation.md", "--dry-run");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^data\/raw\/regulations\.csv:\d+: Kabupaten Sabu Raijua,Nusa Tenggara Timur,draft,perda,kla,,2024,/m,
    );
    expect(readFileSync(join(root, "data/raw/regulations.csv"))).toEqual(before);
  });

  it("prints usage and exits 2 without a form", () => {
    expect(spawnSync(process.execPath, [join(ROOT, "scripts/intake.ts")], { encoding: "utf8" }).status).toBe(2);
  });

  it("leaves the build able to read what it wrote", () => {
    // The written file passes `npm run validate` in the same copy: intake and validate agree.
    const out = execFileSync(process.execPath, [join(ROOT, "scripts/validate.ts"), "data/raw/awards/contributed.csv"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(out).toMatch(/contributed\.csv: valid \(awards format; read 1 = accepted 1 \+ rejected 0\)/);
  });
});

describe("issueFormUrl", () => {
  it("prefills the award form with place, province and round", () => {
    const url = new URL(
      issueFormUrl(
        "award",
        { placeName: "Kota Kupang", provinceName: "Nusa Tenggara Timur", year: 2023 },
        "https://github.com/o/atlas",
      )!,
    );
    expect(url.origin + url.pathname).toBe("https://github.com/o/atlas/issues/new");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: "award.yml",
      title: "[predikat] Kota Kupang 2023",
      name_as_published: "Kota Kupang",
      province_as_published: "Nusa Tenggara Timur",
      year: "2023",
    });
  });

  it("leaves the regulation form's year (the regulation's, not the round's) and a province page's place empty", () => {
    const url = new URL(
      issueFormUrl("regulation", { placeName: null, provinceName: "Aceh", year: 2025 }, "https://github.com/o/atlas/")!,
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: "regulation.yml",
      title: "[regulasi] Aceh",
      province_as_published: "Aceh",
    });
  });

  it("is null without a repository address, so pages show only the CSV route", () => {
    expect(issueFormUrl("award", { placeName: "Kota Kupang" }, "")).toBeNull();
  });
});

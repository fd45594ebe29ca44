/**
 * The release notes live once, in CHANGELOG.md: each release opens with the bilingual summary the data page prints.
 * These tests keep that file and data/release.json in step (a release cannot go out without its notes, nor with a
 * changelog whose newest entry is another version or date) and show that a malformed summary stops the build with
 * a `CHANGELOG.md:LINE` message instead of printing half a note.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/problems.ts";
import { parseChangelog, releaseNotes, SUMMARY_MARKER } from "../../src/publish/release-notes.ts";
import { ROOT } from "./helpers.ts";

const CHANGELOG = readFileSync(join(ROOT, "CHANGELOG.md"), "utf8");
const release = JSON.parse(readFileSync(join(ROOT, "data/release.json"), "utf8")) as { version: string; date: string };

const problemsOf = (text: string): string[] => {
  try {
    parseChangelog(text, "CHANGELOG.md");
  } catch (e) {
    if (e instanceof InputError) return e.message.split("\n");
    throw e;
  }
  return [];
};

describe("CHANGELOG.md, the one home of the release notes", () => {
  const releases = parseChangelog(CHANGELOG, "CHANGELOG.md");

  it("opens with the current data release, version and date as in data/release.json", () => {
    expect(releases[0]).toMatchObject({ version: release.version, date: release.date });
    expect(releaseNotes(release.version).length).toBeGreaterThan(0);
  });

  it("lists releases newest first, each once, each with a summary in both languages", () => {
    const versions = releases.map((r) => r.version);
    expect(new Set(versions).size).toBe(versions.length);
    const key = (v: string) =>
      v
        .split(".")
        .map((n) => n.padStart(4, "0"))
        .join(".");
    expect(versions.map(key)).toEqual(versions.map(key).sort().reverse());
    for (const r of releases) {
      expect(r.notes.length, r.version).toBeGreaterThan(0);
      for (const note of r.notes) {
        expect(note.id, r.version).toMatch(/^\S.*\S$/);
        expect(note.en, r.version).toMatch(/^\S.*\S$/);
        expect(note.id, `${r.version}: wrapped lines are joined with one space`).not.toMatch(/\s{2}/);
        expect(note.en, `${r.version}: wrapped lines are joined with one space`).not.toMatch(/\s{2}/);
      }
    }
  });

  it("has a release heading for every summary block (none stray)", () => {
    const blocks = CHANGELOG.split("\n").filter((line) => line === SUMMARY_MARKER).length;
    expect(blocks).toBe(releases.length);
  });
});

describe("parseChangelog", () => {
  const release = (summary: string) => `# Data releases\n\n## 2030.1.0 — 2030-01-31\n\n${summary}\n- details\n`;

  it("joins wrapped lines with one space and keeps the items in order", () => {
    const text = release(`${SUMMARY_MARKER}\n\n- id: Satu\n  dua.\n  en: One\n  two.\n- id: Tiga.\n  en: Three.\n`);
    expect(parseChangelog(text, "CHANGELOG.md")).toEqual([
      {
        version: "2030.1.0",
        date: "2030-01-31",
        notes: [
          { id: "Satu dua.", en: "One two." },
          { id: "Tiga.", en: "Three." },
        ],
      },
    ]);
  });

  it("names the line of an item without its English half", () => {
    expect(problemsOf(release(`${SUMMARY_MARKER}\n\n- id: Satu.\n`))).toEqual([
      'CHANGELOG.md:7: summary item without its English line ("  en: …") in release 2030.1.0',
      "CHANGELOG.md:5: empty summary for release 2030.1.0, expected at least one item",
    ]);
  });

  it("names a release with no summary", () => {
    expect(problemsOf(release(""))).toEqual([
      `CHANGELOG.md:3: release 2030.1.0 has no "${SUMMARY_MARKER}" block, expected one before its details`,
    ]);
  });

  it("names a line that is neither an item, a continuation nor the English line", () => {
    expect(problemsOf(release(`${SUMMARY_MARKER}\n\n- id: Satu.\n  en: One.\nstray\n`))).toEqual([
      'CHANGELOG.md:9: expected a continuation line (two spaces) or the English line "  en: "',
    ]);
  });
});

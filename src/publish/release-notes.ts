/**
 * The release notes the data page prints, read from CHANGELOG.md — their one home. Each release's section there opens
 * with a short bilingual summary (the lines this module reads) above the long English entry for researchers, so the
 * two can no longer be kept apart and drift. tests/unit/release-notes.test.ts requires a summary for every release
 * and the newest heading to carry data/release.json's version and date.
 *
 * The summary block, as written in CHANGELOG.md (lines may wrap; a wrapped line is indented and joined with a space):
 *
 *     ## 2026.12.1 — 2026-12-03
 *
 *     Summary (printed on the data page):
 *
 *     - id: Regulasi: 337 pernyataan sumber …
 *       en: Regulations: 337 source statements …
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { InputError, type Problem } from "../core/problems.ts";
import type { Bilingual } from "./codebook.ts";

export interface Release {
  version: string;
  /** ISO date of the release, as in the heading. */
  date: string;
  /** The summary, one bilingual note per item, in the file's order. */
  notes: Bilingual[];
}

const HEADING = /^## (\d{4}\.\d{1,2}\.\d+) — (\d{4}-\d{2}-\d{2})$/;
export const SUMMARY_MARKER = "Summary (printed on the data page):";
const ITEM = /^- id: (.+)$/;
const ENGLISH = /^ {2}en: (.+)$/;
const CONTINUATION = /^ {2}(?! )(?!en: )(.+)$/;

/** Every release in the changelog, newest first (the file's order); throws `path:LINE` problems on a malformed summary. */
export function parseChangelog(text: string, path: string): Release[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const releases: Release[] = [];
  const problems: Problem[] = [];
  const problem = (index: number, message: string) => problems.push({ path, line: index + 1, message });
  let current: (Release & { headingIndex: number; summaries: number }) | null = null;
  const close = () => {
    if (current && current.summaries === 0)
      problem(
        current.headingIndex,
        `release ${current.version} has no "${SUMMARY_MARKER}" block, expected one before its details`,
      );
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = HEADING.exec(line);
    if (heading) {
      close();
      current = { version: heading[1]!, date: heading[2]!, notes: [], headingIndex: i, summaries: 0 };
      releases.push(current);
      continue;
    }
    if (line !== SUMMARY_MARKER) continue;
    if (!current) {
      problem(i, "summary before any release heading, expected it under a `## VERSION — DATE` heading");
      continue;
    }
    if (++current.summaries > 1) problem(i, `second summary for release ${current.version}, expected one`);
    // One blank line, then the items up to the next blank line.
    if (lines[i + 1] !== "") problem(i + 1, "expected a blank line after the summary marker");
    let j = i + 2;
    for (; j < lines.length && lines[j] !== "";) {
      const item = ITEM.exec(lines[j]!);
      if (!item) {
        problem(j, 'expected a summary item starting "- id: "');
        j++;
        continue;
      }
      let id = item[1]!;
      let en: string | null = null;
      for (j++; j < lines.length && lines[j] !== "" && !ITEM.test(lines[j]!); j++) {
        const english = ENGLISH.exec(lines[j]!);
        const more = CONTINUATION.exec(lines[j]!);
        if (english && en === null) en = english[1]!;
        else if (more && en === null) id += ` ${more[1]}`;
        else if (more && en !== null) en += ` ${more[1]}`;
        else problem(j, 'expected a continuation line (two spaces) or the English line "  en: "');
      }
      if (en === null)
        problem(j - 1, `summary item without its English line ("  en: …") in release ${current.version}`);
      else current.notes.push({ id, en });
    }
    if (current.notes.length === 0)
      problem(i, `empty summary for release ${current.version}, expected at least one item`);
    i = j - 1;
  }
  close();
  if (problems.length > 0) throw new InputError(problems);
  return releases.map(({ version, date, notes }) => ({ version, date, notes }));
}

let cache: Release[] | null = null;

/** The changelog of the project this build runs in (the working directory, as for public/_headers). */
export function changelog(): Release[] {
  cache ??= parseChangelog(readFileSync(join(process.cwd(), "CHANGELOG.md"), "utf8"), "CHANGELOG.md");
  return cache;
}

/** The data page's notes for one data release; empty when the changelog has none (the test forbids that for the current one). */
export function releaseNotes(version: string): Bilingual[] {
  return changelog().find((r) => r.version === version)?.notes ?? [];
}

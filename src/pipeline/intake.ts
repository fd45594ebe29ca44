/**
 * A filled issue form (the text GitHub makes of it: `### Label` headings, each followed by the answer or
 * `_No response_`) → the one raw row it states, with the raw file it belongs in. Pure: the caller reads the form,
 * checks the row in the context of data/raw (src/pipeline/check-contribution.ts) and writes it (scripts/intake.ts).
 *
 * Every problem points at the form's own line (`form.md:LINE: …`), so the reviewer sees which answer to fix. The
 * form decides nothing about facts: the row carries the contributor's words and source, the quote goes into the
 * note, and a correction becomes a new statement beside the one it disputes — never an edit of it.
 */
import type { Problem } from "../core/problems.ts";
import { PREDIKAT } from "../method/score.ts";
import { INTAKE_FORMS, optionValue, type IntakeForm, type IntakeTarget } from "./intake-forms.ts";

/** The raw file each target writes to, and its columns in order. */
export const INTAKE_FILES: Record<IntakeTarget, { path: string; columns: readonly string[] }> = {
  awards: {
    path: "data/raw/awards/contributed.csv",
    columns: ["year", "predikat", "name_as_published", "province_as_published", "source_url", "inferred", "note"],
  },
  "award-status": {
    path: "data/raw/award-status.csv",
    columns: ["year", "status", "name_as_published", "province_as_published", "source_url", "note"],
  },
  regulations: {
    path: "data/raw/regulations.csv",
    columns: [
      "name_as_published",
      "province_as_published",
      "status",
      "kind",
      "topic",
      "number",
      "year",
      "title",
      "source_url",
      "note",
    ],
  },
};

export interface IntakeRow {
  form: IntakeForm;
  target: IntakeTarget;
  /** One value per column of INTAKE_FILES[target].columns. */
  values: Record<string, string>;
  /** Where each answer sits in the form (the line of its heading), to point problems at it. */
  lineOf: Record<string, number>;
}

const NO_RESPONSE = "_No response_";

interface Section {
  label: string;
  line: number;
  value: string;
}

/** The `### Label` sections of a form, in order; text before the first heading is ignored (GitHub writes none). */
function sections(text: string): Section[] {
  const out: Section[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    const heading = /^###\s+(.+?)\s*$/.exec(line);
    if (heading) out.push({ label: heading[1]!, line: i + 1, value: "" });
    else if (out.length > 0) out[out.length - 1]!.value += `${line}\n`;
  });
  for (const s of out) {
    // A textarea answer keeps its words, not its layout: one CSV cell, single spaces.
    s.value = s.value.replace(/\s+/g, " ").trim();
    if (s.value === NO_RESPONSE) s.value = "";
  }
  return out;
}

/** The form that was filled, recognised by its headings. */
function whichForm(found: readonly Section[]): IntakeForm | null {
  // An award form's headings are also all in the correction form (which adds "what is wrong"): of the forms whose
  // labels cover every heading, the smallest is the one that was filled.
  const covering = INTAKE_FORMS.filter((form) => {
    const labels = new Set(form.fields.map((f) => f.label));
    return found.every((s) => labels.has(s.label));
  });
  return covering.sort((a, b) => a.fields.length - b.fields.length)[0] ?? null;
}

const oneLine = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}...` : s);

export function parseIntakeForm(path: string, text: string): { row: IntakeRow | null; problems: Problem[] } {
  const found = sections(text);
  const problems: Problem[] = [];
  const fail = (line: number, message: string) => problems.push({ path, line, message });
  if (found.length === 0) {
    fail(0, "no `### ` headings found, expected the text of a filled issue form (award, regulation or correction)");
    return { row: null, problems };
  }
  const form = whichForm(found);
  if (form === null) {
    const known = new Set(INTAKE_FORMS.flatMap((f) => f.fields.map((x) => x.label)));
    const stranger = found.find((s) => !known.has(s.label)) ?? found[0]!;
    fail(
      stranger.line,
      `heading ${JSON.stringify(oneLine(stranger.label))} belongs to no form, expected the headings of the award, regulation or correction form (.github/ISSUE_TEMPLATE/)`,
    );
    return { row: null, problems };
  }

  const answers: Record<string, string> = {};
  const lineOf: Record<string, number> = {};
  for (const s of found) {
    const field = form.fields.find((f) => f.label === s.label)!;
    if (field.id in answers) fail(s.line, `"${field.label}" answered twice, expected one answer per field`);
    answers[field.id] = s.value;
    lineOf[field.id] = s.line;
  }
  const firstLine = found[0]!.line;
  for (const field of form.fields) {
    const value = answers[field.id] ?? "";
    const at = lineOf[field.id] ?? firstLine;
    if (field.required && value === "")
      fail(at, `"${field.label}" is empty, expected an answer (${field.description})`);
    if (field.options && value !== "") {
      const allowed = field.options.map(optionValue);
      const chosen = field.options.includes(value) ? optionValue(value) : value;
      if (!allowed.includes(chosen))
        fail(
          at,
          `${JSON.stringify(oneLine(value))} is not an option of "${field.label}", expected one of ${allowed.join(", ")}`,
        );
      else answers[field.id] = chosen;
    }
  }
  if (problems.length > 0) return { row: null, problems };

  const note = (): string => {
    const parts = [answers.quote ? `Source says: "${answers.quote}"` : "", answers.note ?? ""];
    if (form.id === "correction") parts.unshift(`Correction (disputes: ${answers.disputes}).`);
    return parts.filter(Boolean).join(" ");
  };
  const placeColumns = {
    name_as_published: answers.name_as_published!,
    province_as_published: answers.province_as_published!,
    source_url: answers.source_url!,
  };
  let target: IntakeTarget;
  let values: Record<string, string>;
  if (form.id === "regulation") {
    target = "regulations";
    values = {
      ...placeColumns,
      status: answers.status!,
      kind: answers.kind!,
      topic: answers.topic!,
      number: answers.number ?? "",
      year: answers.year!,
      title: answers.title ?? "",
      note: note(),
    };
  } else if ((PREDIKAT as readonly string[]).includes(answers.predikat!)) {
    target = "awards";
    values = { ...placeColumns, year: answers.year!, predikat: answers.predikat!, inferred: "no", note: note() };
    lineOf.inferred = lineOf.predikat!;
  } else {
    target = "award-status";
    values = { ...placeColumns, year: answers.year!, status: answers.predikat!, note: note() };
    lineOf.status = lineOf.predikat!;
  }
  lineOf.note = lineOf.quote ?? lineOf.note ?? firstLine;
  return { row: { form, target, values, lineOf }, problems };
}

/** What a pipeline message that names no column is about, by how it begins ("place not resolved: …"). */
const MESSAGE_SUBJECTS: readonly (readonly [RegExp, string])[] = [
  [/^place\b/, "name_as_published"],
  [/^province\b/, "province_as_published"],
  [/^year\b/, "year"],
  [/^(predikat|tier)\b/, "predikat"],
];

/**
 * A problem the raw-file checks found in the appended row, pointed back at the form: the answer named by its
 * `column "…"` when the message has one, else the form's first answer.
 */
export function problemOnForm(row: IntakeRow, formPath: string, problem: Problem): Problem {
  const column =
    /column "([a-z_]+)"/.exec(problem.message)?.[1] ?? MESSAGE_SUBJECTS.find(([re]) => re.test(problem.message))?.[1];
  const line = (column && row.lineOf[column]) || Math.min(...Object.values(row.lineOf));
  return { path: formPath, line, message: `${problem.message} (as checked in ${problem.path})` };
}

/**
 * The GitHub issue forms (.github/ISSUE_TEMPLATE/*.yml) as text, written from src/pipeline/intake-forms.ts so the
 * forms, the intake parser and the site's prefilled links can never disagree on a field. Every string is written as
 * a JSON string, which is a valid YAML double-quoted scalar: no escaping rules of our own.
 */
import { INTAKE_FORMS, type IntakeField, type IntakeForm } from "../pipeline/intake-forms.ts";

const str = (s: string) => JSON.stringify(s);

function fieldYaml(f: IntakeField): string[] {
  const lines = [
    `  - type: ${f.kind}`,
    `    id: ${f.id}`,
    "    attributes:",
    `      label: ${str(f.label)}`,
    `      description: ${str(f.description)}`,
  ];
  if (f.options) lines.push("      options:", ...f.options.map((o) => `        - ${str(o)}`));
  lines.push("    validations:", `      required: ${f.required}`);
  return lines;
}

/** One form's YAML, deterministic: fields in their defined order, `\n` line ends, a final newline. */
export function issueFormYaml(form: IntakeForm): string {
  const lines = [
    "# Written by `npm run issue-forms` from src/pipeline/intake-forms.ts; edit that file, not this one.",
    `name: ${str(form.name)}`,
    `description: ${str(form.description)}`,
    `title: ${str(form.titlePrefix)}`,
    `labels: [${form.labels.map(str).join(", ")}]`,
    "body:",
    "  - type: markdown",
    "    attributes:",
    `      value: ${str(form.intro)}`,
    ...form.fields.flatMap(fieldYaml),
  ];
  return `${lines.join("\n")}\n`;
}

/** Every form file under .github/ISSUE_TEMPLATE/, by file name. */
export function issueFormFiles(): Map<string, string> {
  return new Map(INTAKE_FORMS.map((f) => [f.file, issueFormYaml(f)]));
}

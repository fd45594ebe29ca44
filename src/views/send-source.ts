/**
 * Where a "kirim sumber" / "send a source" link leads: the GitHub issue form for that kind of fact, prefilled with
 * what the page already knows (place, province, round), so a reader with a source needs a minute and no git. GitHub
 * prefills an issue form's fields from query parameters named by the field ids, which are the raw columns
 * (src/pipeline/intake-forms.ts). Null when the site was built without a repository address (REPO_URL): the pages
 * then show the CSV route alone.
 */
import { REPO_URL } from "../core/site-location.ts";
import { intakeForm, type IntakeForm } from "../pipeline/intake-forms.ts";

export interface SourcePrefill {
  placeName?: string | null;
  provinceName?: string;
  year?: number;
}

export function issueFormUrl(
  formId: IntakeForm["id"],
  prefill: SourcePrefill,
  repoUrl: string = REPO_URL,
): string | null {
  if (repoUrl === "") return null;
  const form = intakeForm(formId);
  // The regulation form's year is the regulation's, not the award round's: only award and correction forms take it.
  const year = formId === "regulation" ? undefined : prefill.year;
  const subject = [prefill.placeName ?? prefill.provinceName, year]
    .filter((x) => x !== undefined && x !== null)
    .join(" ");
  const query = new URLSearchParams({ template: form.file, title: `${form.titlePrefix}${subject}`.trim() });
  const fields: Record<string, string | number | null | undefined> = {
    name_as_published: prefill.placeName,
    province_as_published: prefill.provinceName,
    year,
  };
  for (const [id, value] of Object.entries(fields)) {
    if (value !== undefined && value !== null && form.fields.some((f) => f.id === id)) query.set(id, String(value));
  }
  return `${repoUrl.replace(/\/+$/, "")}/issues/new?${query.toString()}`;
}

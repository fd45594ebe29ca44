/**
 * The self-assessment page in the browser. Reads the method the page carries as JSON, enables the inert form and
 * the upload, and scores with the very modules the build uses: parseSelfAssessment and readIndicatorValue for
 * input, scoreAssessment for the arithmetic. Nothing is fetched and nothing is sent: a file is read with
 * File.text() and parsed in memory. Output is built with textContent only, so nothing in a file can become markup.
 */
import { scoreAssessment, type AssessmentResult, type Method, type MethodIndicator } from "../method/score.ts";
import { parseSelfAssessment, readIndicatorValue } from "../method/self-assessment.ts";
import { nextBand, pointsLost, pointsSoFar, problemLine } from "../views/self-assessment-views.ts";

interface Strings {
  lang: "id" | "en";
  locale: string;
  text: Record<string, string>;
  indicators: Record<string, string>;
  clusters: Record<string, string>;
}

/** How many indicators the "cost the most points" list shows. */
const COSTLY_SHOWN = 5;

function readJson<T>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`self-assessment: #${id} missing`);
  return JSON.parse(el.textContent ?? "") as T;
}

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`self-assessment: #${id} missing`);
  return el as T;
}

function init(): void {
  if (document.querySelector("[data-self-assessment]") === null) return;
  const method = readJson<Method>("sa-method");
  const S = readJson<Strings>("sa-strings");
  const say = (key: string, params: Record<string, string> = {}) =>
    (S.text[key] ?? key).replace(/\{(\w+)\}/g, (_m, name: string) => params[name] ?? `{${name}}`);
  const number2 = new Intl.NumberFormat(S.locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: "always",
  });
  const integer = new Intl.NumberFormat(S.locale, { maximumFractionDigits: 0 });
  const n2 = (x: number) => number2.format(x);

  const form = byId<HTMLFormElement>("sa-form");
  const fields = byId<HTMLFieldSetElement>("sa-fields");
  const upload = byId<HTMLFieldSetElement>("sa-upload");
  const fileInput = byId<HTMLInputElement>("sa-file");
  const status = byId<HTMLElement>("sa-status");
  const errors = byId<HTMLElement>("sa-errors");
  const indicators = [...method.indicators].sort((a, b) => a.number - b.number);

  fields.disabled = false;
  upload.disabled = false;

  /** The raw text of an indicator's field ("" when empty). */
  function rawValue(ind: MethodIndicator): string {
    if (ind.kind === "percent") return (form.elements.namedItem(ind.id) as HTMLInputElement | null)?.value ?? "";
    const checked = form.querySelector<HTMLInputElement>(`input[name="${ind.id}"]:checked`);
    return checked?.value ?? "";
  }

  function showFieldError(ind: MethodIndicator, message: string | null): void {
    if (ind.kind !== "percent") return;
    const input = byId<HTMLInputElement>(`sa-${ind.id}`);
    const error = byId<HTMLElement>(`sa-${ind.id}-error`);
    if (message === null) {
      input.removeAttribute("aria-invalid");
      error.hidden = true;
      error.textContent = "";
    } else {
      input.setAttribute("aria-invalid", "true");
      error.hidden = false;
      error.textContent = say("sa.field.invalid", { message });
    }
  }

  function readForm(): Map<string, number | boolean> {
    const values = new Map<string, number | boolean>();
    for (const ind of indicators) {
      const reading = readIndicatorValue(ind, rawValue(ind));
      if (reading.ok) {
        showFieldError(ind, null);
        if (reading.value !== null) values.set(ind.id, reading.value);
      } else {
        // The field-level message reuses the reader's wording, minus the indicator id the field already shows.
        const message = problemLine(S.lang, { path: "", line: 0, message: reading.message });
        showFieldError(ind, message.replace(new RegExp(`^(nilai )?${ind.id} `, "i"), ""));
      }
    }
    return values;
  }

  function li(text: string): HTMLLIElement {
    const el = document.createElement("li");
    el.textContent = text;
    return el;
  }

  function render(result: AssessmentResult | null): void {
    const output = byId<HTMLElement>("sa-output");
    const empty = byId<HTMLElement>("sa-empty");
    const mini = byId<HTMLElement>("sa-mini");
    if (result === null) {
      output.hidden = true;
      empty.hidden = false;
      mini.hidden = true;
      return;
    }
    output.hidden = false;
    empty.hidden = true;

    const total = byId<HTMLElement>("sa-total");
    const totalOf = byId<HTMLElement>("sa-total-of");
    const predikat = byId<HTMLElement>("sa-predikat");
    const incomplete = byId<HTMLElement>("sa-incomplete");
    const soFar = pointsSoFar(result);
    total.dataset.total = result.total === null ? "" : String(result.total);
    predikat.dataset.predikat = result.predikat ?? "";
    if (result.total !== null) {
      total.textContent = `${say("sa.result.total")}: ${n2(result.total)}`;
      totalOf.textContent = say("sa.result.of", { max: integer.format(result.max) });
      predikat.textContent = `${say("sa.result.predikat")}: ${result.predikat ?? say("sa.result.noPredikat")}`;
      incomplete.hidden = true;
      const next = nextBand(method, result.total);
      byId<HTMLElement>("sa-next").hidden = next === null;
      byId<HTMLElement>("sa-next").textContent =
        next === null ? "" : say("sa.result.next", { needed: n2(next.needed), predikat: next.predikat });
    } else {
      total.textContent = `${say("sa.result.total")}: –`;
      totalOf.textContent = say("sa.result.of", { max: integer.format(result.max) });
      predikat.textContent = `${say("sa.result.predikat")}: –`;
      byId<HTMLElement>("sa-next").hidden = true;
      incomplete.hidden = false;
      incomplete.textContent = `${say("sa.result.incomplete", { n: integer.format(result.missing.length) })} ${say(
        "sa.result.soFar",
        {
          present: integer.format(result.coverage.present),
          points: n2(soFar.points),
          max: n2(soFar.max),
        },
      )}`;
    }

    const bars = byId<HTMLElement>("sa-clusters");
    bars.replaceChildren(
      ...result.clusters.map((c) => {
        const item = document.createElement("li");
        const name = document.createElement("span");
        name.className = "sa-bar__name";
        name.textContent = S.clusters[c.id] ?? c.id;
        const track = document.createElement("span");
        track.className = "sa-bar__track";
        track.setAttribute("aria-hidden", "true");
        const fill = document.createElement("span");
        fill.className = "sa-bar__fill";
        // A width set through CSSOM is not an inline style attribute in the markup (a later CSP forbids those).
        fill.style.width = `${c.score === null || c.max === 0 ? 0 : Math.min(100, (c.score / c.max) * 100)}%`;
        track.append(fill);
        const value = document.createElement("span");
        value.className = "sa-bar__value";
        value.textContent =
          c.score === null
            ? say("sa.result.clusterNone", { total: integer.format(c.total) })
            : say("sa.result.clusterLine", {
                score: n2(c.score),
                max: n2(c.max),
                present: integer.format(c.present),
                total: integer.format(c.total),
              });
        item.append(name, track, value);
        return item;
      }),
    );

    const lost = pointsLost(method, result).slice(0, COSTLY_SHOWN);
    const costly = byId<HTMLElement>("sa-costly");
    costly.replaceChildren(
      ...(lost.length === 0
        ? [li(say("sa.result.noCostly"))]
        : lost.map((p) =>
            li(`${S.indicators[p.id] ?? p.id}: ${say("sa.result.costlyLine", { lost: n2(p.lost), max: n2(p.max) })}`),
          )),
    );
    byId<HTMLElement>("sa-missing-none").hidden = result.missing.length > 0;
    byId<HTMLElement>("sa-missing-details").hidden = result.missing.length === 0;
    byId<HTMLElement>("sa-missing-summary").textContent = say("sa.result.missingCount", {
      n: integer.format(result.missing.length),
    });
    byId<HTMLElement>("sa-missing").replaceChildren(...result.missing.map((id) => li(S.indicators[id] ?? id)));

    byId<HTMLAnchorElement>("sa-mini-link").textContent =
      result.total === null
        ? say("sa.mini.partial", {
            present: integer.format(result.coverage.present),
            total: integer.format(result.coverage.total),
          })
        : say("sa.mini.total", { total: n2(result.total), predikat: result.predikat ?? say("sa.result.noPredikat") });
    mini.hidden = false;
  }

  function update(): void {
    const values = readForm();
    render(values.size === 0 ? null : scoreAssessment(method, values));
  }

  /** Put a parsed file's values into the form, so the person can go on editing them there. */
  function fillForm(values: Map<string, number | boolean>): void {
    for (const ind of indicators) {
      const value = values.get(ind.id);
      if (ind.kind === "percent") {
        const input = byId<HTMLInputElement>(`sa-${ind.id}`);
        input.value =
          typeof value === "number" ? (S.lang === "id" ? String(value).replace(".", ",") : String(value)) : "";
      } else {
        // The radios are, in order: not filled, yes, no.
        const want = value === undefined ? 0 : value ? 1 : 2;
        form
          .querySelectorAll<HTMLInputElement>(`input[name="${ind.id}"]`)
          .forEach((radio, i) => (radio.checked = i === want));
      }
    }
  }

  function showProblems(file: string, lines: string[]): void {
    byId<HTMLElement>("sa-errors-title").textContent = say("sa.errors.title", { file });
    byId<HTMLElement>("sa-errors-list").replaceChildren(...lines.map(li));
    errors.hidden = false;
    errors.focus();
  }

  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    if (file === undefined) return;
    const text = await file.text();
    const parsed = parseSelfAssessment(file.name, text, method);
    status.textContent = "";
    if (parsed.problems.length > 0) {
      showProblems(
        file.name,
        parsed.problems.map((p) => problemLine(S.lang, p)),
      );
      return;
    }
    errors.hidden = true;
    fillForm(parsed.values);
    update();
    status.textContent = say("sa.loaded", { file: file.name, n: integer.format(parsed.values.size) });
  });
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  // The reset event fires before the fields are cleared; score once they are.
  form.addEventListener("reset", () => setTimeout(update, 0));
  update();
}

init();

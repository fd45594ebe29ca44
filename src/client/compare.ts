/**
 * The comparison page in the browser (src/components/national/Compare.astro): reads the choice from the URL
 * (?a=…&b=…&c=…&d=…, place slugs), sets the form to it, renders the table from the page's JSON data block with the
 * same model as the build (compare-model.ts), and keeps the URL in step with the form (history.replaceState), so a
 * reload, the back button or a shared link shows the same places. Text goes in as text nodes only: no data from the
 * payload is ever parsed as markup.
 */
import {
  compareModel,
  fill,
  resolveSlug,
  selectPlaces,
  MAX_PLACES,
  type CompareModel,
  type ComparePayload,
} from "../views/compare-model.ts";

const SLOTS = ["a", "b", "c", "d"].slice(0, MAX_PLACES);

const dataEl = document.getElementById("compare-data");
const form = document.querySelector<HTMLFormElement>("#compare-form");
const result = document.getElementById("compare-result");
const message = document.getElementById("compare-message");
const title = document.getElementById("compare-title");
const actions = document.getElementById("compare-actions");
const copy = document.querySelector<HTMLButtonElement>("#compare-copy");

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** The same markup as CompareTable.astro. */
function renderTable(model: CompareModel): HTMLElement {
  const head = el(
    "tr",
    {},
    el("td"),
    ...model.columns.map((c) =>
      el("th", { scope: "col" }, el("a", { href: c.href }, c.name), el("span", { class: "compare-sub" }, c.sub)),
    ),
  );
  const body = model.rows.map((row) =>
    el(
      "tr",
      {},
      el("th", { scope: "row" }, row.header),
      ...row.cells.map((cell) => {
        const td = el("td");
        td.append(
          cell.status
            ? el("span", { class: `status status--${cell.status}` }, cell.text)
            : el("span", { class: "compare-value" }, cell.text),
        );
        if (cell.note) td.append(el("span", { class: "status-note" }, cell.note));
        if (cell.href) td.append(el("a", { class: "cell-source", href: cell.href }, model.sourceText));
        return td;
      }),
    ),
  );
  const table = el(
    "table",
    { class: "data-table compare-table" },
    el("caption", {}, model.caption),
    el("thead", {}, head),
    el("tbody", {}, ...body),
  );
  return el("section", { class: "table-wrap", tabindex: "0", "aria-label": model.caption }, table);
}

if (dataEl && form && result && message && title) {
  const payload = JSON.parse(dataEl.textContent ?? "{}") as ComparePayload;
  const selects = SLOTS.map((name) => form.elements.namedItem(name) as HTMLSelectElement);
  const { labels } = payload;
  const resultTitle = title.dataset.result ?? title.textContent ?? "";

  /** Render the places chosen in the form; `missing` are slugs from the URL that name no place. */
  function update(missing: string[], writeUrl: boolean): void {
    // Options carry the place's name as their value (see Compare.astro).
    const { chosen } = selectPlaces(
      payload,
      selects.map((s) => resolveSlug(payload, s.value)),
    );
    if (writeUrl) {
      const url = new URL(window.location.href);
      SLOTS.forEach((slot, i) => {
        const place = chosen[i];
        if (place) url.searchParams.set(slot, place[0]);
        else url.searchParams.delete(slot);
      });
      history.replaceState(null, "", url);
    }
    const notes: string[] = [];
    if (missing.length > 0) notes.push(fill(labels.notFound, { slugs: missing.join(", ") }));
    if (chosen.length > 0) {
      const model = compareModel(payload, chosen);
      result!.replaceChildren(renderTable(model));
      title!.textContent = resultTitle;
      notes.push(chosen.length < 2 ? labels.tooFew : fill(labels.announce, { names: model.names }));
    } else {
      result!.replaceChildren();
      notes.push(labels.tooFew);
    }
    message!.textContent = notes.join(" ");
  }

  function readUrl(): void {
    const params = new URLSearchParams(window.location.search);
    const wanted = SLOTS.map((slot) => resolveSlug(payload, params.get(slot) ?? ""));
    if (wanted.every((w) => w === "")) return; // no choice in the URL: keep the example
    const { chosen, missing } = selectPlaces(payload, wanted);
    selects.forEach((select, i) => {
      select.value = chosen[i]?.[1] ?? "";
    });
    update(missing, false);
  }

  form.addEventListener("change", () => update([], true));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update([], true);
  });
  // The page may come back from the back/forward cache with the form as the reader left it: the URL is the truth.
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) readUrl();
  });

  if (actions && copy && navigator.clipboard) {
    actions.hidden = false;
    copy.addEventListener("click", () => {
      navigator.clipboard.writeText(window.location.href).then(
        () => {
          message!.textContent = copy.dataset.copied ?? "";
        },
        () => {
          message!.textContent = copy.dataset.failed ?? "";
        },
      );
    });
  }

  readUrl();
}

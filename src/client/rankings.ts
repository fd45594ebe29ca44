/**
 * Enhances the rankings tables (src/components/national/Rankings.astro, and the indicator and cluster rankings of
 * src/components/national/IndicatorRanking.astro and ClusterRanking.astro), which are complete without this
 * script: shows the filter form, filters the rows of every `table.rank-table` by province, type, status and text
 * (words anywhere in the name, its aliases or the province; accents and case ignored), sorts each table by any
 * column (aria-sort on the header, a button inside it), keeps the filters in the URL (?q=&prov=&type=&status=, so
 * a link or the home search box reproduces the view), and announces "showing N of 514" in a live region.
 *
 * A table says where its place name and province are (data-name-col, data-province-col; 0 and 3 by default); a
 * page without a status filter simply has no status field; a header with data-sort-first="ascending" sorts
 * ascending on the first press (a rank: 1 first).
 */

const form = document.querySelector<HTMLFormElement>("#rank-filters");
const tables = [...document.querySelectorAll<HTMLTableElement>("table.rank-table")];
const counter = document.querySelector<HTMLElement>("#rank-count");
const empty = document.querySelector<HTMLElement>("#rank-empty");

const FIELDS = ["q", "prov", "type", "status"] as const;
type Field = (typeof FIELDS)[number];

function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

interface Row {
  tr: HTMLTableRowElement;
  haystack: string;
  prov: string;
  type: string;
  status: string;
}

if (form && tables.length > 0 && counter && empty) {
  const rows: Row[] = tables.flatMap((table) => {
    const nameCol = Number(table.dataset.nameCol ?? 0);
    const provinceCol = Number(table.dataset.provinceCol ?? 3);
    return [...(table.tBodies[0]?.rows ?? [])].map((tr) => ({
      tr,
      // Name, aliases and province, so "kupang", "solo" and "ntt kupang" all work.
      haystack: ` ${fold([tr.cells[nameCol]?.textContent ?? "", (tr.dataset.alias ?? "").replace(/\|/g, " "), tr.cells[provinceCol]?.textContent ?? ""].join(" "))} `,
      prov: tr.dataset.prov ?? "",
      type: tr.dataset.type ?? "",
      status: tr.dataset.status ?? "",
    }));
  });
  const total = rows.length;
  const locale = document.documentElement.lang === "id" ? "id-ID" : "en";
  const nf = new Intl.NumberFormat(locale, { useGrouping: "always" } as Intl.NumberFormatOptions);
  // A page without a status filter has no such field: its value reads as "" (no filter).
  const fields = FIELDS.filter((name) => form.elements.namedItem(name) !== null);
  const control = (name: Field) =>
    (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null) ?? { value: "" };

  const AWARDED = new Set(["KLA", "Utama", "Nindya", "Madya", "Pratama", "tier-unknown", "conflict"]);

  function apply(announce: boolean): void {
    const words = fold(control("q").value).split(" ").filter(Boolean);
    const prov = control("prov").value;
    const type = control("type").value;
    const status = control("status").value;
    let shown = 0;
    for (const r of rows) {
      const match =
        (prov === "" || r.prov === prov) &&
        (type === "" || r.type === type) &&
        (status === "" || r.status === status || (status === "awarded" && AWARDED.has(r.status))) &&
        words.every((w) => r.haystack.includes(w));
      r.tr.hidden = !match;
      if (match) shown++;
    }
    empty!.hidden = shown > 0;
    const text = (form!.dataset.count ?? "{shown}/{total}")
      .replace("{shown}", nf.format(shown))
      .replace("{total}", nf.format(total));
    // A live region speaks when its text changes; skip the update on load so the count is not read out unasked.
    if (announce || counter!.textContent === "") counter!.textContent = text;
  }

  function syncUrl(): void {
    const url = new URL(window.location.href);
    for (const name of fields) {
      const value = control(name).value.trim();
      if (value === "") url.searchParams.delete(name);
      else url.searchParams.set(name, value);
    }
    history.replaceState(null, "", url);
  }

  function readUrl(): void {
    const params = new URLSearchParams(window.location.search);
    for (const name of fields) {
      const value = params.get(name) ?? "";
      const el = control(name);
      if (el instanceof HTMLSelectElement && value !== "" && ![...el.options].some((o) => o.value === value)) continue;
      el.value = value;
    }
  }

  // Sorting: a button in each header; the first press sorts numbers high-to-low (best predikat, most sources) and
  // text A–Z; the next press reverses. The original order (province then name, or rank) is the tie-breaker.
  const original = new Map(rows.map((r, i) => [r.tr, i]));
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  for (const table of tables) enhanceSorting(table);

  function enhanceSorting(table: HTMLTableElement): void {
    const tbody = table.tBodies[0] as HTMLTableSectionElement;
    const headers = [...(table.tHead?.rows[0]?.cells ?? [])] as HTMLTableCellElement[];
    headers.forEach((th, col) => {
      const numeric = th.dataset.sortType === "number";
      const ascendingFirst = th.dataset.sortFirst === "ascending";
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.append(button);
      button.addEventListener("click", () => {
        const current = th.getAttribute("aria-sort");
        const first = numeric && !ascendingFirst ? "descending" : "ascending";
        const direction = current === first ? (first === "ascending" ? "descending" : "ascending") : first;
        headers.forEach((h) => h.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", direction);
        const key = (tr: HTMLTableRowElement): string | number => {
          const cell = tr.cells[col];
          if (!cell) return "";
          // data-sort holds a plain number (decimals with "."); printed text keeps only its digits.
          if (numeric && cell.dataset.sort !== undefined) return Number(cell.dataset.sort);
          const raw = cell.dataset.sort ?? cell.textContent ?? "";
          return numeric ? Number(raw.replace(/[^\d-]/g, "")) : raw.trim();
        };
        const sign = direction === "ascending" ? 1 : -1;
        const keyed = [...tbody.rows].map((tr) => ({ tr, k: key(tr), i: original.get(tr) ?? 0 }));
        keyed.sort((a, b) => {
          const cmp =
            typeof a.k === "number" && typeof b.k === "number" ? a.k - b.k : collator.compare(String(a.k), String(b.k));
          return sign * cmp || a.i - b.i;
        });
        tbody.append(...keyed.map((x) => x.tr));
      });
    });
  }

  let timer: number | undefined;
  form.addEventListener("input", (event) => {
    window.clearTimeout(timer);
    const delay = event.target instanceof HTMLInputElement ? 200 : 0;
    timer = window.setTimeout(() => {
      apply(true);
      syncUrl();
    }, delay);
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("reset", () => {
    // The reset event fires before the fields are cleared.
    window.setTimeout(() => {
      apply(true);
      syncUrl();
    }, 0);
  });

  readUrl();
  form.hidden = false;
  counter.hidden = false;
  apply(false);
}

/**
 * Client side of the search page: read ?q=, query the Pagefind index of this page's language, and list the
 * results. Result text is inserted as text nodes (Pagefind's <mark> highlights are rebuilt as elements), so nothing
 * from the index can become markup. Results named as typed come first (src/client/search-rank.ts says why).
 */
import { parseAka, rankByName } from "./search-rank.ts";
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; aka?: string };
}
interface Pagefind {
  options(o: { baseUrl?: string }): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

const MAX_RESULTS = 20;
/** Results loaded before re-ranking: enough that a place named exactly as typed is among them ("Solo" puts Kota
 * Surakarta 4th behind the Solok pages), few enough to load at once. */
const RANK_WINDOW = 40;

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_m, k: string) => String(params[k] ?? ""));
}

/** "a <mark>b</mark> c" → text nodes and <mark> elements, without parsing HTML. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");
  return excerpt
    .split(/(<mark>.*?<\/mark>)/g)
    .filter(Boolean)
    .map((part) => {
      const marked = /^<mark>(.*)<\/mark>$/.exec(part);
      if (!marked) return document.createTextNode(decode(part.replace(/<[^>]*>/g, "")));
      const mark = document.createElement("mark");
      mark.textContent = decode(marked[1]!.replace(/<[^>]*>/g, ""));
      return mark;
    });
}

export async function runSearchPage(): Promise<void> {
  const input = document.getElementById("search-q") as HTMLInputElement | null;
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const messages = JSON.parse(document.getElementById("search-messages")?.textContent ?? "{}") as Record<
    string,
    string
  >;
  if (!input || !status || !list) return;
  const q = new URLSearchParams(location.search).get("q")?.trim() ?? "";
  input.value = q;
  if (q === "") return;
  status.textContent = messages.loading ?? "";
  try {
    const base = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    const search = await pagefind.search(q);
    const loaded = await Promise.all(search.results.slice(0, RANK_WINDOW).map((r) => r.data()));
    const ranked = rankByName(
      q,
      loaded.map((r) => ({ ...r, title: r.meta.title ?? r.url, otherNames: parseAka(r.meta.aka) })),
    );
    const results = ranked.slice(0, MAX_RESULTS);
    list.replaceChildren(
      ...results.map((r) => {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = r.url;
        a.textContent = r.title.replace(/ — Atlas Kota Layak Anak$/, "");
        const p = document.createElement("p");
        p.append(...excerptNodes(r.excerpt));
        li.append(a, p);
        return li;
      }),
    );
    status.textContent =
      results.length === 0
        ? fill(messages.none ?? "", { q })
        : fill(messages.count ?? "", { n: search.results.length, q });
  } catch (error) {
    console.warn("search:", error);
    status.textContent = messages.error ?? "";
  }
}

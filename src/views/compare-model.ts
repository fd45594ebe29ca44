/**
 * The comparison table as data, shared by the page (rendered at build time for the example comparison, in
 * Compare.astro) and the browser (src/client/compare.ts, for the reader's choice): one function decides what the
 * table says, so the two renderings cannot drift apart. No imports: this file is bundled for the browser, and the
 * payload already carries every label and every number formatted for the page's language.
 */

/**
 * One place: [slug, name, type (0 kabupaten, 1 kota), province index, status code per round joined by ",",
 * stunting value as printed ("" = none), stunting year (0 = none), survey index, stunting source index].
 * The sources of each round's predikat are on the place's own page (the column header links to it): listing them
 * here would triple the payload.
 * Status codes: K U N M P (tiers), t (awarded, tier not stated), c (sources disagree), x (not awarded),
 * ? (unknown); a trailing "*" marks an inferred row.
 */
export type PlaceTuple = [string, string, 0 | 1, number, string, string, number, number, number];

export interface CompareLabels {
  type: [string, string];
  /** Status code letter → label. */
  status: Record<string, string>;
  inferred: string;
  roundRow: string;
  stuntingRow: string;
  stuntingNote: string;
  stuntingNoteNoNational: string;
  noData: string;
  source: string;
  caption: string;
  tooFew: string;
  notFound: string;
  announce: string;
}

export interface ComparePayload {
  /** BCP 47 locale of the page, for joining names ("a, b, dan c"). */
  locale: string;
  rounds: number[];
  provinces: string[];
  surveys: string[];
  sources: string[];
  /** National stunting figure per year, already formatted. */
  national: Record<string, string>;
  places: PlaceTuple[];
  /** Prefix of a place page; the slug and "/" are appended. */
  placeHref: string;
  labels: CompareLabels;
}

/** Status code letter → CSS modifier (`status--nindya`), shared with the rankings table. */
export const STATUS_CLASS: Readonly<Record<string, string>> = {
  K: "kla",
  U: "utama",
  N: "nindya",
  M: "madya",
  P: "pratama",
  t: "tier-unknown",
  c: "conflict",
  x: "not-awarded",
  "?": "unknown",
};

export interface CompareCell {
  text: string;
  /** CSS modifier of a status chip; absent for plain values. */
  status?: string;
  /** Small print under the value (inferred, survey and year). */
  note?: string;
  href?: string;
}

export interface CompareColumn {
  slug: string;
  name: string;
  href: string;
  /** "Kota · Jawa Barat". */
  sub: string;
}

export interface CompareModel {
  caption: string;
  /** Text of the link to a cell's source. */
  sourceText: string;
  /** Names of the compared places joined for a sentence. */
  names: string;
  columns: CompareColumn[];
  rows: { header: string; cells: CompareCell[] }[];
}

export const MAX_PLACES = 4;

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (params[k] === undefined ? m : String(params[k])));
}

/**
 * A place's slug from what a URL or the form carries: the slug itself, or (from the form without JavaScript, whose
 * options carry no value attribute to keep the page small) the place's name.
 */
export function resolveSlug(payload: ComparePayload, value: string): string {
  const v = value.trim();
  if (v === "") return "";
  const place = payload.places.find((p) => p[0] === v) ?? payload.places.find((p) => p[1] === v);
  return place ? place[0] : v;
}

/** The places named by `slugs`, in order, without duplicates or blanks, at most four; and the slugs not found. */
export function selectPlaces(
  payload: ComparePayload,
  slugs: readonly string[],
): { chosen: PlaceTuple[]; missing: string[] } {
  const bySlug = new Map(payload.places.map((p) => [p[0], p]));
  const chosen: PlaceTuple[] = [];
  const missing: string[] = [];
  for (const slug of slugs) {
    if (slug === "" || chosen.some((p) => p[0] === slug)) continue;
    const place = bySlug.get(slug);
    if (place === undefined) missing.push(slug);
    else if (chosen.length < MAX_PLACES) chosen.push(place);
  }
  return { chosen, missing };
}

export function joinNames(locale: string, names: string[]): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(names);
}

export function compareModel(payload: ComparePayload, chosen: readonly PlaceTuple[]): CompareModel {
  const { labels } = payload;
  const names = joinNames(
    payload.locale,
    chosen.map((p) => p[1]),
  );
  const columns = chosen.map(([slug, name, type, province]) => ({
    slug,
    name,
    href: `${payload.placeHref}${slug}/`,
    sub: `${labels.type[type]} · ${payload.provinces[province] ?? ""}`,
  }));
  const rows = payload.rounds.map((year, i) => ({
    header: fill(labels.roundRow, { year }),
    cells: chosen.map((p): CompareCell => {
      const raw = p[4].split(",")[i] ?? "?";
      const code = raw.replace("*", "");
      const cell: CompareCell = { text: labels.status[code] ?? code, status: STATUS_CLASS[code] ?? "unknown" };
      if (raw.endsWith("*")) cell.note = labels.inferred;
      return cell;
    }),
  }));
  rows.push({
    header: labels.stuntingRow,
    cells: chosen.map((p): CompareCell => {
      const [, , , , , value, year, survey, source] = p;
      if (value === "") return { text: labels.noData };
      const national = payload.national[String(year)];
      const params = { survey: payload.surveys[survey] ?? "", year, national: national ?? "" };
      const cell: CompareCell = {
        text: value,
        note: fill(national === undefined ? labels.stuntingNoteNoNational : labels.stuntingNote, params),
      };
      const href = payload.sources[source];
      if (href !== undefined) cell.href = href;
      return cell;
    }),
  });
  return { caption: fill(labels.caption, { names }), sourceText: labels.source, names, columns, rows };
}

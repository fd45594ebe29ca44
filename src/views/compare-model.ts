/**
 * The comparison table as data, shared by the page (rendered at build time for the example comparison, in
 * Compare.astro) and the browser (src/client/compare.ts, for the reader's choice): one function decides what the
 * table says, so the two renderings cannot drift apart. No imports: this file is bundled for the browser, and the
 * payload already carries every label and every number formatted for the page's language.
 */

/**
 * One place: [slug, name, type (0 kabupaten, 1 kota), province index, status code per round joined by ",",
 * series values, cluster scores].
 * - Series values: one slot per `series` of the payload, joined by ";"; a slot is "" (no value) or
 *   "value~year~survey index~caveat letters~source index", the value as printed ("23,5 %", or "23,5 % / 23,3 %"
 *   where sources differ), the place's latest year with a kab/kota value. A year, survey or source equal to the
 *   series' default is left empty, and empty fields at the end are cut ("26,9 %"): it halves the payload.
 * - Cluster scores: "" (none) or "year;" then one slot per `clusters` entry joined by ";": "" or "score~present",
 *   the score as printed, for the year with the most indicators scored (as the place's profile shows it).
 * The sources of each round's predikat are on the place's own page (the column header links to it): listing them
 * here would triple the payload.
 * Status codes: K U N M P (tiers), t (awarded, tier not stated), c (sources disagree), x (not awarded),
 * ? (unknown); a trailing "*" marks an inferred row.
 */
export type PlaceTuple = [string, string, 0 | 1, number, string, string, string];

/** A kab/kota series in the comparison: its name, national figure per year as printed, and the slots' defaults. */
export interface CompareSeries {
  label: string;
  national: Record<string, string>;
  year: string;
  /** Index into `surveys` and `sources`, as text. */
  survey: string;
  source: string;
}

/** A cluster in the comparison: its label, full maximum as printed, and how many indicators it has. */
export interface CompareCluster {
  label: string;
  max: string;
  total: number;
}

export interface CompareLabels {
  type: [string, string];
  /** Status code letter → label. */
  status: Record<string, string>;
  inferred: string;
  roundRow: string;
  seriesRow: string;
  seriesNote: string;
  seriesNoteNoNational: string;
  /** Caveat letter → label (c conflict, d doubtful, r RSE>25%, n N<50, s small sample). */
  caveats: Record<string, string>;
  clusterRow: string;
  clusterCell: string;
  clusterNote: string;
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
  series: CompareSeries[];
  clusters: CompareCluster[];
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
  const slots = (text: string, at: number) => (text === "" ? "" : (text.split(";")[at] ?? ""));
  payload.series.forEach((series, i) => {
    const cells = chosen.map((p): CompareCell => {
      const slot = slots(p[5], i);
      if (slot === "") return { text: labels.noData };
      const [value = "", y = "", sv = "", caveats = "", src = ""] = slot.split("~");
      const year = y || series.year;
      const survey = sv || series.survey;
      const source = src || series.source;
      const national = series.national[year];
      const params = { survey: payload.surveys[Number(survey)] ?? "", year, national: national ?? "" };
      const note = [
        fill(national === undefined ? labels.seriesNoteNoNational : labels.seriesNote, params),
        ...[...caveats].map((c) => labels.caveats[c] ?? c),
      ].join(" · ");
      const cell: CompareCell = { text: value, note };
      const href = payload.sources[Number(source)];
      if (href !== undefined) cell.href = href;
      return cell;
    });
    // A series none of the chosen places has is left out rather than shown as a row of "no data".
    if (cells.some((c) => c.note !== undefined))
      rows.push({ header: fill(labels.seriesRow, { series: series.label }), cells });
  });
  payload.clusters.forEach((cluster, i) => {
    const cells = chosen.map((p): CompareCell => {
      const [year = "", ...scores] = p[6] === "" ? [] : p[6].split(";");
      const slot = scores[i] ?? "";
      if (slot === "") return { text: labels.noData };
      const [score = "", present = ""] = slot.split("~");
      return {
        text: fill(labels.clusterCell, { score, max: cluster.max }),
        note: fill(labels.clusterNote, { present, total: cluster.total, year }),
      };
    });
    if (cells.some((c) => c.note !== undefined))
      rows.push({ header: fill(labels.clusterRow, { cluster: cluster.label }), cells });
  });
  return { caption: fill(labels.caption, { names }), sourceText: labels.source, names, columns, rows };
}

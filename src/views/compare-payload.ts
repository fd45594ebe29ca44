/**
 * The comparison page's data block, built at build time: per place only what the table shows (name, type,
 * province, status per round, latest stunting value with its source), every label in the page's language
 * and every number already formatted, so the browser script needs neither the dictionaries nor the formatter.
 * Repeated strings (provinces, surveys, source URLs) are listed once and referenced by index.
 */
import type { SiteData } from "../pipeline/artefact.ts";
import { STATUS_CODE, compareRows } from "./national-views.ts";
import { formatPercent, statusLabel, type RoundStatus } from "../i18n/format.ts";
import { LOCALE, localePath, type Lang } from "../i18n/index.ts";
import { tn } from "../i18n/pages/national.ts";
import {
  compareModel,
  selectPlaces,
  type CompareModel,
  type ComparePayload,
  type PlaceTuple,
} from "./compare-model.ts";

const STUNTING = "stunting_balita";

export function comparePayload(d: SiteData, lang: Lang): ComparePayload {
  const { rounds, rows } = compareRows(d, STUNTING);
  const provinceIndex = new Map(d.provinces.map((p, i) => [p.code, i]));
  const surveys: string[] = [];
  const sources: string[] = [];
  const indexOf = (list: string[], value: string) => {
    let i = list.indexOf(value);
    if (i < 0) i = list.push(value) - 1;
    return i;
  };
  const sorted = [...rows].sort(
    (a, b) =>
      a.place.provinceName.localeCompare(b.place.provinceName, "id") || a.place.name.localeCompare(b.place.name, "id"),
  );
  const places: PlaceTuple[] = sorted.map((r) => {
    const s = r.stunting;
    return [
      r.place.slug,
      r.place.name,
      r.place.type === "kota" ? 1 : 0,
      provinceIndex.get(r.place.provinceCode) ?? -1,
      r.codes.join(","),
      s === null ? "" : formatPercent(lang, s.value),
      s?.year ?? 0,
      s === null ? 0 : indexOf(surveys, s.survey),
      s === null ? 0 : indexOf(sources, s.sourceUrl),
    ];
  });
  const national: Record<string, string> = {};
  for (const v of d.indicators) {
    if (v.seriesId === STUNTING && v.areaLevel === "national" && !v.conflict)
      national[String(v.year)] = formatPercent(lang, v.value);
  }
  const status: Record<string, string> = {};
  for (const [s, code] of Object.entries(STATUS_CODE)) status[code] = statusLabel(lang, s as RoundStatus);
  const keep = (key: Parameters<typeof tn>[1], params: Record<string, string> = {}) => tn(lang, key, params);
  return {
    locale: LOCALE[lang],
    rounds,
    provinces: d.provinces.map((p) => p.name),
    surveys,
    sources,
    national,
    places,
    placeHref: localePath(lang, "/daerah/"),
    labels: {
      type: [tn(lang, "type.kabupaten"), tn(lang, "type.kota")],
      status,
      inferred: tn(lang, "cmp.inferred"),
      // Placeholders stay placeholders: compare-model fills them per place.
      roundRow: keep("cmp.roundRow", { year: "{year}" }),
      stuntingRow: tn(lang, "cmp.stuntingRow"),
      stuntingNote: keep("cmp.stuntingNote", { survey: "{survey}", year: "{year}", national: "{national}" }),
      stuntingNoteNoNational: keep("cmp.stuntingNoteNoNational", { survey: "{survey}", year: "{year}" }),
      noData: tn(lang, "cmp.noData"),
      source: tn(lang, "cmp.source"),
      caption: keep("cmp.caption", { names: "{names}" }),
      tooFew: tn(lang, "cmp.tooFew"),
      notFound: keep("cmp.notFound", { slugs: "{slugs}" }),
      announce: keep("cmp.announce", { names: "{names}" }),
    },
  };
}

/** What the comparison page prints besides the data block: the pre-rendered example and the place picker's options. */
export interface ComparePage {
  payload: ComparePayload;
  model: CompareModel;
  /** Options grouped by province label, in the payload's order (province name, then place name). */
  groups: { province: string; places: { slug: string; name: string }[] }[];
  /** Years without an award round within the compared rounds (2020, 2024), for the table's note. */
  noRoundYears: number[];
}

export function comparePage(d: SiteData, lang: Lang, exampleSlugs: readonly string[]): ComparePage {
  const payload = comparePayload(d, lang);
  const model = compareModel(payload, selectPlaces(payload, exampleSlugs).chosen);
  const groups: ComparePage["groups"] = [];
  for (const [slug, name, , province] of payload.places) {
    const label = payload.provinces[province] ?? "";
    const last = groups[groups.length - 1];
    if (last?.province === label) last.places.push({ slug, name });
    else groups.push({ province: label, places: [{ slug, name }] });
  }
  const noRoundYears = d.rounds.filter((r) => !r.held && r.year >= (payload.rounds[0] ?? 0)).map((r) => r.year);
  return { payload, model, groups, noRoundYears };
}

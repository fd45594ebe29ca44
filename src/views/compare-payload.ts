/**
 * The comparison page's data block, built at build time: per place only what the table shows (name, type,
 * province, status per round, the latest value of each kab/kota series with its year, caveats and source, the
 * cluster scores with how many indicators each rests on), every label in the page's language and every number
 * already formatted, so the browser script needs neither the dictionaries nor the formatter. Repeated strings
 * (provinces, surveys, source URLs) are listed once and referenced by index.
 */
import type { IndicatorValue, SiteData } from "../pipeline/artefact.ts";
import type { ValueCaveat } from "../method/caveats.ts";
import { STATUS_CODE, compareRows } from "./national-views.ts";
import { formatNumber, statusLabel, type RoundStatus } from "../i18n/format.ts";
import { LOCALE, localePath, type Lang } from "../i18n/index.ts";
import { seriesName } from "../i18n/series.ts";
import { formatValue } from "../charts/indicator-comparison.ts";
import { tn } from "../i18n/pages/national.ts";
import { tp } from "../i18n/pages/profile.ts";
import { tr } from "../i18n/pages/rankings.ts";
import { rankedSeries } from "./kabkota-rankings.ts";
import { caveatsOf } from "./rank-rule.ts";
import { viewIndex } from "./view-index.ts";
import {
  compareModel,
  selectPlaces,
  type CompareModel,
  type ComparePayload,
  type PlaceTuple,
} from "./compare-model.ts";

/** One letter per caveat in the payload (see PlaceTuple). */
const CAVEAT_LETTER: Readonly<Record<ValueCaveat, string>> = {
  conflict: "c",
  doubtful: "d",
  "rse-over-25": "r",
  "n-under-50": "n",
  "small-sample": "s",
};

/** The year of a place's cluster scores: the one with the most indicators scored, the latest of equals. */
function bestScoreYear(rows: readonly { year: number; present: number }[]): number | null {
  const presentIn = new Map<number, number>();
  for (const r of rows) presentIn.set(r.year, (presentIn.get(r.year) ?? 0) + r.present);
  return [...presentIn].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}

export function comparePayload(d: SiteData, lang: Lang): ComparePayload {
  const { rounds, rows } = compareRows(d);
  const ix = viewIndex(d);
  // The series with a kab/kota ranking (scored, with kab/kota values); context series stay on the profiles, to keep
  // the payload small.
  const kabkotaSeries = rankedSeries(d);
  const clusters = [...d.method.clusters].sort((a, b) => a.order - b.order);
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
  // A place's latest kab/kota value of a series: every figure of that year (two where sources differ), its caveats.
  const latestOf = (values: readonly IndicatorValue[], seriesId: string): IndicatorValue[] => {
    const own = values.filter((v) => v.seriesId === seriesId && v.areaLevel === "kabkota");
    if (own.length === 0) return [];
    const year = Math.max(...own.map((v) => v.year));
    return own.filter((v) => v.year === year);
  };
  const latest = new Map(
    rows.map((r) => {
      const values = ix.indicatorsByArea.get(r.place.code) ?? [];
      return [r.place.code, kabkotaSeries.map((s) => latestOf(values, s.id))] as const;
    }),
  );
  // The commonest year, survey and source of each series are the payload's defaults: a slot leaves them out.
  const commonest = (xs: readonly (string | number)[]): string => {
    const n = new Map<string, number>();
    for (const x of xs) n.set(String(x), (n.get(String(x)) ?? 0) + 1);
    return [...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "";
  };
  const defaults = kabkotaSeries.map((_, i) => {
    const firsts = [...latest.values()].map((l) => l[i]![0]).filter((v): v is IndicatorValue => v !== undefined);
    return {
      year: commonest(firsts.map((v) => v.year)),
      survey: commonest(firsts.map((v) => indexOf(surveys, v.survey))),
      source: commonest(firsts.map((v) => indexOf(sources, v.sourceUrl))),
    };
  });
  const seriesSlot = (inYear: readonly IndicatorValue[], i: number): string => {
    if (inYear.length === 0) return "";
    const unit = kabkotaSeries[i]!.unit;
    const def = defaults[i]!;
    const figures = [...new Set(inYear.map((v) => v.value))].sort((a, b) => a - b);
    const first = inYear[0]!;
    const orDefault = (x: string | number, d: string) => (String(x) === d ? "" : String(x));
    return [
      figures.map((x) => formatValue(lang, x, unit)).join(" / "),
      orDefault(first.year, def.year),
      orDefault(indexOf(surveys, first.survey), def.survey),
      caveatsOf(inYear)
        .map((c) => CAVEAT_LETTER[c])
        .join(""),
      orDefault(indexOf(sources, first.sourceUrl), def.source),
    ]
      .join("~")
      .replace(/~+$/, "");
  };
  const clusterSlot = (code: string): string => {
    const scores = ix.scoresByArea.get(code) ?? [];
    const year = bestScoreYear(scores);
    if (year === null) return "";
    const slots = clusters.map((c) => {
      const s = scores.find((x) => x.year === year && x.cluster === c.id);
      return s === undefined || s.score === null ? "" : `${formatNumber(lang, s.score, 2)}~${s.present}`;
    });
    return [year, ...slots].join(";");
  };
  const places: PlaceTuple[] = sorted.map((r) => {
    return [
      r.place.slug,
      r.place.name,
      r.place.type === "kota" ? 1 : 0,
      provinceIndex.get(r.place.provinceCode) ?? -1,
      r.codes.join(","),
      latest
        .get(r.place.code)!
        .map((inYear, i) => seriesSlot(inYear, i))
        .join(";"),
      clusterSlot(r.place.code),
    ];
  });
  const series = kabkotaSeries.map((s, i) => {
    const national: Record<string, string> = {};
    for (const v of s.values)
      if (v.areaLevel === "national" && !v.conflict) national[String(v.year)] = formatValue(lang, v.value, s.unit);
    return { label: seriesName(lang, s.id).name, national, ...defaults[i]! };
  });
  const indicatorsIn = (id: string) => d.method.indicators.filter((i) => i.clusterId === id);
  const caveats: Record<string, string> = {};
  for (const [c, letter] of Object.entries(CAVEAT_LETTER))
    caveats[letter] = tp(lang, `scored.caveat.${c as ValueCaveat}`);
  const status: Record<string, string> = {};
  for (const [s, code] of Object.entries(STATUS_CODE)) status[code] = statusLabel(lang, s as RoundStatus);
  const keep = (key: Parameters<typeof tn>[1], params: Record<string, string> = {}) => tn(lang, key, params);
  return {
    locale: LOCALE[lang],
    rounds,
    provinces: d.provinces.map((p) => p.name),
    surveys,
    sources,
    series,
    clusters: clusters.map((c) => ({
      label: tp(lang, `cluster.${c.id}` as Parameters<typeof tp>[1]),
      max: formatNumber(
        lang,
        indicatorsIn(c.id).reduce((sum, i) => sum + i.maxPoints, 0),
        2,
      ),
      total: indicatorsIn(c.id).length,
    })),
    places,
    placeHref: localePath(lang, "/daerah/"),
    labels: {
      type: [tn(lang, "type.kabupaten"), tn(lang, "type.kota")],
      status,
      inferred: tn(lang, "cmp.inferred"),
      // Placeholders stay placeholders: compare-model fills them per place.
      roundRow: keep("cmp.roundRow", { year: "{year}" }),
      seriesRow: tr(lang, "cmp.seriesRow", { series: "{series}" }),
      seriesNote: tr(lang, "cmp.seriesNote", { survey: "{survey}", year: "{year}", national: "{national}" }),
      seriesNoteNoNational: tr(lang, "cmp.seriesNoteNoNational", { survey: "{survey}", year: "{year}" }),
      caveats,
      clusterRow: tr(lang, "cmp.clusterRow", { cluster: "{cluster}" }),
      clusterCell: tr(lang, "cmp.clusterCell", { score: "{score}", max: "{max}" }),
      clusterNote: tr(lang, "cmp.clusterNote", { present: "{present}", total: "{total}", year: "{year}" }),
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

/**
 * Indicator values: every raw indicator file → one sorted list of `IndicatorValue`, each with its source and the
 * caveats it carries (a conflict with another source, a doubtful row, a survey flag, a small-sample estimate). Which
 * of them are scored is not decided here: the method's caveat rules decide (`scorableValues`).
 *
 * The full kab/kota tables cite two things per value: the primary (official) source and the public copy ("carrier")
 * it was read from, joined through `source_id` to kabkota_sources.csv. Their printed codes clash between copies
 * (Papua is numbered differently), so places are joined by name only, through the project's resolver and aliases.
 */
import { quoteValue } from "../core/problems.ts";
import { SOURCE_FLAGS, type IndicatorSeries, type IndicatorValue } from "./artefact.ts";
import { scoredDespite, type CaveatRule, type ValueCaveat } from "../method/caveats.ts";
import { normalisePlaceName, resolvePlace, type Resolution } from "./names.ts";
import { NATIONAL_CODE, type Gazetteer } from "./places.ts";
import type { FormatId, RowOf } from "./raw-formats.ts";
import type { Located } from "./read-facts.ts";

type RowsOf<F extends FormatId> = Located<RowOf<F>>[];

export interface IndicatorChecks {
  g: Gazetteer;
  reject(path: string, line: number, message: string): void;
  /** Resolve a province name (rejecting the row when it does not resolve); null when rejected. */
  province(path: string, line: number, name: string): string | null;
  /** The series the method knows (data/method/series.csv): a value of any other could not be scored or named. */
  series: ReadonlySet<string>;
}

/**
 * A row's series must be one the method lists; otherwise the row is rejected with its line, as a contributor's
 * typo should be (before: the scoring engine threw on the whole build, `observations: … unknown series`).
 */
function knownSeries(checks: IndicatorChecks, r: Located<unknown>, column: string, id: string): boolean {
  if (checks.series.has(id)) return true;
  const listed = [...checks.series].sort();
  checks.reject(
    r.path,
    r.line,
    `column "${column}": unknown series ${quoteValue(id)}, expected one listed in data/method/series.csv (${listed.slice(0, 4).join(", ")}, … ${listed.length} in all)`,
  );
  return false;
}

export interface IndicatorRows {
  provinceIndicators: RowsOf<"provinceIndicators">;
  stuntingKabkota: RowsOf<"stuntingKabkota">;
  kabkotaIndicators: RowsOf<"kabkotaIndicators">;
  kabkotaSki: RowsOf<"kabkotaSki">;
  kabkotaSources: RowsOf<"kabkotaSources">;
}

const surveyIn = (title: string) => /\b(SSGI|SKI|Susenas|Sakernas)\b/i.exec(title)?.[1] ?? "";

/** The compiler's mark on a row whose origin is unknown ("DOUBTFUL: SSGI 2024 did not publish this province …"). */
const isDoubtful = (note: string) => /^DOUBTFUL\b/.test(note);

/**
 * Births outside a facility of exactly 0.0 or 100.0 are kab/kota estimates from a handful of births with no
 * published error (kabkota_sources.csv, bps-persalinan-non-faskes-kabkota); they are kept and say so.
 */
const SMALL_SAMPLE_SERIES = "persalinan_non_faskes";
const isSmallSample = (seriesId: string, value: number) =>
  seriesId === SMALL_SAMPLE_SERIES && (value === 0 || value === 100);

export function buildIndicators(checks: IndicatorChecks, rows: IndicatorRows): IndicatorValue[] {
  const values: IndicatorValue[] = [];
  for (const r of rows.provinceIndicators) {
    if (!knownSeries(checks, r, "indicator_id", r.row.indicator_id)) continue;
    const code = checks.province(r.path, r.line, r.row.area_name_as_published);
    if (!code) continue;
    if ((code === NATIONAL_CODE) !== (r.row.area_level === "national")) {
      checks.reject(
        r.path,
        r.line,
        `area ${quoteValue(r.row.area_name_as_published)} is ${code === NATIONAL_CODE ? "the whole country" : "a province"} but area_level is ${r.row.area_level}, expected them to agree`,
      );
      continue;
    }
    values.push({
      seriesId: r.row.indicator_id,
      year: r.row.year,
      areaLevel: r.row.area_level,
      areaCode: code,
      areaNameAsPublished: r.row.area_name_as_published,
      value: r.row.value,
      unit: r.row.unit,
      survey: surveyIn(r.row.source_title),
      sourceTitle: r.row.source_title,
      sourceUrl: r.row.source_url.url,
      conflict: false,
    });
  }
  for (const r of rows.stuntingKabkota) {
    const code = place(checks, r, r.row.area_name_as_published, r.row.province_as_published, false);
    if (code)
      values.push({
        seriesId: "stunting_balita",
        year: r.row.year,
        areaLevel: "kabkota",
        areaCode: code,
        areaNameAsPublished: r.row.area_name_as_published,
        value: r.row.value_percent,
        unit: "percent",
        survey: r.row.survey,
        sourceTitle: "",
        sourceUrl: r.row.source_url.url,
        conflict: false,
      });
  }
  values.push(...kabkotaTables(checks, rows));
  markIndicatorConflicts(values);
  return values.sort(
    (a, b) =>
      a.seriesId.localeCompare(b.seriesId, "en") ||
      a.year - b.year ||
      a.areaLevel.localeCompare(b.areaLevel, "en") ||
      a.areaCode.localeCompare(b.areaCode, "en") ||
      a.sourceUrl.localeCompare(b.sourceUrl, "en"),
  );
}

/**
 * Resolve a kab/kota. `bareIsKabupaten`: the full tables print cities with "Kota" and regencies bare (their stated
 * convention), so a bare name shared by a kabupaten and a kota in one province ("Bogor") is read as the kabupaten.
 * The raw value is untouched; the convention is only applied when the name alone is ambiguous.
 */
function place(
  checks: IndicatorChecks,
  r: Located<{ year: number }>,
  name: string,
  province: string,
  bareIsKabupaten: boolean,
): string | null {
  let res: Resolution = resolvePlace(checks.g, checks.g.aliases, name, province, r.row.year);
  if (!res.ok && bareIsKabupaten && normalisePlaceName(name).type === null && res.reason.includes("ambiguous")) {
    res = resolvePlace(checks.g, checks.g.aliases, `Kabupaten ${name.trim()}`, province, r.row.year);
  }
  if (res.ok) return res.code;
  checks.reject(
    r.path,
    r.line,
    `place not resolved: ${res.reason}${res.candidates.length ? `; closest: ${res.candidates.join("; ")}` : ""}`,
  );
  return null;
}

/** The two full kab/kota files, each value joined to its primary source and carrier. */
function kabkotaTables(checks: IndicatorChecks, rows: IndicatorRows): IndicatorValue[] {
  const sources = new Map<string, RowOf<"kabkotaSources">>();
  for (const r of rows.kabkotaSources) {
    if (sources.has(r.row.source_id))
      checks.reject(r.path, r.line, `source_id ${r.row.source_id} appears twice, expected each source once`);
    else sources.set(r.row.source_id, r.row);
  }
  const values: IndicatorValue[] = [];
  const seen = new Map<string, string>();
  const add = (
    r: Located<RowOf<"kabkotaIndicators"> | RowOf<"kabkotaSki">>,
    level: "kabkota" | "province",
    code: string,
    survey: string,
    extra: Partial<IndicatorValue>,
  ) => {
    const src = sources.get(r.row.source_id);
    if (src === undefined) {
      checks.reject(
        r.path,
        r.line,
        `source_id "${r.row.source_id}" is not in kabkota_sources.csv, expected one of ${[...sources.keys()].join(", ")}`,
      );
      return;
    }
    if (!knownSeries(checks, r, "series_id", r.row.series_id)) return;
    if (!src.series_id.includes(r.row.series_id)) {
      checks.reject(
        r.path,
        r.line,
        `series ${r.row.series_id} is not one of source ${r.row.source_id}'s series (${src.series_id.join(", ")}), expected them to agree`,
      );
      return;
    }
    // Two names resolving to one place in one series and year would silently double a value: refuse the second.
    const key = `${r.row.series_id}|${r.row.year}|${level}|${code}|${r.row.source_id}`;
    const first = seen.get(key);
    if (first !== undefined) {
      checks.reject(
        r.path,
        r.line,
        `${r.row.area_name_as_published} is ${code}, already given on ${first} for ${r.row.series_id} ${r.row.year}, expected one row per place`,
      );
      return;
    }
    seen.set(key, `${r.path}:${r.line}`);
    const note = r.row.note;
    const value: IndicatorValue = {
      seriesId: r.row.series_id,
      year: r.row.year,
      areaLevel: level,
      areaCode: code,
      areaNameAsPublished: r.row.area_name_as_published,
      value: r.row.value,
      unit: "percent",
      survey: survey || surveyIn(src.primary_source),
      sourceTitle: src.primary_source,
      sourceUrl: src.carrier_url.url,
      conflict: false,
      sourceId: r.row.source_id,
      primarySource: src.primary_source,
      ...(src.primary_url ? { primaryUrl: src.primary_url } : {}),
      carrierUrl: src.carrier_url.url,
      ...extra,
    };
    if (isDoubtful(note)) value.doubtful = true;
    if (isSmallSample(r.row.series_id, r.row.value)) value.smallSample = true;
    if (note !== "") value.note = note;
    values.push(value);
  };
  for (const r of rows.kabkotaIndicators) {
    const code = place(checks, r, r.row.area_name_as_published, r.row.province_as_published, true);
    if (code) add(r, "kabkota", code, "", {});
  }
  for (const r of rows.kabkotaSki) {
    const code =
      r.row.area_level === "province"
        ? checks.province(r.path, r.line, r.row.area_name_as_published)
        : place(checks, r, r.row.area_name_as_published, r.row.province_as_published, true);
    if (code === null) continue;
    if (code === NATIONAL_CODE) {
      checks.reject(
        r.path,
        r.line,
        `${quoteValue(r.row.area_name_as_published)} is the whole country, expected a province or kab/kota`,
      );
      continue;
    }
    const flags = SOURCE_FLAGS.filter((f) => r.row.note.includes(f));
    add(r, r.row.area_level, code, r.row.survey, {
      ...(r.row.ci_lower !== null ? { ciLower: r.row.ci_lower } : {}),
      ...(r.row.ci_upper !== null ? { ciUpper: r.row.ci_upper } : {}),
      ...(r.row.n_weighed !== null ? { nWeighed: r.row.n_weighed } : {}),
      ...(flags.length > 0 ? { flags } : {}),
    });
  }
  return values;
}

/** Two sources giving different values for one series, area and year: flag every value of that group. */
function markIndicatorConflicts(values: IndicatorValue[]): void {
  const groups = new Map<string, IndicatorValue[]>();
  for (const v of values) {
    const k = `${v.seriesId}|${v.year}|${v.areaLevel}|${v.areaCode}`;
    groups.set(k, [...(groups.get(k) ?? []), v]);
  }
  for (const g of groups.values()) {
    if (new Set(g.map((v) => v.value)).size > 1) for (const v of g) v.conflict = true;
  }
}

/** The caveats a value carries, in the order of VALUE_CAVEATS. */
export function valueCaveats(v: IndicatorValue): ValueCaveat[] {
  const out: ValueCaveat[] = [];
  if (v.conflict) out.push("conflict");
  if (v.doubtful) out.push("doubtful");
  if (v.flags?.includes("RSE>25%")) out.push("rse-over-25");
  if (v.flags?.includes("N<50")) out.push("n-under-50");
  if (v.smallSample) out.push("small-sample");
  return out;
}

/** The values the method scores: every caveat a value carries must be one data/method/caveats.csv lets through. */
export const isScoredValue = (v: IndicatorValue, rules: readonly CaveatRule[]): boolean =>
  scoredDespite(valueCaveats(v), rules);

export function seriesOf(values: IndicatorValue[]): IndicatorSeries[] {
  const byId = new Map<string, IndicatorSeries>();
  for (const v of values) {
    const s = byId.get(v.seriesId) ?? { id: v.seriesId, nameId: "", unit: v.unit, years: [] };
    if (!s.years.includes(v.year)) s.years.push(v.year);
    byId.set(v.seriesId, s);
  }
  return [...byId.values()]
    .map((s) => ({ ...s, years: s.years.sort((a, b) => a - b) }))
    .sort((a, b) => a.id.localeCompare(b.id, "en"));
}

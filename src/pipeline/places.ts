/**
 * The gazetteer: every province and kab/kota as Kemendagri codes them today (npm idn-area-data 4.0.1), plus
 * the project's own tables in data/places/ — where a place belonged before a province split, and the aliases
 * sources print instead of official names — and where each province sits on the tile map (data/site/tile-map.csv). Everything in data/places/ is checked here, and every problem is
 * reported with path:line before anything uses the data.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Place, PlaceType, Province, TileLayout } from "./artefact.ts";
import { unsafeCellProblem } from "../core/cell-safety.ts";
import { parseCsv, type CsvResult } from "../core/csv-read.ts";
import { InputError, sortProblems, type Problem } from "../core/problems.ts";
import { slugify } from "../core/slug.ts";
import { parseTileLayout, TILE_LAYOUT_PATH } from "./tile-layout.ts";

/** Area code for national figures ("Indonesia"), as in artefact IndicatorValue.areaCode. */
export const NATIONAL_CODE = "ID";

export const PATHS = {
  provinces: "node_modules/idn-area-data/data/provinces.csv",
  regencies: "node_modules/idn-area-data/data/regencies.csv",
  provinceHistory: "data/places/province-history.csv",
  placeAliases: "data/places/place-aliases.csv",
  provinceAliases: "data/places/province-aliases.csv",
  tileLayout: TILE_LAYOUT_PATH,
} as const;

/** Places whose code starts with `placeCodePrefix` belonged to `provinceCodeBefore` in years ≤ `validUntilYear`. */
export interface ProvinceHistoryRule {
  placeCodePrefix: string;
  provinceCodeBefore: string;
  validUntilYear: number;
  sourceUrl: string;
  note: string;
  line: number;
}

/**
 * Why an alias exists: `name` — a name people use for the place (a common name, an abbreviation, a short form:
 * Solo, Tangsel, Inhil), shown on its page as "also called"; `printed` — a spelling a source printed (a typo, a
 * variant, a bare name read in one source's context), kept so the row resolves and so search finds it, but not
 * presented as a name of the place.
 */
export type AliasKind = "name" | "printed";
const ALIAS_KINDS: readonly AliasKind[] = ["name", "printed"];

/** One spelling a source prints for a place; scoped to a province and/or year when the reading depends on it. */
export interface PlaceAlias {
  alias: string;
  kind: AliasKind;
  /** Province as published (the province at the time); null = any province. */
  provinceCode: string | null;
  /** Award/survey year the reading applies to; null = any year. */
  year: number | null;
  placeCode: string;
  reason: string;
  line: number;
}

export interface ProvinceAlias {
  alias: string;
  /** A province code, or NATIONAL_CODE for the whole country. */
  provinceCode: string;
  reason: string;
  line: number;
}

export interface AliasTables {
  places: PlaceAlias[];
  provinces: ProvinceAlias[];
}

export interface Gazetteer {
  /** Sorted by code. */
  provinces: Province[];
  /** Sorted by code. */
  places: Place[];
  provinceByCode: ReadonlyMap<string, Province>;
  placeByCode: ReadonlyMap<string, Place>;
  history: ProvinceHistoryRule[];
  aliases: AliasTables;
  /** Where each province sits on the tile map (data/site/tile-map.csv): a table of ours about the provinces. */
  tileLayout: TileLayout[];
  /** Province code the place belonged to in that award/survey year (today's province unless history says otherwise). */
  provinceAt(placeCode: string, year: number): string;
}

const OFFICIAL_PREFIXES: ReadonlyArray<[string, PlaceType]> = [
  // Longest first: Jakarta's administrative regency and cities carry a two-word prefix.
  ["Kabupaten Administrasi ", "kabupaten"],
  ["Kota Administrasi ", "kota"],
  ["Kabupaten ", "kabupaten"],
  ["Kota ", "kota"],
];

function readTable(root: string, path: string, requiredColumns: string[], problems: Problem[]): CsvResult["table"] {
  const bytes = readBytes(root, path, problems);
  if (bytes === null) return null;
  const result = parseCsv(path, bytes, { requiredColumns });
  problems.push(...result.problems);
  return result.table;
}

const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function checkUniqueSlugs(items: { code: string; slug: string }[], path: string, problems: Problem[]): void {
  const seen = new Map<string, string>();
  for (const item of items) {
    const other = seen.get(item.slug);
    if (other !== undefined)
      problems.push({
        path,
        line: 0,
        message: `slug "${item.slug}" is shared by ${other} and ${item.code}, expected unique slugs`,
      });
    seen.set(item.slug, item.code);
  }
}

/** Does `prefix` ("93" or "91.05") cover `placeCode`, on a dot boundary? */
function prefixCovers(prefix: string, placeCode: string): boolean {
  return placeCode === prefix || placeCode.startsWith(prefix + ".");
}

export function parseProvinceHistory(
  path: string,
  bytes: Uint8Array,
  placeCodes: ReadonlySet<string>,
  provinceCodes: ReadonlySet<string>,
): { rules: ProvinceHistoryRule[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const result = parseCsv(path, bytes, {
    requiredColumns: ["place_code_prefix", "province_code_before", "valid_until_year", "source_url", "note"],
    checkCell: unsafeCellProblem,
  });
  problems.push(...result.problems);
  const rules: ProvinceHistoryRule[] = [];
  for (const { line, values: v } of result.table?.rows ?? []) {
    const prefix = v.place_code_prefix!;
    const before = v.province_code_before!;
    const until = Number(v.valid_until_year);
    const rowProblems: string[] = [];
    if (![...placeCodes].some((code) => prefixCovers(prefix, code)))
      rowProblems.push(
        `place_code_prefix "${prefix}" covers no place, expected a province code ("93") or a place code ("91.05")`,
      );
    if (!provinceCodes.has(before))
      rowProblems.push(`unknown province_code_before "${before}", expected a code from provinces.csv`);
    if (!/^\d{4}$/.test(v.valid_until_year!))
      rowProblems.push(`valid_until_year "${v.valid_until_year}", expected a four-digit year`);
    if (!/^https?:\/\//.test(v.source_url!))
      rowProblems.push(`source_url "${v.source_url}", expected an http(s) URL for the law or report`);
    for (const message of rowProblems) problems.push({ path, line, message });
    if (rowProblems.length === 0)
      rules.push({
        placeCodePrefix: prefix,
        provinceCodeBefore: before,
        validUntilYear: until,
        sourceUrl: v.source_url!,
        note: v.note!,
        line,
      });
  }
  return { rules, problems };
}

/** The province at `year` per the history rules: the earliest rule still valid that year wins (chains of moves). */
function provinceAtWith(
  rules: readonly ProvinceHistoryRule[],
  placeCode: string,
  todayProvince: string,
  year: number,
): string {
  let best: ProvinceHistoryRule | null = null;
  for (const rule of rules) {
    if (!prefixCovers(rule.placeCodePrefix, placeCode) || year > rule.validUntilYear) continue;
    if (
      best === null ||
      rule.validUntilYear < best.validUntilYear ||
      (rule.validUntilYear === best.validUntilYear && rule.placeCodePrefix.length > best.placeCodePrefix.length)
    )
      best = rule;
  }
  return best?.provinceCodeBefore ?? todayProvince;
}

/** Every province a place has belonged to (today's and historical), to validate province-scoped aliases. */
function provincesEver(rules: readonly ProvinceHistoryRule[], place: Place): Set<string> {
  const codes = new Set([place.provinceCode]);
  for (const rule of rules) if (prefixCovers(rule.placeCodePrefix, place.code)) codes.add(rule.provinceCodeBefore);
  return codes;
}

export function parsePlaceAliases(
  path: string,
  bytes: Uint8Array,
  places: ReadonlyMap<string, Place>,
  provinceCodes: ReadonlySet<string>,
  history: readonly ProvinceHistoryRule[] = [],
): { aliases: PlaceAlias[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const result = parseCsv(path, bytes, {
    requiredColumns: ["alias", "province_code", "place_code", "kind", "reason"],
    checkCell: unsafeCellProblem,
  });
  problems.push(...result.problems);
  const aliases: PlaceAlias[] = [];
  for (const { line, values: v } of result.table?.rows ?? []) {
    const alias = v.alias!;
    const provinceCode = v.province_code === "" ? null : v.province_code!;
    const yearText = v.year ?? ""; // the year column is optional
    const place = places.get(v.place_code!);
    const rowProblems: string[] = [];
    if (alias === "") rowProblems.push("empty alias, expected the name as a source prints it");
    if (place === undefined)
      rowProblems.push(
        `unknown place_code "${v.place_code}", expected a code from idn-area-data regencies.csv such as "53.71"`,
      );
    if (provinceCode !== null && !provinceCodes.has(provinceCode))
      rowProblems.push(
        `unknown province_code "${provinceCode}", expected a code from provinces.csv or empty for any province`,
      );
    else if (provinceCode !== null && place !== undefined && !provincesEver(history, place).has(provinceCode)) {
      rowProblems.push(
        `place ${place.code} (${place.name}) never belonged to province ${provinceCode}, expected the province the source prints`,
      );
    }
    if (yearText !== "" && !/^\d{4}$/.test(yearText))
      rowProblems.push(`year "${yearText}", expected a four-digit year or empty for any year`);
    const kind = ALIAS_KINDS.find((k) => k === v.kind);
    if (kind === undefined)
      rowProblems.push(
        `kind "${v.kind}", expected "name" (a name people use) or "printed" (a spelling a source printed)`,
      );
    if (v.reason === "")
      rowProblems.push("missing reason, expected why this alias means this place (source, typo, common name)");
    for (const message of rowProblems) problems.push({ path, line, message });
    if (rowProblems.length === 0 && kind !== undefined)
      aliases.push({
        alias,
        kind,
        provinceCode,
        year: yearText === "" ? null : Number(yearText),
        placeCode: v.place_code!,
        reason: v.reason!,
        line,
      });
  }
  return { aliases, problems };
}

export function parseProvinceAliases(
  path: string,
  bytes: Uint8Array,
  provinceCodes: ReadonlySet<string>,
): { aliases: ProvinceAlias[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const result = parseCsv(path, bytes, {
    requiredColumns: ["alias", "province_code", "reason"],
    checkCell: unsafeCellProblem,
  });
  problems.push(...result.problems);
  const aliases: ProvinceAlias[] = [];
  for (const { line, values: v } of result.table?.rows ?? []) {
    const rowProblems: string[] = [];
    if (v.alias === "") rowProblems.push("empty alias, expected the province name as a source prints it");
    if (!provinceCodes.has(v.province_code!) && v.province_code !== NATIONAL_CODE)
      rowProblems.push(
        `unknown province_code "${v.province_code}", expected a code from provinces.csv or "${NATIONAL_CODE}" for national`,
      );
    if (v.reason === "") rowProblems.push("missing reason, expected why this alias means this province");
    for (const message of rowProblems) problems.push({ path, line, message });
    if (rowProblems.length === 0)
      aliases.push({ alias: v.alias!, provinceCode: v.province_code!, reason: v.reason!, line });
  }
  return { aliases, problems };
}

function readBytes(root: string, path: string, problems: Problem[]): Uint8Array | null {
  try {
    return readFileSync(join(root, path));
  } catch {
    problems.push({ path, line: 0, message: "file not found, expected it to exist (see data/places/README.md)" });
    return null;
  }
}

/** Load and check the whole gazetteer; throws InputError listing every problem in every file. */
export function loadGazetteer(root: string = process.cwd()): Gazetteer {
  const problems: Problem[] = [];
  const provinceRows = readTable(root, PATHS.provinces, ["code", "name"], problems)?.rows ?? [];
  const regencyRows = readTable(root, PATHS.regencies, ["code", "province_code", "name"], problems)?.rows ?? [];
  const provinceNames = new Map(provinceRows.map((r) => [r.values.code!, r.values.name!]));

  const places: Place[] = [];
  for (const { line, values: v } of regencyRows) {
    const prefix = OFFICIAL_PREFIXES.find(([p]) => v.name!.startsWith(p));
    const provinceName = provinceNames.get(v.province_code!);
    if (prefix === undefined || provinceName === undefined) {
      problems.push({
        path: PATHS.regencies,
        line,
        message: `cannot read "${v.name}" in province "${v.province_code}", expected "Kabupaten …"/"Kota …" in a known province`,
      });
      continue;
    }
    const [prefixText, type] = prefix;
    const name = v.name!;
    places.push({
      code: v.code!,
      name,
      shortName: name.slice(prefixText.length),
      type,
      provinceCode: v.province_code!,
      provinceName,
      slug: slugify(name),
      aliases: [],
      otherNames: [],
    });
  }
  places.sort(byCode);
  const provinces: Province[] = provinceRows
    .map(({ values: v }) => ({
      code: v.code!,
      name: v.name!,
      slug: slugify(v.name!),
      placeCount: places.filter((p) => p.provinceCode === v.code).length,
    }))
    .sort(byCode);
  checkUniqueSlugs(places, PATHS.regencies, problems);
  checkUniqueSlugs(provinces, PATHS.provinces, problems);

  const placeByCode = new Map(places.map((p) => [p.code, p]));
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
  const provinceCodes = new Set(provinceByCode.keys());

  const historyBytes = readBytes(root, PATHS.provinceHistory, problems);
  const history = historyBytes
    ? parseProvinceHistory(PATHS.provinceHistory, historyBytes, new Set(placeByCode.keys()), provinceCodes)
    : { rules: [], problems: [] };
  const placeAliasBytes = readBytes(root, PATHS.placeAliases, problems);
  const placeAliases = placeAliasBytes
    ? parsePlaceAliases(PATHS.placeAliases, placeAliasBytes, placeByCode, provinceCodes, history.rules)
    : { aliases: [], problems: [] };
  const provinceAliasBytes = readBytes(root, PATHS.provinceAliases, problems);
  const provinceAliases = provinceAliasBytes
    ? parseProvinceAliases(PATHS.provinceAliases, provinceAliasBytes, provinceCodes)
    : { aliases: [], problems: [] };
  const tileLayoutBytes = readBytes(root, PATHS.tileLayout, problems);
  const tileLayout = tileLayoutBytes
    ? parseTileLayout(PATHS.tileLayout, tileLayoutBytes, provinceCodes)
    : { layout: [], problems: [] };
  problems.push(...history.problems, ...placeAliases.problems, ...provinceAliases.problems, ...tileLayout.problems);
  if (problems.length > 0) throw new InputError(sortProblems(problems));

  // Search aliases: every spelling that means the place in any year (year-scoped rows are readings of one source's
  // context, not names); of those, the names people use are also shown on the place's page.
  for (const place of places) {
    const general = placeAliases.aliases.filter((a) => a.placeCode === place.code && a.year === null);
    place.aliases = [...new Set(general.map((a) => a.alias))].sort();
    place.otherNames = [...new Set(general.filter((a) => a.kind === "name").map((a) => a.alias))].sort();
  }

  return {
    provinces,
    places,
    provinceByCode,
    placeByCode,
    history: history.rules,
    aliases: { places: placeAliases.aliases, provinces: provinceAliases.aliases },
    tileLayout: tileLayout.layout,
    provinceAt(placeCode: string, year: number): string {
      const place = placeByCode.get(placeCode);
      if (place === undefined) throw new Error(`provinceAt: unknown place code "${placeCode}"`);
      return provinceAtWith(history.rules, placeCode, place.provinceCode, year);
    },
  };
}

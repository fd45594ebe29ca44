/**
 * Name resolution: from a place or province name as a source printed it to one Kemendagri code — or to a
 * refusal that says why and lists the closest names. It never guesses: a bare name shared by a kabupaten and
 * a kota in the same province ("Bogor") stays ambiguous unless an alias row, with its reason, says which.
 */
import { quoteValue } from "../core/problems.ts";
import type { PlaceType } from "./artefact.ts";
import {
  loadGazetteer,
  NATIONAL_CODE,
  type AliasTables,
  type Gazetteer,
  type PlaceAlias,
  type ProvinceAlias,
} from "./places.ts";
import { toAscii } from "../core/slug.ts";

export interface NormalisedName {
  type: PlaceType | null;
  /** Lowercase ASCII words separated by single spaces, prefix removed: "bandung barat". */
  core: string;
}

export type Resolution =
  | { ok: true; code: string; via: "exact" | "normalised" | "alias" }
  | { ok: false; reason: string; candidates: string[] };

/**
 * Fold what sources vary on: case, diacritics, punctuation, spacing. Bracketed text is dropped because
 * sources append abbreviations ("Penajam Paser Utara (PPU)", "Nusa Tenggara Timur (NTT)") and compilers
 * append notes ("[listed twice in source]"); neither is part of the name.
 */
export function foldName(text: string): string {
  return (
    toAscii(text)
      .toLowerCase()
      .replace(/\[[^\]]*\]|\([^)]*\)/g, " ")
      .replace(/'/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim()
      // "Kep." always abbreviates Kepulauan (islands) in regional names: "Kep. Talaud", "KEP. RIAU".
      .replace(/\bkep\b/g, "kepulauan")
  );
}

/** Spaces removed: sources split and join words freely ("Bandarlampung", "Tulang Bawang", "Deliserdang"). */
function compact(core: string): string {
  return core.replace(/ /g, "");
}

/** Prefixes as folded word lists, longest first so "kota administrasi" wins over "kota". */
const TYPE_PREFIXES: ReadonlyArray<[string[], PlaceType]> = [
  [["pemerintah", "kabupaten"], "kabupaten"],
  [["pemerintah", "kota"], "kota"],
  [["kabupaten", "administrasi"], "kabupaten"],
  [["kabupaten", "adm"], "kabupaten"],
  [["kab", "administrasi"], "kabupaten"],
  [["kab", "adm"], "kabupaten"],
  [["kota", "administrasi"], "kota"],
  [["kota", "adm"], "kota"],
  [["kota", "madya"], "kota"],
  [["kotamadya"], "kota"],
  [["pemkab"], "kabupaten"],
  [["pemkot"], "kota"],
  [["kabupaten"], "kabupaten"],
  [["kab"], "kabupaten"],
  [["kota"], "kota"],
];

/** English-language sources put the type last: "Sorong Regency", "Malang City". */
const TYPE_SUFFIXES: ReadonlyArray<[string, PlaceType]> = [
  ["regency", "kabupaten"],
  ["city", "kota"],
];

export function normalisePlaceName(name: string): NormalisedName {
  const words = foldName(name)
    .split(" ")
    .filter((w) => w !== "");
  for (const [prefix, type] of TYPE_PREFIXES) {
    if (words.length > prefix.length && prefix.every((w, i) => words[i] === w))
      return { type, core: words.slice(prefix.length).join(" ") };
  }
  const last = words[words.length - 1];
  for (const [suffix, type] of TYPE_SUFFIXES) {
    if (words.length > 1 && last === suffix) return { type, core: words.slice(0, -1).join(" ") };
  }
  return { type: null, core: words.join(" ") };
}

/** "Provinsi Jawa Barat", "PROV. JAWA BARAT" and "Jawa Barat" are one key. */
function provinceKey(name: string): string {
  return compact(foldName(name).replace(/^(provinsi|prov) /, ""));
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Can `short` be spelled from leading letters of `words` in order, e.g. "kaltim" ← "KALimantan TIMur"? */
function abbreviates(short: string, words: readonly string[]): boolean {
  if (short === "") return true;
  const [word, ...rest] = words;
  if (word === undefined) return false;
  for (let n = Math.min(word.length, short.length); n >= 1; n--) {
    if (short.startsWith(word.slice(0, n)) && abbreviates(short.slice(n), rest)) return true;
  }
  return abbreviates(short, rest); // a word may be skipped ("Babel" ← Kepulauan BAngka BELitung)
}

/** 0..1: edit distance on the spaceless core (typos), blended with shared words (word order, extra words). */
function similarity(a: string, b: string): number {
  // A one-word query spelled from the leading letters of the name is how sources abbreviate ("Muba", "Sulsel").
  if (!a.includes(" ") && a.length >= 2 && b.includes(" ") && abbreviates(a, b.split(" "))) return 0.95;
  const ca = compact(a);
  const cb = compact(b);
  const editScore = 1 - levenshtein(ca, cb) / Math.max(ca.length, cb.length, 1);
  const wordsA = new Set(a.split(" "));
  const wordsB = new Set(b.split(" "));
  const shared = [...wordsA].filter((w) => wordsB.has(w)).length;
  const overlap = shared / new Set([...wordsA, ...wordsB]).size;
  return 0.7 * editScore + 0.3 * overlap;
}

const MAX_CANDIDATES = 5;

/**
 * Longest name worth comparing by edit distance: the longest official name is about 40 characters, and the distance
 * costs length × length per candidate, so a pasted paragraph (or a 100,000-character cell) gets no suggestions
 * instead of seconds of work.
 */
const MAX_FUZZY_LENGTH = 200;

function closest<T>(
  items: readonly T[],
  query: string,
  keyOf: (item: T) => string,
  labelOf: (item: T) => string,
): string[] {
  if (query.length > MAX_FUZZY_LENGTH) return [];
  return items
    .map((item) => ({ label: labelOf(item), score: similarity(query, keyOf(item)) }))
    .sort((x, y) => y.score - x.score || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0))
    .slice(0, MAX_CANDIDATES)
    .map((c) => c.label);
}

/** Gazetteer places and alias rows are normalised once, not once per raw row. */
const normalisedCache = new WeakMap<object, NormalisedName>();
function normalisedOnce(owner: object, name: string): NormalisedName {
  let n = normalisedCache.get(owner);
  if (n === undefined) normalisedCache.set(owner, (n = normalisePlaceName(name)));
  return n;
}
const placeCore = (place: { name: string }) => normalisedOnce(place, place.name);

const placeLabel = (p: { name: string; code: string }) => `${p.name} (${p.code})`;

export function resolveProvince(
  gazetteer: Gazetteer,
  provinceAliases: readonly ProvinceAlias[],
  name: string,
): Resolution {
  const trimmed = name.trim().replace(/\s+/g, " ");
  const exact = gazetteer.provinces.find((p) => p.name === trimmed);
  if (exact) return { ok: true, code: exact.code, via: "exact" };
  const key = provinceKey(trimmed);
  const aliasCodes = [
    ...new Set(provinceAliases.filter((a) => provinceKey(a.alias) === key).map((a) => a.provinceCode)),
  ];
  if (aliasCodes.length === 1) return { ok: true, code: aliasCodes[0]!, via: "alias" };
  if (aliasCodes.length > 1)
    return {
      ok: false,
      reason: `province aliases disagree on ${quoteValue(name)}: ${aliasCodes.join(", ")}`,
      candidates: aliasCodes,
    };
  const normalised = gazetteer.provinces.find((p) => provinceKey(p.name) === key);
  if (normalised) return { ok: true, code: normalised.code, via: "normalised" };
  const candidates = closest(
    gazetteer.provinces,
    foldName(trimmed),
    (p) => foldName(p.name),
    (p) => `${p.name} (${p.code})`,
  );
  return {
    ok: false,
    reason: `no province named ${quoteValue(name)}, expected a province name or a row in data/places/province-aliases.csv`,
    candidates,
  };
}

/** Does this alias row say what `name` means, for a row stated in `provinceCode` in `year`? */
function aliasApplies(
  alias: PlaceAlias,
  name: NormalisedName,
  provinceCode: string | null,
  year: number,
  targetType: PlaceType,
): boolean {
  if (alias.provinceCode !== null && alias.provinceCode !== provinceCode) return false;
  if (alias.year !== null && alias.year !== year) return false;
  const own = normalisedOnce(alias, alias.alias);
  if (compact(own.core) !== compact(name.core)) return false;
  // An alias written with a prefix ("Kota Sleman") matches only that prefix; a bare alias ("Inhil") also
  // matches the name with the target's own prefix ("Kabupaten Inhil").
  return own.type === name.type || (own.type === null && (name.type === null || name.type === targetType));
}

/**
 * Resolve a place name as published. `provinceAsPublished` is the province the source printed (the province
 * at the time, e.g. Papua for today's Papua Tengah in 2022; today's province is accepted too, since later
 * write-ups use today's names); null searches the whole country.
 */
export function resolvePlace(
  gazetteer: Gazetteer,
  aliases: AliasTables,
  nameAsPublished: string,
  provinceAsPublished: string | null,
  year: number,
): Resolution {
  let provinceCode: string | null = null;
  if (provinceAsPublished !== null && provinceAsPublished.trim() !== "") {
    const province = resolveProvince(gazetteer, aliases.provinces, provinceAsPublished);
    if (!province.ok)
      return { ok: false, reason: `province not resolved: ${province.reason}`, candidates: province.candidates };
    if (province.code === NATIONAL_CODE)
      return {
        ok: false,
        reason: `${quoteValue(provinceAsPublished)} is the whole country, expected a province`,
        candidates: [],
      };
    provinceCode = province.code;
  }
  const inScope = (code: string, todayProvince: string) =>
    provinceCode === null || todayProvince === provinceCode || gazetteer.provinceAt(code, year) === provinceCode;
  const scope = gazetteer.places.filter((p) => inScope(p.code, p.provinceCode));
  const where =
    provinceCode === null
      ? "Indonesia"
      : `${gazetteer.provinceByCode.get(provinceCode)!.name} (${provinceCode}) in ${year}`;

  const trimmed = nameAsPublished.trim().replace(/\s+/g, " ");
  const exact = scope.find((p) => p.name === trimmed);
  if (exact) return { ok: true, code: exact.code, via: "exact" };

  const name = normalisePlaceName(trimmed);
  const aliasRows = aliases.places.filter((a) => {
    const target = gazetteer.placeByCode.get(a.placeCode);
    return (
      target !== undefined &&
      inScope(target.code, target.provinceCode) &&
      aliasApplies(a, name, provinceCode, year, target.type)
    );
  });
  const aliasTargets = [...new Set(aliasRows.map((a) => a.placeCode))];
  if (aliasTargets.length === 1) return { ok: true, code: aliasTargets[0]!, via: "alias" };
  if (aliasTargets.length > 1) {
    const lines = aliasRows.map((a) => a.line).join(", ");
    return {
      ok: false,
      reason: `alias rows (lines ${lines}) disagree on ${quoteValue(nameAsPublished)} in ${where}`,
      candidates: aliasTargets.map((c) => placeLabel(gazetteer.placeByCode.get(c)!)),
    };
  }

  const key = compact(name.core);
  const sameCore = (p: { name: string }) => compact(placeCore(p).core) === key;
  const hits = scope.filter((p) => sameCore(p) && (name.type === null || name.type === p.type));
  if (hits.length === 1) return { ok: true, code: hits[0]!.code, via: "normalised" };
  if (hits.length > 1) {
    return {
      ok: false,
      reason: `${quoteValue(nameAsPublished)} is ambiguous in ${where}: it has no kabupaten/kota prefix and ${hits.length} places share the name; add an alias row only with the source's evidence`,
      candidates: hits.map(placeLabel),
    };
  }
  // Same name elsewhere usually means the source printed another province (or the province changed): show it first.
  const elsewhere = gazetteer.places.filter(
    (p) => !inScope(p.code, p.provinceCode) && sameCore(p) && (name.type === null || name.type === p.type),
  );
  const nearby = closest(scope, name.core, (p) => placeCore(p).core, placeLabel);
  const elsewhereNote =
    elsewhere.length > 0
      ? `; the name exists in ${elsewhere.map((p) => `${p.provinceName} (${p.code})`).join(", ")}`
      : "";
  return {
    ok: false,
    reason: `no place named ${quoteValue(nameAsPublished)} in ${where}${elsewhereNote}; expected an official name or a row in data/places/place-aliases.csv`,
    candidates: [...elsewhere.map(placeLabel), ...nearby].slice(0, MAX_CANDIDATES),
  };
}

/** The alias tables, checked against the gazetteer (throws InputError with path:line on a malformed row). */
export function loadAliases(root: string = process.cwd()): AliasTables {
  return loadGazetteer(root).aliases;
}

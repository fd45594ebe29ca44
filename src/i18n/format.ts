/**
 * Numbers and labels in the reader's locale. Indonesian readers expect "21,6 %" and "1.234"; English readers
 * "21.6%" and "1,234". Everything a page or chart prints as a number goes through here, never through
 * `toString()` or a template literal, so the two languages cannot drift apart.
 */
import type { Predikat } from "../pipeline/artefact.ts";
import type { RoundStatus } from "../pipeline/round-status.ts";
import { LOCALE, t, type Lang } from "./index.ts";

/**
 * One number format per language and number of decimals, with what it has printed: a build prints the same values
 * (a province's or the nation's figure on each of its places' pages) hundreds of thousands of times, and ICU is slow
 * to ask. `undefined` decimals: up to one.
 */
const formats = new Map<Lang, Map<number | undefined, { nf: Intl.NumberFormat; printed: Map<number, string> }>>();

function numberFormat(lang: Lang, decimals: number | undefined) {
  let byDecimals = formats.get(lang);
  if (byDecimals === undefined) formats.set(lang, (byDecimals = new Map()));
  let format = byDecimals.get(decimals);
  if (format === undefined) {
    const nf = new Intl.NumberFormat(LOCALE[lang], {
      minimumFractionDigits: decimals ?? 0,
      maximumFractionDigits: decimals ?? 1,
      // Always group thousands: id-ID's default would print 4-digit numbers ungrouped ("1234") but 5-digit grouped.
      useGrouping: "always",
    });
    byDecimals.set(decimals, (format = { nf, printed: new Map() }));
  }
  return format;
}

/** 1234.5 → "1.234,5" (id) / "1,234.5" (en). `decimals` fixes the number of decimals (default: up to 1). */
export function formatNumber(lang: Lang, value: number, decimals?: number): string {
  const { nf, printed } = numberFormat(lang, decimals);
  let text = printed.get(value);
  if (text === undefined) {
    text = nf.format(value);
    // -0 would print as "-0"; a rounding to zero should read as zero.
    if (/^-0([.,]0+)?$/.test(text)) text = text.slice(1);
    printed.set(value, text);
  }
  return text;
}

/**
 * A value already in percentage points: 21.6 → "21,6 %" (id) / "21.6%" (en). Indonesian puts a space before the
 * sign (PUEBI); it is a no-break space (U+00A0) so the sign never wraps onto its own line.
 */
export function formatPercent(lang: Lang, percentPoints: number, decimals = 1): string {
  const n = formatNumber(lang, percentPoints, decimals);
  return lang === "id" ? `${n}\u00a0%` : `${n}%`;
}

/** part/whole as a percentage: (355, 514) → "69 %" / "69%". Whole 0 gives "–" rather than NaN or Infinity. */
export function formatShare(lang: Lang, part: number, whole: number, decimals = 0): string {
  if (whole === 0) return "–";
  return formatPercent(lang, (part / whole) * 100, decimals);
}

const listFormats = new Map<Lang, { lf: Intl.ListFormat; printed: Map<string, string> }>();

/** ["a", "b", "c"] → "a, b, dan c" / "a, b, and c". (One formatter per language, with the lists it has printed:
 * building one costs ~0.1 ms, and a build formats tens of thousands of lists, most of them the same few.) */
export function formatList(lang: Lang, items: readonly string[]): string {
  let format = listFormats.get(lang);
  if (format === undefined) {
    const lf = new Intl.ListFormat(LOCALE[lang], { style: "long", type: "conjunction" });
    listFormats.set(lang, (format = { lf, printed: new Map() }));
  }
  const key = JSON.stringify(items);
  let text = format.printed.get(key);
  if (text === undefined) format.printed.set(key, (text = format.lf.format(items)));
  return text;
}

// What a round status is and how a record gets one is the pipeline's rule (src/pipeline/round-status.ts); re-exported
// because every label of a status is printed through here.
export type { RoundStatus } from "../pipeline/round-status.ts";

/** The predikat names are official Indonesian terms and stay untranslated in English (like "KLA" itself). */
export function predikatLabel(_lang: Lang, predikat: Predikat): string {
  return predikat;
}

/** A label as it reads inside a sentence: Indonesian writes common nouns in lower case ("dibanding nasional"). */
export function inSentence(lang: Lang, label: string): string {
  return lang === "id" ? label.toLowerCase() : label;
}

/** Label for any round status: a predikat, or "Tidak diketahui" / "Unknown" etc. */
export function statusLabel(lang: Lang, status: RoundStatus): string {
  switch (status) {
    case "tier-unknown":
      return t(lang, "predikat.tierUnknown");
    case "conflict":
      return t(lang, "predikat.conflict");
    case "not-awarded":
      return t(lang, "predikat.notAwarded");
    case "unknown":
      return t(lang, "predikat.unknown");
    default:
      return predikatLabel(lang, status);
  }
}

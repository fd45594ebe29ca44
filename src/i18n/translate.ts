/**
 * The one translation mechanism. A dictionary is an object of keys, each holding its two languages side by side:
 * `const tp = defineDictionary({ "title": { id: "Judul", en: "Title" } })`, then `tp(lang, "title", params)`.
 * Keeping both languages of a key on neighbouring lines means a translation is read, reviewed and changed together
 * with its original; a key without one of its languages is a type error, and tests/unit/i18n.test.ts fails on an
 * empty value, a key nothing uses, or placeholders that differ between the two languages.
 */
import type { Lang } from "./routes.ts";

/** One key's text in both languages. `{name}` placeholders are filled from the params of the call. */
export interface Translation {
  readonly id: string;
  readonly en: string;
}

export type Params = Readonly<Record<string, string | number>>;

/** A dictionary's lookup function; `entries` exposes the dictionary itself to the tests that audit it. */
export type Translator<K extends string> = ((lang: Lang, key: K, params?: Params) => string) & {
  readonly entries: Readonly<Record<K, Translation>>;
};

/**
 * `t("en", "predikatByRound.target", { n: "400" })` → "Target 400". Numbers passed as params are not formatted here;
 * format them first with src/i18n/format.ts so they follow the reader's locale. An unfilled placeholder throws, so a
 * typo in a key's params fails the build instead of printing "{n}" to readers.
 */
export function defineDictionary<K extends string>(entries: Record<K, Translation>): Translator<K> {
  // Each text split once at its placeholders (a build translates millions): even indices literal text, odd indices
  // placeholder names.
  const split = { id: new Map<K, string[]>(), en: new Map<K, string[]>() };
  const translate = (lang: Lang, key: K, params: Params = {}): string => {
    let parts = split[lang].get(key);
    if (parts === undefined) split[lang].set(key, (parts = entries[key][lang].split(/\{(\w+)\}/)));
    if (parts.length === 1) return parts[0]!;
    let text = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) {
      const value = params[parts[i]!];
      if (value === undefined) throw new Error(`i18n: "${key}" (${lang}) needs param {${parts[i]}}`);
      text += String(value) + parts[i + 1]!;
    }
    return text;
  };
  return Object.assign(translate, { entries });
}

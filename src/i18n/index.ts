/**
 * Translation helper. Pages, components and charts all go through `t`, so the two languages share one list of keys
 * and a missing key is a type error.
 */
import { id, type DictionaryKey } from "./id.ts";
import { en } from "./en.ts";
import type { Lang } from "./routes.ts";

export * from "./routes.ts";
export type { DictionaryKey } from "./id.ts";

const DICTIONARIES: Record<Lang, Record<DictionaryKey, string>> = { id, en };

/** BCP 47 locale used for number formatting (and `<html lang>`). */
export const LOCALE: Record<Lang, string> = { id: "id-ID", en: "en" };

export type Params = Readonly<Record<string, string | number>>;

/**
 * `t("en", "predikatByRound.target", { n: "400" })` → "Target 400". Numbers passed as params are not formatted here;
 * format them first with src/i18n/format.ts so they follow the reader's locale. An unfilled placeholder throws, so a
 * typo in a key's params fails the build instead of printing "{n}" to readers.
 */
export function t(lang: Lang, key: DictionaryKey, params: Params = {}): string {
  const template = DICTIONARIES[lang][key];
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`i18n: "${key}" (${lang}) needs param {${name}}`);
    return String(value);
  });
}

/**
 * A page's own dictionary, kept beside the shared one so that pages can be written in parallel without editing
 * one file: `const tp = defineDictionary({ id: {...}, en: {...} })`, then `tp(lang, "key", params)`. The English
 * object must have exactly the Indonesian keys (a type error otherwise).
 */
export function defineDictionary<K extends string>(dicts: { id: Record<K, string>; en: Record<K, string> }) {
  return (lang: Lang, key: K, params: Params = {}): string =>
    dicts[lang][key].replace(/\{(\w+)\}/g, (_match, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`i18n: "${key}" (${lang}) needs param {${name}}`);
      return String(value);
    });
}

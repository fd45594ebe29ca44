/**
 * Choices between the two languages that are not words of a dictionary: the other language, a name kept in two
 * fields of the data, the `lang` attribute of text quoted in the other language, where a language's pages live.
 * Kept here so that pages, components and charts never compare `lang` with "id" or "en" themselves
 * (tests/unit/i18n.test.ts fails when one does).
 */
import type { Lang } from "./routes.ts";

export function otherLang(lang: Lang): Lang {
  return lang === "id" ? "en" : "id";
}

/** A name the data keeps in both languages (method clusters and indicators: `nameId`, `nameEn`). */
export function localName(lang: Lang, named: { readonly nameId: string; readonly nameEn: string }): string {
  return lang === "id" ? named.nameId : named.nameEn;
}

/** The `lang` attribute for text written in `textLang` on a page in `pageLang`: none when they are the same. */
export function langAttr(textLang: Lang, pageLang: Lang): Lang | undefined {
  return textLang === pageLang ? undefined : textLang;
}

/** The folder a language's pages live in, relative to the site root: Indonesian at the root, English under en/. */
export const LANG_DIR: Readonly<Record<Lang, string>> = { id: "", en: "en/" };

/** Open Graph's `og:locale` (language_TERRITORY, unlike the BCP 47 tags elsewhere). */
export const OG_LOCALE: Readonly<Record<Lang, string>> = { id: "id_ID", en: "en_US" };

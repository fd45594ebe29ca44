/**
 * Translation entry point. Pages, components and charts all go through `t` (the shared words, src/i18n/common.ts) or
 * a page's own dictionary (src/i18n/pages/*.ts); both are made by `defineDictionary` (src/i18n/translate.ts), so a
 * missing key or a key missing one of its languages is a type error.
 */
import type { Lang } from "./routes.ts";

export * from "./routes.ts";
export * from "./languages.ts";
export { t, type DictionaryKey } from "./common.ts";
export { defineDictionary } from "./translate.ts";

/** BCP 47 locale used for number formatting (and `<html lang>`). */
export const LOCALE: Record<Lang, string> = { id: "id-ID", en: "en" };

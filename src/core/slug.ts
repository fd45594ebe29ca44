/**
 * ASCII folding and URL slugs. Slugs become page URLs and download names, so they must never change for a
 * given official name: they are derived from the name alone (no counters, no order dependence), and the
 * gazetteer checks that they are unique instead of silently suffixing.
 */

/** Strip diacritics and other non-ASCII decorations ("Tolitoli", not "Tolítoli"); letters keep their case. */
export function toAscii(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[‐-―]/g, "-");
}

/** "Kota Administrasi Jakarta Pusat" → "kota-administrasi-jakarta-pusat"; "Toli-Toli" → "toli-toli". */
export function slugify(text: string): string {
  return toAscii(text)
    .toLowerCase()
    .replace(/'/g, "") // "Ma'rang" → "marang": an apostrophe joins, it does not separate
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Words of the ranking tables on the indicator pages (/indikator/<id>/): the rule they follow, which is the kab/kota
 * ranking page's rule (src/views/rank-rule.ts), the count of what each table ranks and leaves out, and why a value
 * is not ranked. Both languages of each key side by side (src/i18n/translate.ts).
 */
import type { ValueCaveat } from "../../method/caveats.ts";
import { formatList } from "../format.ts";
import type { Lang } from "../routes.ts";
import { defineDictionary } from "../translate.ts";
import { tp } from "./profile.ts";

export const tir = defineDictionary({
  order: {
    id: "Dari yang terbaik: {better}; nilai yang sama berbagi peringkat (1, 2, 2, 4). Selisih dari nasional dalam poin persen. Nilai dengan catatan (sumber berbeda, diragukan, RSE>25%, N<50, sampel kecil) tidak diurutkan: ada di akhir tabel dengan alasannya. Aturannya sama dengan halaman peringkat kabupaten/kota.",
    en: "Best first: {better}; equal values share a rank (1, 2, 2, 4). Differences from the national figure are in percentage points. A value with a caveat (sources differ, doubtful, RSE>25%, N<50, small sample) is not ranked: it comes last in the table with the reason. The rule is the regency/city ranking page's.",
  },
  count: {
    id: "Diurutkan: {ranked} dari {total} {areas}; tidak diurutkan karena catatan: {apart}; tanpa nilai: {none}.",
    en: "Ranked: {ranked} of {total} {areas}; not ranked because of a caveat: {apart}; no value: {none}.",
  },
  notRanked: { id: "tidak diurutkan: {why}", en: "not ranked: {why}" },
});

/** Why a value is not ranked, in the words the ranking page uses for the same caveats ("doubtful and N<50"). */
export function caveatList(lang: Lang, caveats: readonly ValueCaveat[]): string {
  return formatList(
    lang,
    caveats.map((c) => tp(lang, `scored.caveat.${c}`)),
  );
}

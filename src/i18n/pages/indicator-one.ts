/**
 * Words for indicator 1 (KLA-K-01) as scored from the regulations: the deciding fact worded per language (the
 * pipeline carries it as fields, src/method/regulation-rules.ts DecidingRegulation), the share of kab/kota answering
 * yes that stands in for a province and national figure, and why a regulation after the last scored year does not
 * count. Both languages of each key side by side (src/i18n/translate.ts).
 */
import { defineDictionary } from "../translate.ts";

export const ti = defineDictionary({
  "topic.kla": { id: "KLA", en: "KLA" },
  "topic.child-protection": { id: "perlindungan anak", en: "child protection" },
  enacted: { id: "{regulation} tentang {topic}", en: "{regulation} on {topic}" },
  none: {
    id: "pernyataan sumber ({year}) bahwa belum ada {kind} tentang {topic}",
    en: "a source's statement ({year}) that there is no {kind} on {topic}",
  },
  share: { id: "{pct} ya", en: "{pct} yes" },
  shareDetail: {
    id: "{yes} dari {known} kabupaten/kota yang diketahui menjawab ya; {unknown} tidak diketahui",
    en: "{yes} of {known} regencies/cities known answer yes; {unknown} unknown",
  },
  shareNone: { id: "belum ada yang diketahui", en: "none known" },
  later: {
    id: "{regulation} bertahun {year}, sesudah {last}, tahun terakhir yang dinilai; karena itu belum dihitung untuk indikator 1 pada tahun mana pun yang ditampilkan di sini. Peraturan dihitung mulai tahun penetapannya.",
    en: "{regulation} dates from {year}, after {last}, the last year scored, so it does not count for indicator 1 in any year shown here. A regulation counts from the year it was enacted.",
  },
  laterNone: {
    id: "Ada {regulation}, sesudah {last}, tahun terakhir yang dinilai; karena itu belum dihitung untuk indikator 1 pada tahun mana pun yang ditampilkan di sini.",
    en: "There is {regulation}, after {last}, the last year scored, so it does not count for indicator 1 in any year shown here.",
  },
});

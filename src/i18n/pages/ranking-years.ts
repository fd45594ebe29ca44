/**
 * Words that tie an indicator page to its per-year kab/kota ranking pages: the indicator page draws the reference
 * year's kab/kota distribution and links to the other years, whose distribution chart and ranking live on their
 * ranking page (/peringkat/indikator/<id>/<year>/). Both languages of each key side by side (src/i18n/translate.ts).
 */
import { defineDictionary } from "../translate.ts";

export const tyr = defineDictionary({
  otherYearsLead: {
    id: "Sebaran dan peringkat kabupaten/kota tahun lain, masing-masing dengan grafik dan tabel datanya, ada di halaman peringkat tahun itu:",
    en: "The regency/city distribution and ranking of each other year, each with its chart and data table, are on that year's ranking page:",
  },
  chartNote: {
    id: "Peringkat dan catatan setiap nilai ada di tabel di bawah; sumbernya disebut di atas.",
    en: "Each value's rank and caveats are in the tables below; their sources are named above.",
  },
});

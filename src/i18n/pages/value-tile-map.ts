/**
 * Words of the value tile map (src/charts/value-tile-map.ts): one indicator's kab/kota values on the province grid.
 * Both languages of each key side by side (src/i18n/translate.ts).
 */
import { defineDictionary } from "../translate.ts";

export const tv = defineDictionary({
  title: { id: "{series}: peta kabupaten/kota, {year}", en: "{series}: map of regencies and cities, {year}" },
  subtitle: {
    id: "Satu kotak per kabupaten/kota, dikelompokkan per provinsi; makin gelap makin tinggi nilainya ({better}); satuan: {unit}",
    en: "One square per regency/city, grouped by province; darker is a higher value ({better}); unit: {unit}",
  },
  higher: { id: "nilai lebih tinggi lebih baik", en: "higher is better" },
  lower: { id: "nilai lebih rendah lebih baik", en: "lower is better" },
  best: { id: "terbaik", en: "best" },
  worst: { id: "terburuk", en: "worst" },
  classFirst: { id: "di bawah {to}", en: "below {to}" },
  classMiddle: { id: "{from} sampai di bawah {to}", en: "{from} to below {to}" },
  classLast: { id: "{from} atau lebih", en: "{from} or more" },
  conflict: { id: "Sumber berbeda (tidak dinilai)", en: "Sources disagree (not scored)" },
  conflictTitle: { id: "sumber berbeda, tidak dinilai", en: "sources disagree, not scored" },
  noValue: { id: "Tanpa nilai", en: "No value" },
  desc: {
    id: "Pada {year}, {n} dari {total} kabupaten/kota punya nilai; median per provinsi berkisar dari {lowest} ({lowestName}) sampai {highest} ({highestName}).",
    en: "In {year}, {n} of {total} regencies/cities have a value; the provincial medians range from {lowest} ({lowestName}) to {highest} ({highestName}).",
  },
  descConflict: {
    id: "Untuk {n} kabupaten/kota sumber memberi nilai yang berbeda (tidak diwarnai).",
    en: "Sources disagree for {n} regencies/cities (not coloured).",
  },
  descNone: { id: "{n} kabupaten/kota tidak punya nilai.", en: "{n} regencies/cities have no value." },
  colMedian: { id: "Median", en: "Median" },
  colPlaces: { id: "Kab/kota", en: "Regencies/cities" },
});

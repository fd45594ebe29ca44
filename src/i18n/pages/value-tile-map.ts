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
  unranked: {
    id: "Nilai dengan catatan: tidak diwarnai dan tidak diurutkan ({why})",
    en: "Value with a caveat: not coloured, not ranked ({why})",
  },
  unrankedTitle: { id: "tidak diurutkan: {why}", en: "not ranked: {why}" },
  noValue: { id: "Tanpa nilai", en: "No value" },
  desc: {
    id: "Pada {year}, {n} dari {total} kabupaten/kota punya nilai tanpa catatan; median per provinsi dari nilai-nilai itu berkisar dari {lowest} ({lowestName}) sampai {highest} ({highestName}).",
    en: "In {year}, {n} of {total} regencies/cities have a value without a caveat; the provincial medians of those values range from {lowest} ({lowestName}) to {highest} ({highestName}).",
  },
  descUnranked: {
    id: "Nilai {n} kabupaten/kota punya catatan (sumber berbeda, diragukan, RSE>25%, N<50 atau sampel kecil): tidak diwarnai, tidak diurutkan dan tidak dihitung dalam median.",
    en: "The values of {n} regencies/cities carry a caveat (sources differ, doubtful, RSE>25%, N<50 or small sample): not coloured, not ranked and left out of the medians.",
  },
  descNone: { id: "{n} kabupaten/kota tidak punya nilai.", en: "{n} regencies/cities have no value." },
  colMedian: { id: "Median (nilai tanpa catatan)", en: "Median (values without a caveat)" },
  colUnranked: { id: "Dengan catatan (tidak diurutkan)", en: "With a caveat (not ranked)" },
  colWhy: { id: "Catatannya", en: "Caveats" },
  colPlaces: { id: "Kab/kota", en: "Regencies/cities" },
});

/**
 * Words of the indicator distribution chart (src/charts/indicator-distribution.ts): its title, subtitles,
 * description and table headers, both languages of each key side by side (src/i18n/translate.ts).
 */
import { defineDictionary } from "../translate.ts";

export const tc = defineDictionary({
  title: { id: "{series}: {areas}, {year}", en: "{series}: {areas}, {year}" },
  provinces: { id: "semua provinsi", en: "every province" },
  kabkota: { id: "semua kabupaten/kota", en: "every regency and city" },
  subtitleRows: {
    id: "Satu titik per provinsi, diurutkan dari yang terbaik ({better}); satuan: {unit}",
    en: "One dot per province, best first ({better}); unit: {unit}",
  },
  subtitleStrip: {
    id: "Satu titik per kabupaten/kota, ditumpuk per rentang {bin} poin persen; satuan: {unit}",
    en: "One dot per regency/city, stacked in bins of {bin} percentage points; unit: {unit}",
  },
  higher: { id: "nilai lebih tinggi lebih baik", en: "higher is better" },
  lower: { id: "nilai lebih rendah lebih baik", en: "lower is better" },
  descRange: {
    id: "Pada {year} ada data untuk {n} {areas}: dari {best} ({bestLabel}) sampai {worst} ({worstLabel}); median {median}.",
    en: "In {year} there is data for {n} {areas}: from {best} ({bestLabel}) to {worst} ({worstLabel}); median {median}.",
  },
  descReference: {
    id: "Dibanding {label} ({value}): {better} lebih baik, {worse} lebih buruk.",
    en: "Against {label} ({value}): {better} better, {worse} worse.",
  },
  descConflict: {
    id: "Untuk {n} {areas}, sumber memberi nilai yang berbeda; nilainya ditampilkan tetapi tidak diurutkan.",
    en: "Sources disagree for {n} of the {areas}; their values are shown but not ranked.",
  },
  areasProvince: { id: "provinsi", en: "provinces" },
  areasKabkota: { id: "kabupaten/kota", en: "regencies/cities" },
  conflict: { id: "Sumber berbeda (tidak diurutkan)", en: "Sources disagree (not ranked)" },
  area: { id: "Wilayah", en: "Area" },
  value: { id: "Nilai", en: "Value" },
  bin: { id: "Rentang nilai", en: "Value range" },
  count: { id: "Jumlah kabupaten/kota", en: "Regencies/cities" },
});

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
    id: "Pada {year}, {n} {areas} diurutkan: dari {best} ({bestLabel}) sampai {worst} ({worstLabel}); median {median}.",
    en: "In {year}, {n} {areas} are ranked: from {best} ({bestLabel}) to {worst} ({worstLabel}); median {median}.",
  },
  descReference: {
    id: "Dibanding {label} ({value}): {better} lebih baik, {worse} lebih buruk.",
    en: "Against {label} ({value}): {better} better, {worse} worse.",
  },
  descUnranked: {
    id: "Nilai {n} {areas} punya catatan (sumber berbeda, diragukan, RSE>25%, N<50 atau sampel kecil); nilainya ditampilkan tetapi tidak diurutkan.",
    en: "The values of {n} of the {areas} carry a caveat (sources differ, doubtful, RSE>25%, N<50 or small sample); they are shown but not ranked.",
  },
  areasProvince: { id: "provinsi", en: "provinces" },
  areasKabkota: { id: "kabupaten/kota", en: "regencies/cities" },
  unranked: { id: "Nilai dengan catatan (tidak diurutkan)", en: "Value with a caveat (not ranked)" },
  area: { id: "Wilayah", en: "Area" },
  value: { id: "Nilai", en: "Value" },
  bin: { id: "Rentang nilai", en: "Value range" },
  count: { id: "Jumlah kabupaten/kota", en: "Regencies/cities" },
});

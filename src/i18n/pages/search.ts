/** Strings of the search page (/cari/), both languages of each key side by side (src/i18n/translate.ts). */
import { defineDictionary } from "../index.ts";

export const ts = defineDictionary({
  title: { id: "Cari", en: "Search" },
  description: {
    id: "Cari kabupaten/kota, provinsi, atau indikator — juga dengan nama yang biasa dipakai (Solo, Tangsel, Sidrap).",
    en: "Search kab/kota, provinces and indicators — also by the names people use (Solo, Tangsel, Sidrap).",
  },
  heading: { id: "Cari kabupaten/kota, provinsi, atau indikator", en: "Search places, provinces and indicators" },
  label: { id: "Nama tempat atau indikator", en: "Place or indicator name" },
  placeholder: { id: "mis. Kupang, Solo, stunting", en: "e.g. Kupang, Solo, stunting" },
  submit: { id: "Cari", en: "Search" },
  hint: {
    id: "Nama populer juga bisa: Solo menemukan Kota Surakarta, Tangsel menemukan Kota Tangerang Selatan.",
    en: "Common names work too: Solo finds Kota Surakarta, Tangsel finds Kota Tangerang Selatan.",
  },
  noscript: {
    id: "Pencarian membutuhkan JavaScript. Tanpa JavaScript, semua 514 kabupaten/kota ada di halaman Peringkat, urut per provinsi.",
    en: "Search needs JavaScript. Without it, all 514 kab/kota are listed on the Rankings page, ordered by province.",
  },
  rankingsLink: { id: "Buka daftar lengkap di Peringkat", en: "Open the full list in Rankings" },
  loading: { id: "Mencari…", en: "Searching…" },
  none: { id: "Tidak ada hasil untuk “{q}”.", en: "No results for “{q}”." },
  count: { id: "{n} hasil untuk “{q}”", en: "{n} results for “{q}”" },
  error: {
    id: "Pencarian tidak dapat dimuat. Coba daftar lengkap di Peringkat.",
    en: "Search could not be loaded. Try the full list in Rankings.",
  },
});

import { defineDictionary } from "../index.ts";

export const ts = defineDictionary({
  id: {
    title: "Cari",
    description: "Cari kabupaten/kota, provinsi, atau indikator — juga dengan nama yang biasa dipakai (Solo, Tangsel, Sidrap).",
    heading: "Cari kabupaten/kota, provinsi, atau indikator",
    label: "Nama tempat atau indikator",
    placeholder: "mis. Kupang, Solo, stunting",
    submit: "Cari",
    hint: "Nama populer juga bisa: Solo menemukan Kota Surakarta, Tangsel menemukan Kota Tangerang Selatan.",
    noscript: "Pencarian membutuhkan JavaScript. Tanpa JavaScript, semua 514 kabupaten/kota ada di halaman Peringkat, urut per provinsi.",
    rankingsLink: "Buka daftar lengkap di Peringkat",
    loading: "Mencari…",
    none: "Tidak ada hasil untuk “{q}”.",
    count: "{n} hasil untuk “{q}”",
    error: "Pencarian tidak dapat dimuat. Coba daftar lengkap di Peringkat.",
  },
  en: {
    title: "Search",
    description: "Search kab/kota, provinces and indicators — also by the names people use (Solo, Tangsel, Sidrap).",
    heading: "Search places, provinces and indicators",
    label: "Place or indicator name",
    placeholder: "e.g. Kupang, Solo, stunting",
    submit: "Search",
    hint: "Common names work too: Solo finds Kota Surakarta, Tangsel finds Kota Tangerang Selatan.",
    noscript: "Search needs JavaScript. Without it, all 514 kab/kota are listed on the Rankings page, ordered by province.",
    rankingsLink: "Open the full list in Rankings",
    loading: "Searching…",
    none: "No results for “{q}”.",
    count: "{n} results for “{q}”",
    error: "Search could not be loaded. Try the full list in Rankings.",
  },
});

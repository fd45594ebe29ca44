/**
 * Strings of the regulation sections (place and province profiles, data page): each kab/kota's Perda on KLA or child
 * protection, the first KLA indicator. Each key holds both languages side by side.
 */
import { defineDictionary } from "../index.ts";

export const tr = defineDictionary({
  "sec.place": { id: "Peraturan daerah tentang KLA", en: "Local regulation on KLA" },
  "sec.placeShort": { id: "Perda KLA", en: "KLA regulation" },
  "sec.province": { id: "Peraturan daerah tentang KLA di {province}", en: "Local regulations on KLA in {province}" },
  why: {
    id: "Indikator KLA pertama (Kelembagaan) dimulai dengan adanya Perda atau kebijakan tentang Kabupaten/Kota Layak Anak. Kami mencatat Perda (Qanun di Aceh) tentang KLA atau tentang perlindungan anak, dan juga Peraturan Bupati/Wali Kota — jenisnya selalu kami sebut apa adanya.",
    en: "The first KLA indicator (institutions) starts with a Perda (regional regulation) or policy on child-friendly regencies/cities. We record Perda (Qanun in Aceh) on KLA or on child protection, and regent's or mayor's regulations too — always under their own name.",
  },
  "state.perda-kla": {
    id: "{place} memiliki Perda tentang Kabupaten/Kota Layak Anak: {regulation}.",
    en: "{place} has a Perda on child-friendly regencies/cities (KLA): {regulation}.",
  },
  "state.perda-child-protection": {
    id: "{place} memiliki Perda tentang perlindungan anak: {regulation}. Kami belum menemukan sumber tentang Perda KLA-nya sendiri.",
    en: "{place} has a Perda on child protection: {regulation}. We have found no source yet for a Perda on KLA itself.",
  },
  "state.none": {
    id: "Menurut sumber, {place} belum memiliki Perda tentang KLA pada {year}.",
    en: "A source says {place} had no Perda on KLA as of {year}.",
  },
  "state.head-regulation": {
    id: "Yang diketahui hanya {regulation} — peraturan kepala daerah, bukan Perda yang dibahas bersama DPRD. Kami belum menemukan sumber tentang Perda.",
    en: "Only {regulation} is known — the regional head's own regulation, not a Perda passed with the DPRD. We have found no source yet for a Perda.",
  },
  "state.unknown": { id: "Tidak diketahui — kami belum menemukan sumbernya.", en: "Unknown — no source found yet." },
  draft: {
    id: "Rancangan (Ranperda) {title} dilaporkan pada {year}; belum ada sumber bahwa Perda itu sudah ditetapkan.",
    en: "A draft (Ranperda) {title} was reported in {year}; no source yet says it was enacted.",
  },
  newer: {
    id: "Jika sejak itu sudah ada Perda, kirimkan sumbernya.",
    en: "If a Perda has been enacted since, send us the source.",
  },
  history: { id: "Semua pernyataan sumber, terbaru lebih dulu", en: "Every source statement, newest first" },
  "col.year": { id: "Tahun", en: "Year" },
  "col.regulation": { id: "Peraturan", en: "Regulation" },
  "col.status": { id: "Keadaan", en: "Status" },
  "col.source": { id: "Sumber", en: "Source" },
  "col.place": { id: "Kabupaten/kota", en: "Regency/city" },
  "col.state": { id: "Keadaan", en: "Status" },
  "col.latest": { id: "Pernyataan terbaru", en: "Newest statement" },
  "col.count": { id: "Jumlah", en: "Count" },
  "reg.full": { id: "{kind} Nomor {number} Tahun {year}", en: "{kind} No. {number} of {year}" },
  "reg.noNumber": { id: "{kind} tahun {year} (nomor tidak disebut)", en: "{kind} of {year} (number not stated)" },
  "reg.about": { id: "tentang", en: "on" },
  "reg.listed": {
    id: "hanya dari judulnya dalam daftar dokumen terkait di halaman lain — bukti lebih lemah",
    en: "known only from its title in another page's list of related documents — weaker evidence",
  },
  "reg.conflict": {
    id: "sumber berbeda tentang nomor atau tahun peraturan ini; semua bacaan ditampilkan, tidak ada yang dipilih",
    en: "sources disagree on this regulation's number or year; every reading is shown, none is chosen",
  },
  "reg.none": { id: "{kind}: belum ada", en: "{kind}: none" },
  "kind.perda": { id: "Perda", en: "Perda" },
  "kind.qanun": { id: "Qanun", en: "Qanun" },
  "kind.perbup": { id: "Perbup (peraturan bupati)", en: "Perbup (regent's regulation)" },
  "kind.perwal": { id: "Perwal (peraturan wali kota)", en: "Perwal (mayor's regulation)" },
  "status.enacted": { id: "Ditetapkan", en: "Enacted" },
  "status.draft": { id: "Rancangan", en: "Draft" },
  "status.none": { id: "Belum ada, menurut sumber", en: "None, a source says" },
  "topic.kla": { id: "KLA", en: "KLA" },
  "topic.child-protection": { id: "Perlindungan anak", en: "Child protection" },
  "label.perda-kla": { id: "Perda tentang KLA", en: "Perda on KLA" },
  "label.perda-child-protection": {
    id: "Perda tentang perlindungan anak (Perda KLA belum diketahui)",
    en: "Perda on child protection (Perda on KLA unknown)",
  },
  "label.none": { id: "Menurut sumber belum punya Perda KLA", en: "A source says no Perda on KLA" },
  "label.head-regulation": { id: "Hanya Perbup/Perwal diketahui", en: "Only a Perbup/Perwal known" },
  "label.unknown": { id: "Tidak diketahui (belum ada sumber)", en: "Unknown (no source yet)" },
  "province.lead": {
    id: "Dari {total} kabupaten/kota di {province}, {has} diketahui memiliki Perda tentang KLA atau perlindungan anak, {none} menurut sumber belum memilikinya, dan {unknown} belum diketahui.",
    en: "Of the {total} regencies/cities of {province}, {has} are known to have a Perda on KLA or child protection, {none} have none according to a source, and {unknown} are unknown.",
  },
  "province.caption": {
    id: "Peraturan KLA kabupaten/kota {province}",
    en: "KLA regulations of the regencies/cities of {province}",
  },
  "province.listCaption": {
    id: "Kabupaten/kota {province} yang punya pernyataan sumber",
    en: "Regencies/cities of {province} with a source statement",
  },
  "province.unknownList": { id: "Belum diketahui ({n}):", en: "Unknown ({n}):" },
  "province.draftNote": { id: "rancangan {year}", en: "draft {year}" },
  "national.lead": {
    id: "Secara nasional, {has} dari {total} kabupaten/kota diketahui memiliki Perda (atau Qanun) tentang KLA atau perlindungan anak: {kla} tentang KLA dan {cp} hanya tentang perlindungan anak. {none} lagi menurut sumber belum memiliki Perda KLA, {head} hanya diketahui punya Perbup/Perwal, dan {unknown} belum diketahui. Pernyataan sumber yang kami kumpulkan (termasuk rancangan) mencakup {places} kabupaten/kota di {provinces} provinsi.",
    en: "Nationally, {has} of {total} regencies/cities are known to have a Perda (or Qanun) on KLA or child protection: {kla} on KLA and {cp} on child protection only. {none} more have no Perda on KLA according to a source, {head} are known to have only a Perbup/Perwal, and {unknown} are unknown. The source statements we hold (drafts included) cover {places} regencies/cities in {provinces} provinces.",
  },
  "national.caption": {
    id: "Kabupaten/kota menurut keadaan peraturan KLA-nya, nasional",
    en: "Regencies/cities by the status of their KLA regulation, nationally",
  },
  "source.file": { id: "Sumber setiap baris: regulations.csv", en: "Source of every row: regulations.csv" },
  "fix.intro": {
    id: "Punya sumber tentang Perda KLA {place}? Tambahkan satu baris ke {file}, dengan nama dan nomor seperti tertulis di sumber:",
    en: "Have a source on {place}'s Perda on KLA? Add one row to {file}, with the name and number as the source prints them:",
  },
  "fix.check": {
    id: "lalu periksa dengan {cmd}. Langkah selengkapnya ada di {link}.",
    en: "then check it with {cmd}. The full steps are in {link}.",
  },
  "fix.link": { id: "bagian koreksi", en: "the corrections section" },
  "fix.placeholderPlace": { id: "nama kabupaten/kota", en: "regency/city name" },
});

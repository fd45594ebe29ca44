/**
 * Strings of the Findings section's charts (src/charts/tier-distribution.ts, src/charts/tier-shares.ts). Each key
 * holds both languages side by side.
 */
import { defineDictionary } from "../index.ts";

export const tfc = defineDictionary({
  kota: { id: "Kota", en: "Kota (city)" },
  kabupaten: { id: "Kabupaten", en: "Kabupaten (regency)" },
  panel: { id: "{type} · predikat {year}", en: "{type} · predikat {year}" },
  distTitle: { id: "{series} {dataYear} menurut predikat KLA", en: "{series} {dataYear} by KLA predikat" },
  distSubtitle: {
    id: "Satu titik per kabupaten/kota; batang = setengah tengah (kuartil 1–3), garis tegak = median",
    en: "One dot per kab/kota; bar = middle half (quartiles 1–3), upright tick = median",
  },
  distDesc: {
    id: "Setiap titik adalah satu kabupaten/kota: {series} {dataYear} menurut predikat yang dinyatakan sumber pada {year} dan putaran sebelumnya, kota dan kabupaten terpisah.",
    en: "Each dot is one kab/kota: {series} {dataYear} by the predikat a source states for {year} and the round before, kota and kabupaten apart.",
  },
  distDescGroup: {
    id: "{type} {predikat}: median {median} (n = {n})",
    en: "{type} {predikat}: median {median} (n = {n})",
  },
  betterLower: { id: "Makin rendah makin baik.", en: "Lower is better." },
  betterHigher: { id: "Makin tinggi makin baik.", en: "Higher is better." },
  legendIqr: { id: "Setengah tengah dan median", en: "Middle half and median" },
  colPanel: { id: "Panel", en: "Panel" },
  colPredikat: { id: "Predikat", en: "Predikat" },
  colN: { id: "n", en: "n" },
  colMedian: { id: "Median", en: "Median" },
  colIqr: { id: "Kuartil 1–3", en: "Quartiles 1–3" },
  colRange: { id: "Terendah–tertinggi", en: "Lowest–highest" },
  sharesPanel: { id: "Predikat {year}", en: "Predikat {year}" },
  sharesSubtitle: {
    id: "Bagian tiap predikat di antara daerah dengan predikat yang dinyatakan sumber; n = jumlah daerah",
    en: "Share of each tier among the places with a predikat a source states; n = number of places",
  },
  sharesDesc: {
    id: "Untuk tiap kelompok, pembagian predikat {year} di antara daerahnya yang predikatnya dinyatakan sumber:",
    en: "For each group, how the {year} predikat are shared among its places whose tier a source states:",
  },
  sharesDescGroup: { id: "{group} (n = {n})", en: "{group} (n = {n})" },
  nLabel: { id: "n = {n}", en: "n = {n}" },
  colRound: { id: "Putaran", en: "Round" },
  colGroup: { id: "Kelompok", en: "Group" },
});

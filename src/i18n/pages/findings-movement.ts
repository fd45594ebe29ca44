/**
 * Words of two findings (issue 16): movement of the predikat between rounds (src/views/findings/movement.ts, chart
 * src/charts/movement-by-province.ts) and reported scores against the band of the predikat received
 * (src/views/findings/self-assessment-bands.ts, chart src/charts/reported-score-bands.ts). Every figure is a
 * placeholder filled with a computed, locale-formatted number; both languages of each key side by side.
 */
import { defineDictionary } from "../translate.ts";

export const tfm = defineDictionary({
  // ---- Finding 3: movement between rounds ----
  "move.title": {
    id: "Naik, tetap atau turun: predikat {from} dibanding {to}",
    en: "Up, same or down: predikat in {from} against {to}",
  },
  "move.counts": {
    id: "Dari {n} kabupaten/kota yang predikatnya dinyatakan sumber pada {from} maupun {to}, {up} naik, {same} tetap dan {down} turun.",
    en: "Of the {n} regencies/cities whose predikat a source states in both {from} and {to}, {up} moved up, {same} stayed the same and {down} moved down.",
  },
  "move.byType": {
    id: "Kota: {kotaUp} naik, {kotaSame} tetap, {kotaDown} turun. Kabupaten: {kabUp} naik, {kabSame} tetap, {kabDown} turun.",
    en: "Cities: {kotaUp} up, {kotaSame} same, {kotaDown} down. Regencies: {kabUp} up, {kabSame} same, {kabDown} down.",
  },
  "move.fell": { id: "Yang turun ({n}): {list}.", en: "Moved down ({n}): {list}." },
  "move.fellNone": {
    id: "Tidak ada yang turun di antara mereka.",
    en: "None of them moved down.",
  },
  "move.rose": {
    id: "Yang naik dua tingkat atau lebih ({n}): {list}.",
    en: "Rose two tiers or more ({n}): {list}.",
  },
  "move.roseNone": {
    id: "Tidak ada yang naik dua tingkat atau lebih.",
    en: "None rose two tiers or more.",
  },
  "move.item": { id: "{place} ({from} → {to})", en: "{place} ({from} → {to})" },
  "move.reason": { id: "{from} {fromYear} → {to} {toYear}", en: "{from} {fromYear} → {to} {toYear}" },
  "move.provinces": {
    id: "Penurunan terjadi di {k} provinsi; terbanyak di {provinces} ({n}).",
    en: "Falls happened in {k} provinces; most in {provinces} ({n}).",
  },
  "move.population": {
    id: "Kabupaten/kota yang predikatnya dinyatakan sumber pada kedua putaran, {from} dan {to}: {n}. Tidak dihitung, karena pada salah satu putaran predikatnya hanya disimpulkan: {inferred}; karena sumbernya berbeda: {conflict}; karena tidak meraih penghargaan: {notAwarded}; karena tingkatnya tidak disebut: {tierUnknown}. Kabupaten/kota yang hanya diketahui pada salah satu putaran ({oneRound}) juga tidak dihitung.",
    en: "Regencies/cities whose predikat a source states in both rounds, {from} and {to}: {n}. Left out because in one of the rounds the predikat is only inferred: {inferred}; because sources disagree: {conflict}; because it was not awarded: {notAwarded}; because the tier is not stated: {tierUnknown}. Regencies/cities known in only one of the two rounds ({oneRound}) are left out too.",
  },
  "move.caveatRound": {
    id: "Perubahan predikat mencerminkan penilaian pada putaran itu (verifikasi, cara menilai), bukan hanya perubahan keadaan anak di daerahnya.",
    en: "A change of predikat reflects the evaluation of that round (verification, how it was scored), not only a change in children's lives in the place.",
  },
  "move.caveatCoverage": {
    id: "Hanya {n} dari {total} kabupaten/kota punya predikat yang dinyatakan sumber pada kedua putaran; mereka bukan sampel acak.",
    en: "Only {n} of {total} regencies/cities have a predikat a source states in both rounds; they are not a random sample.",
  },
  "move.caveatProvince": {
    id: "Provinsi dihitung menurut wilayahnya sekarang, bukan menurut wilayah pada saat putaran.",
    en: "Provinces are counted as they are today, not as they were at the time of the round.",
  },
  "move.caveatProvinceChanged": {
    id: "Provinsi dihitung menurut wilayahnya sekarang: {n} dari kabupaten/kota ini pada {year} masih termasuk {provinces}.",
    en: "Provinces are counted as they are today: in {year}, {n} of these regencies/cities still belonged to {provinces}.",
  },
  "move.source": { id: "{place}, {year}: {host}", en: "{place}, {year}: {host}" },
  "moveChart.title": {
    id: "Naik, tetap, turun per provinsi, {from} → {to}",
    en: "Up, same, down by province, {from} → {to}",
  },
  "moveChart.subtitle": {
    id: "Kabupaten/kota dengan predikat yang dinyatakan sumber pada kedua putaran; turun ke kiri, naik ke kanan, tetap di tengah",
    en: "Regencies/cities with a predikat a source states in both rounds; down to the left, up to the right, same in the middle",
  },
  "moveChart.up": { id: "Naik", en: "Up" },
  "moveChart.same": { id: "Tetap", en: "Same" },
  "moveChart.down": { id: "Turun", en: "Down" },
  "moveChart.total": { id: "Jumlah", en: "Total" },
  "moveChart.desc": {
    id: "Antara {from} dan {to}, {n} kabupaten/kota di {k} provinsi: {up} naik, {same} tetap, {down} turun.",
    en: "Between {from} and {to}, {n} regencies/cities in {k} provinces: {up} up, {same} same, {down} down.",
  },
  "moveChart.descMostDown": {
    id: "Penurunan terbanyak: {provinces} ({n}).",
    en: "Most falls: {provinces} ({n}).",
  },
  "moveChart.descMostUp": {
    id: "Kenaikan terbanyak: {provinces} ({n}).",
    en: "Most rises: {provinces} ({n}).",
  },
  "moveChart.descEmpty": {
    id: "Tidak ada kabupaten/kota dengan predikat yang dinyatakan sumber pada {from} maupun {to}.",
    en: "No regency/city has a predikat a source states in both {from} and {to}.",
  },

  // ---- Finding 4: reported scores against the band of the predikat received ----
  "bands.title": {
    id: "Nilai yang dilaporkan dan rentang predikat yang diterima",
    en: "Reported scores and the band of the predikat received",
  },
  "bands.counts": {
    id: "Sumber melaporkan {n} nilai total untuk {places} kabupaten/kota dalam {rounds} putaran: {self} penilaian mandiri, {verified} hasil verifikasi, {final} nilai akhir dan {unclear} yang tahapnya tidak jelas.",
    en: "Sources report {n} total scores for {places} regencies/cities in {rounds} rounds: {self} self-assessed, {verified} verified, {final} final and {unclear} whose stage is unclear.",
  },
  "bands.mismatch": {
    id: "Di luar rentang predikat yang diterima daerahnya ({m}):",
    en: "Outside the band of the predikat the place received ({m}):",
  },
  "bands.mismatchNone": {
    id: "Tidak ada nilai yang berada di luar rentang predikat yang diterima.",
    en: "No score lies outside the band of the predikat received.",
  },
  "bands.item": {
    id: "{place} {year}: {stage} {score} (rentang {band}) — menerima {predikat} ({range})",
    en: "{place} {year}: {stage} {score} ({band} band) — received {predikat} ({range})",
  },
  "bands.itemInferred": {
    id: "{place} {year}: {stage} {score} (rentang {band}) — menerima {predikat} ({range}, disimpulkan)",
    en: "{place} {year}: {stage} {score} ({band} band) — received {predikat} ({range}, inferred)",
  },
  "bands.reason": {
    id: "{stage} {score} pada {year} (rentang {band}), menerima {predikat}",
    en: "{stage} {score} in {year} ({band} band), received {predikat}",
  },
  "bands.pairs": {
    id: "Bila sumber memberi nilai penilaian mandiri dan hasil verifikasi untuk daerah dan putaran yang sama (n = {k}), nilai verifikasi lebih rendah pada {lower} di antaranya, paling jauh {maxDrop} poin.",
    en: "Where sources give both a self-assessed and a verified score for the same place and round (n = {k}), the verified score is lower in {lower} of them, by at most {maxDrop} points.",
  },
  "bands.pairsNotLower": {
    id: "Bila sumber memberi nilai penilaian mandiri dan hasil verifikasi untuk daerah dan putaran yang sama (n = {k}), tidak ada nilai verifikasi yang lebih rendah.",
    en: "Where sources give both a self-assessed and a verified score for the same place and round (n = {k}), no verified score is lower.",
  },
  "bands.population": {
    id: "Setiap nilai total yang dilaporkan sumber untuk satu kabupaten/kota dan putaran ({n} setelah menggabungkan baris yang sama dari sumber berbeda). Predikat yang diterima adalah predikat dalam data penghargaan, atau yang disebut sumber nilai itu bila data penghargaan tidak menyebutnya; {inferred} nilai dibandingkan dengan predikat yang hanya disimpulkan, dan {none} tanpa predikat yang diketahui.",
    en: "Every total score a source reports for a regency/city and round ({n} after merging identical rows from different sources). The predikat received is the one in the award data, or the one the score's source names where the award data states none; {inferred} scores are compared with a predikat that is only inferred, and {none} have no known predikat.",
  },
  "bands.caveatSelf": {
    id: "Penilaian mandiri adalah nilai yang diisi daerah sendiri, sebelum verifikasi kementerian; bukan hasil penilaian.",
    en: "A self-assessment is the score a place gives itself, before the ministry's verification; it is not the result.",
  },
  "bands.caveatBands": {
    id: "Rentang predikat menurut metode yang diterbitkan ({bands}); nilai berdesimal di antara dua rentang dibaca masuk rentang yang lebih tinggi — pembacaan proyek ini.",
    en: "Bands as the method publishes them ({bands}); a score with decimals between two published bands is read into the higher band — this project's reading.",
  },
  "bands.caveatFew": {
    id: "Hanya {places} kabupaten/kota yang nilainya dilaporkan sumber; mereka bukan sampel, dan nilai itu dilaporkan oleh daerahnya sendiri.",
    en: "Sources report scores for only {places} regencies/cities; they are not a sample, and the scores are mostly reported by the places themselves.",
  },
  "bands.source": { id: "{place} {year}, {stage}: {host}", en: "{place} {year}, {stage}: {host}" },
  "band.below": { id: "di bawah {predikat}", en: "below {predikat}" },
  "bandsChart.title": {
    id: "Nilai yang dilaporkan terhadap rentang predikat",
    en: "Reported scores against the predikat bands",
  },
  "bandsChart.subtitle": {
    id: "Satu baris per kabupaten/kota dan putaran; pita berwarna = rentang predikat yang diterima; titik = nilai yang dilaporkan, bentuknya menurut tahap",
    en: "One row per regency/city and round; coloured bar = band of the predikat received; dots = reported scores, shaped by stage",
  },
  "bandsChart.received": { id: "Diterima: {predikat} ({range})", en: "Received: {predikat} ({range})" },
  "bandsChart.desc": {
    id: "{n} nilai untuk {rows} pasangan kabupaten/kota dan putaran; {m} di luar rentang predikat yang diterima.",
    en: "{n} scores for {rows} pairs of regency/city and round; {m} outside the band of the predikat received.",
  },
  "bandsChart.descRange": {
    id: "Nilai berkisar dari {min} sampai {max}.",
    en: "Scores range from {min} to {max}.",
  },
  "bandsChart.descEmpty": { id: "Belum ada nilai yang dilaporkan sumber.", en: "No source reports a score yet." },
  "col.placeRound": { id: "Kabupaten/kota, putaran", en: "Regency/city, round" },
  "col.stage": { id: "Tahap", en: "Stage" },
  "col.band": { id: "Rentang nilai", en: "Score's band" },
  "col.received": { id: "Predikat diterima", en: "Predikat received" },
  "col.mismatch": { id: "Di luar rentang", en: "Outside the band" },
  "col.source": { id: "Sumber", en: "Source" },
  yes: { id: "ya", en: "yes" },
  no: { id: "tidak", en: "no" },
  inferred: { id: "{predikat} (disimpulkan)", en: "{predikat} (inferred)" },
  unknown: { id: "tidak diketahui", en: "unknown" },
  moreSources: { id: "{host} (+{n})", en: "{host} (+{n})" },
});

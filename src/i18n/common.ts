/**
 * The words every page shares: site name, navigation, footer, chart frame, predikat labels, table columns, and the
 * titles and descriptions of the shared charts. Both languages of a key side by side (src/i18n/translate.ts).
 * Indonesian is the default language; `{name}` placeholders are filled by `t(lang, key, params)`.
 */
import { defineDictionary } from "./translate.ts";

export const t = defineDictionary({
  "site.name": { id: "Atlas Kota Layak Anak", en: "Atlas Kota Layak Anak" },
  "site.description": {
    id: "Data terbuka dan visualisasi predikat Kabupaten/Kota Layak Anak (KLA): siapa meraih predikat apa, kapan, menurut sumber mana, dan apa kata data tentang anak-anaknya.",
    en: "Open data and charts on Indonesia's Child-Friendly Regency/City (KLA) awards: who received which predikat, when, on which source, and what the data says about their children.",
  },

  "nav.label": { id: "Navigasi utama", en: "Main navigation" },
  "nav.home": { id: "Beranda", en: "Home" },
  "nav.rankings": { id: "Peringkat", en: "Rankings" },
  "nav.compare": { id: "Bandingkan", en: "Compare" },
  "nav.indicators": { id: "Indikator", en: "Indicators" },
  "nav.methodology": { id: "Metodologi", en: "Methodology" },
  "nav.selfAssessment": { id: "Simulasi", en: "Self-assessment" },
  "nav.search": { id: "Cari", en: "Search" },
  "nav.data": { id: "Data", en: "Data" },
  "skip.toContent": { id: "Langsung ke isi", en: "Skip to content" },
  "lang.switch": { id: "English", en: "Bahasa Indonesia" },
  "lang.switchLabel": { id: "Read this page in English", en: "Baca halaman ini dalam Bahasa Indonesia" },

  "footer.dataLabel": { id: "Data", en: "Data" },
  "footer.codesLabel": { id: "Kode dan nama wilayah", en: "Area codes and names" },
  "footer.licenceWord": { id: "lisensi", en: "licence" },
  "footer.about": { id: "Tentang situs ini", en: "About this site" },
  "footer.data": { id: "Unduh data", en: "Download the data" },
  "footer.notOfficial": {
    id: "Bukan situs resmi Kementerian PPPA.",
    en: "Not an official site of the Ministry (KemenPPPA).",
  },

  "chart.source": { id: "Sumber", en: "Source" },
  "chart.showData": { id: "Lihat data sebagai tabel", en: "Show the data as a table" },
  "chart.legend": { id: "Keterangan", en: "Legend" },
  "chart.scrollHint": {
    id: "Geser ke samping untuk melihat seluruh grafik.",
    en: "Scroll sideways to see the whole chart.",
  },

  "predikat.notAwarded": { id: "Tidak mendapat predikat", en: "Not awarded" },
  "predikat.unknown": { id: "Tidak diketahui", en: "Unknown" },
  "predikat.tierUnknown": { id: "Dapat predikat, tingkat tidak disebut", en: "Awarded, tier not stated" },
  "predikat.tierNotPublished": { id: "Predikat tidak dirinci", en: "Tier not published" },
  "predikat.conflict": { id: "Sumber berbeda", en: "Sources disagree" },
  "predikat.inferred": { id: "disimpulkan", en: "inferred" },
  "predikat.noRound": { id: "tidak ada penghargaan", en: "no awards" },
  "predikat.noCounts": { id: "angka tidak terbit", en: "counts not published" },

  "col.year": { id: "Tahun", en: "Year" },
  "col.place": { id: "Kabupaten/kota", en: "Regency/city" },
  "col.province": { id: "Provinsi", en: "Province" },
  "col.predikat": { id: "Predikat", en: "Predikat" },
  "col.status": { id: "Status", en: "Status" },
  "col.note": { id: "Catatan", en: "Note" },
  "col.totalAnnounced": { id: "Total diumumkan", en: "Total announced" },
  "col.known": { id: "Baris yang kami miliki", en: "Rows we hold" },
  "col.share": { id: "Cakupan", en: "Coverage" },
  "col.cluster": { id: "Klaster", en: "Cluster" },
  "col.score": { id: "Skor", en: "Score" },
  "col.max": { id: "Maksimum", en: "Maximum" },
  "col.coverage": { id: "Indikator berdata", en: "Indicators with data" },
  "col.shareOfMax": { id: "Bagian dari maksimum", en: "Share of maximum" },
  "col.area": { id: "Wilayah", en: "Area" },
  "col.places": { id: "Jumlah kab/kota", en: "Kab/kota" },

  "predikatByRound.title": { id: "Predikat KLA per putaran penghargaan", en: "KLA predikat by award round" },
  "predikatByRound.subtitle": {
    id: "Jumlah kabupaten/kota yang diumumkan meraih predikat, dibandingkan target {target} dan seluruh {total} kabupaten/kota",
    en: "Regencies and cities announced as awarded, against the target of {target} and all {total} kabupaten/kota",
  },
  "predikatByRound.target": { id: "Target {n}", en: "Target {n}" },
  "predikatByRound.all": { id: "Seluruh kab/kota: {n}", en: "All kab/kota: {n}" },
  "predikatByRound.descLatest": {
    id: "Pada {year}, {n} dari {total} kabupaten/kota meraih predikat ({share}); targetnya {target}.",
    en: "In {year}, {n} of {total} kab/kota held a predikat ({share}); the target is {target}.",
  },
  "predikatByRound.descMax": { id: "Jumlah tertinggi: {n} pada {year}.", en: "The highest count was {n} in {year}." },
  "predikatByRound.descNoKla": {
    id: "Belum ada daerah yang pernah meraih predikat tertinggi, KLA.",
    en: "No place has ever reached the top predikat, KLA.",
  },
  "predikatByRound.descGaps": { id: "Tidak ada penghargaan pada {years}.", en: "No awards were held in {years}." },
  "predikatByRound.descNoSplit": {
    id: "Untuk {years} rincian per predikat tidak terbit lengkap.",
    en: "For {years} the split by predikat was not published in full.",
  },

  "placeTimeline.title": { id: "{place}: predikat per putaran", en: "{place}: predikat by round" },
  "placeTimeline.subtitle": {
    id: "Putaran penghargaan {from}–{to}; tanpa sumber terverifikasi berarti tidak diketahui",
    en: "Award rounds {from}–{to}; without a verified source a round is unknown",
  },
  "placeTimeline.descKnown": {
    id: "{place} memiliki hasil bersumber untuk {k} dari {n} putaran antara {from} dan {to}: {list}.",
    en: "{place} has a sourced result for {k} of {n} rounds from {from} to {to}: {list}.",
  },
  "placeTimeline.descUnknown": {
    id: "{n} putaran tidak diketahui karena belum ada sumber terverifikasi.",
    en: "{n} rounds are unknown because no verified source has been found yet.",
  },

  "placeTimeline.descNone": {
    id: "Belum ada sumber terverifikasi tentang predikat {place} pada putaran {from}–{to}: semuanya tidak diketahui.",
    en: "No verified source on {place}'s predikat in the rounds {from}–{to} has been found yet: all are unknown.",
  },
  "placeTimeline.descUnknownOne": {
    id: "Satu putaran tidak diketahui karena belum ada sumber terverifikasi.",
    en: "One round is unknown because no verified source has been found yet.",
  },
  "placeTimeline.rowTierUnclear": { id: "Tingkat tak jelas", en: "Tier unclear" },
  "placeTimeline.rowNotAwarded": { id: "Tanpa predikat", en: "Not awarded" },
  "placeTimeline.rowUnknown": { id: "Tidak diketahui", en: "Unknown" },
  "placeTimeline.sources": { id: "{n} sumber", en: "{n} source(s)" },

  "provincePeers.title": {
    id: "{province}: predikat kabupaten/kota, {year}",
    en: "{province}: predikat of its regencies and cities, {year}",
  },
  "provincePeers.subtitle": {
    id: "Diurutkan dari predikat tertinggi; tidak diketahui berarti belum ada sumber terverifikasi",
    en: "Sorted from the highest predikat; unknown means no verified source yet",
  },
  "provincePeers.desc": {
    id: "Dari {n} kabupaten/kota di {province} pada {year}: meraih predikat {awarded}, tidak mendapat predikat {notAwarded}, tidak diketahui {unknown}.",
    en: "Of {n} kab/kota in {province} in {year}: awarded {awarded}, not awarded {notAwarded}, unknown {unknown}.",
  },
  "provincePeers.descBreakdown": { id: "Rinciannya: {list}.", en: "By predikat: {list}." },
  "provincePeers.descFocus": { id: "{place}: {status}.", en: "{place}: {status}." },

  "indicatorComparison.title": {
    id: "{series}: {focus} dibandingkan provinsi dan nasional",
    en: "{series}: {focus} compared with its province and the country",
  },
  "indicatorComparison.subtitle": { id: "Satuan: {unit}", en: "Unit: {unit}" },
  "indicatorComparison.desc": {
    id: "{series} di {area} pada {year}: {value}.",
    en: "{series} in {area} in {year}: {value}.",
  },
  "indicatorComparison.descContext": { id: "Sebagai perbandingan: {list}.", en: "For comparison: {list}." },
  "indicatorComparison.descChange": {
    id: "Di {area} berubah dari {from} ({fromYear}) menjadi {to} ({toYear}).",
    en: "In {area} it went from {from} ({fromYear}) to {to} ({toYear}).",
  },
  "indicatorComparison.national": { id: "Nasional", en: "Indonesia" },

  "clusterScores.title": { id: "Skor per klaster", en: "Score by cluster" },
  "clusterScores.subtitle": {
    id: "Skor sebagai bagian dari nilai maksimum klaster; cakupan = indikator yang ada datanya",
    en: "Score as a share of the cluster's maximum; coverage = indicators with data",
  },
  "clusterScores.coverage": { id: "{present} dari {total} indikator", en: "{present} of {total} indicators" },
  "clusterScores.desc": {
    id: "{label}: {score} dari {max} ({share}), {coverage}.",
    en: "{label}: {score} of {max} ({share}), {coverage}.",
  },
  "clusterScores.descNoScore": {
    id: "{label}: belum bisa dihitung, {coverage}.",
    en: "{label}: cannot be scored yet, {coverage}.",
  },
  "clusterScores.noScore": { id: "belum ada skor", en: "no score yet" },

  "tileMap.title": { id: "Peta predikat per provinsi, {year}", en: "Predikat by province, {year}" },
  "tileMap.subtitle": {
    id: "Setiap kotak kecil satu kabupaten/kota; provinsi disusun mengikuti letaknya di kepulauan",
    en: "Each small square is one regency or city; provinces are laid out roughly as on the map",
  },
  "tileMap.desc": {
    id: "Dari {total} kabupaten/kota pada {year}: predikat diketahui {known}{breakdown}; meraih predikat tanpa tingkat yang disebut {tierUnknown}; tidak mendapat predikat {notAwarded}; tidak diketahui {unknown}.",
    en: "Of {total} kab/kota in {year}: predikat known {known}{breakdown}; awarded with no tier stated {tierUnknown}; not awarded {notAwarded}; unknown {unknown}.",
  },
  "tileMap.inferred": {
    id: "Titik putih: disimpulkan, tidak dinyatakan sumber",
    en: "White dot: inferred, not stated by a source",
  },
  "tileMap.colInferred": { id: "Di antaranya disimpulkan", en: "Of which inferred" },
  "tileMap.descInferred": {
    id: "{n} di antaranya disimpulkan (tidak dinyatakan sumber untuk daerah itu) dan ditandai titik putih.",
    en: "{n} of these are inferred (no source states them for that place) and carry a white dot.",
  },
  "tileMap.descAnnounced": {
    id: "Kementerian mengumumkan {n} kabupaten/kota meraih predikat.",
    en: "The ministry announced {n} kab/kota as awarded.",
  },

  "coverageByRound.title": { id: "Seberapa lengkap daftar per daerah", en: "How complete the per-place lists are" },
  "coverageByRound.subtitle": {
    id: "Baris per daerah yang kami miliki dibandingkan jumlah peraih predikat yang diumumkan",
    en: "Per-place rows we hold, against the number of awarded places announced",
  },
  "coverageByRound.announced": { id: "Diumumkan", en: "Announced" },
  "coverageByRound.stated": { id: "Dinyatakan sumber", en: "Stated by a source" },
  "coverageByRound.inferred": { id: "Disimpulkan", en: "Inferred" },
  "coverageByRound.statedShare": { id: "Cakupan, hanya yang dinyatakan", en: "Coverage, stated only" },
  "coverageByRound.desc": {
    id: "{year}: {known} dari {announced} ({share}) — {stated} dinyatakan sumber ({statedShare}), {inferred} disimpulkan",
    en: "{year}: {known} of {announced} ({share}) — {stated} stated by a source ({statedShare}), {inferred} inferred",
  },
  "coverageByRound.descIntro": {
    id: "Baris per daerah yang kami miliki dibandingkan jumlah yang diumumkan — {list}.",
    en: "Per-place rows we hold against the number announced — {list}.",
  },
  "coverageByRound.noAnnounced": { id: "jumlah tidak diumumkan", en: "count not announced" },

  "notFound.title": { id: "Halaman tidak ditemukan", en: "Page not found" },
  "notFound.body": {
    id: "Alamat ini tidak ada di situs kami. Mungkin tautannya salah ketik atau halamannya sudah dipindah.",
    en: "This address does not exist on our site. The link may be mistyped, or the page may have moved.",
  },
  "notFound.home": { id: "Kembali ke beranda", en: "Back to the home page" },
});

export type DictionaryKey = Parameters<typeof t>[1];

/**
 * Bahasa Indonesia: the default language and the source of truth for dictionary keys. `en.ts` must provide every key
 * (its type is derived from this object), so a missing translation is a type error, not a blank on the page.
 * `{name}` placeholders are filled by `t(lang, key, params)`.
 */
export const id = {
  "site.name": "Atlas Kota Layak Anak",
  "site.tagline": "Data terbuka tentang predikat Kabupaten/Kota Layak Anak di 514 kabupaten/kota Indonesia",
  "site.description":
    "Data terbuka dan visualisasi predikat Kabupaten/Kota Layak Anak (KLA): siapa meraih predikat apa, kapan, menurut sumber mana, dan apa kata data tentang anak-anaknya.",

  "nav.label": "Navigasi utama",
  "nav.home": "Beranda",
  "nav.rankings": "Peringkat",
  "nav.compare": "Bandingkan",
  "nav.indicators": "Indikator",
  "nav.methodology": "Metodologi",
  "nav.selfAssessment": "Simulasi",
  "nav.search": "Cari",
  "nav.data": "Data",
  "nav.about": "Tentang",
  "skip.toContent": "Langsung ke isi",
  "lang.switch": "English",
  "lang.switchLabel": "Read this page in English",
  "lang.name": "Bahasa Indonesia",

  "footer.dataLabel": "Data",
  "footer.codesLabel": "Kode dan nama wilayah",
  "footer.licenceWord": "lisensi",
  "footer.about": "Tentang situs ini",
  "footer.data": "Unduh data",
  "footer.notOfficial": "Bukan situs resmi Kementerian PPPA.",

  "chart.source": "Sumber",
  "chart.showData": "Lihat data sebagai tabel",
  "chart.legend": "Keterangan",
  "chart.scrollHint": "Geser ke samping untuk melihat seluruh grafik.",
  "table.noData": "Tidak ada data",

  "predikat.notAwarded": "Tidak mendapat predikat",
  "predikat.unknown": "Tidak diketahui",
  "predikat.tierUnknown": "Dapat predikat, tingkat tidak disebut",
  "predikat.tierNotPublished": "Predikat tidak dirinci",
  "predikat.conflict": "Sumber berbeda",
  "predikat.inferred": "disimpulkan",
  "predikat.noRound": "tidak ada penghargaan",
  "predikat.noCounts": "angka tidak terbit",

  "col.year": "Tahun",
  "col.place": "Kabupaten/kota",
  "col.province": "Provinsi",
  "col.predikat": "Predikat",
  "col.status": "Status",
  "col.note": "Catatan",
  "col.totalAnnounced": "Total diumumkan",
  "col.known": "Baris yang kami miliki",
  "col.share": "Cakupan",
  "col.cluster": "Klaster",
  "col.score": "Skor",
  "col.max": "Maksimum",
  "col.coverage": "Indikator berdata",
  "col.shareOfMax": "Bagian dari maksimum",
  "col.value": "Nilai",
  "col.area": "Wilayah",
  "col.places": "Jumlah kab/kota",

  "predikatByRound.title": "Predikat KLA per putaran penghargaan",
  "predikatByRound.subtitle":
    "Jumlah kabupaten/kota yang diumumkan meraih predikat, dibandingkan target {target} dan seluruh {total} kabupaten/kota",
  "predikatByRound.target": "Target {n}",
  "predikatByRound.all": "Seluruh kab/kota: {n}",
  "predikatByRound.descLatest": "Pada {year}, {n} dari {total} kabupaten/kota meraih predikat ({share}); targetnya {target}.",
  "predikatByRound.descMax": "Jumlah tertinggi: {n} pada {year}.",
  "predikatByRound.descNoKla": "Belum ada daerah yang pernah meraih predikat tertinggi, KLA.",
  "predikatByRound.descGaps": "Tidak ada penghargaan pada {years}.",
  "predikatByRound.descNoSplit": "Untuk {years} rincian per predikat tidak terbit lengkap.",

  "placeTimeline.title": "{place}: predikat per putaran",
  "placeTimeline.subtitle": "Putaran penghargaan {from}–{to}; tanpa sumber terverifikasi berarti tidak diketahui",
  "placeTimeline.descKnown": "{place} memiliki hasil bersumber untuk {k} dari {n} putaran antara {from} dan {to}: {list}.",
  "placeTimeline.descUnknown": "{n} putaran tidak diketahui karena belum ada sumber terverifikasi.",

  "placeTimeline.descNone":
    "Belum ada sumber terverifikasi tentang predikat {place} pada putaran {from}–{to}: semuanya tidak diketahui.",
  "placeTimeline.descUnknownOne": "Satu putaran tidak diketahui karena belum ada sumber terverifikasi.",
  "placeTimeline.rowTierUnclear": "Tingkat tak jelas",
  "placeTimeline.rowNotAwarded": "Tanpa predikat",
  "placeTimeline.rowUnknown": "Tidak diketahui",
  "placeTimeline.sources": "{n} sumber",

  "provincePeers.title": "{province}: predikat kabupaten/kota, {year}",
  "provincePeers.subtitle": "Diurutkan dari predikat tertinggi; tidak diketahui berarti belum ada sumber terverifikasi",
  "provincePeers.desc":
    "Dari {n} kabupaten/kota di {province} pada {year}: meraih predikat {awarded}, tidak mendapat predikat {notAwarded}, tidak diketahui {unknown}.",
  "provincePeers.descBreakdown": "Rinciannya: {list}.",
  "provincePeers.descFocus": "{place}: {status}.",

  "indicatorComparison.title": "{series}: {focus} dibandingkan provinsi dan nasional",
  "indicatorComparison.subtitle": "Satuan: {unit}",
  "indicatorComparison.desc": "{series} di {area} pada {year}: {value}.",
  "indicatorComparison.descContext": "Sebagai perbandingan: {list}.",
  "indicatorComparison.descChange": "Di {area} berubah dari {from} ({fromYear}) menjadi {to} ({toYear}).",
  "indicatorComparison.national": "Nasional",

  "clusterScores.title": "Skor per klaster",
  "clusterScores.subtitle": "Skor sebagai bagian dari nilai maksimum klaster; cakupan = indikator yang ada datanya",
  "clusterScores.coverage": "{present} dari {total} indikator",
  "clusterScores.desc": "{label}: {score} dari {max} ({share}), {coverage}.",
  "clusterScores.descNoScore": "{label}: belum bisa dihitung, {coverage}.",
  "clusterScores.noScore": "belum ada skor",

  "tileMap.title": "Peta predikat per provinsi, {year}",
  "tileMap.subtitle": "Setiap kotak kecil satu kabupaten/kota; provinsi disusun mengikuti letaknya di kepulauan",
  "tileMap.desc":
    "Dari {total} kabupaten/kota pada {year}: predikat diketahui {known}{breakdown}; meraih predikat tanpa tingkat yang disebut {tierUnknown}; tidak mendapat predikat {notAwarded}; tidak diketahui {unknown}.",
  "tileMap.descAnnounced": "Kementerian mengumumkan {n} kabupaten/kota meraih predikat.",

  "coverageByRound.title": "Seberapa lengkap daftar per daerah",
  "coverageByRound.subtitle": "Baris per daerah yang kami miliki dibandingkan jumlah peraih predikat yang diumumkan",
  "coverageByRound.announced": "Diumumkan",
  "coverageByRound.known": "Kami miliki",
  "coverageByRound.desc": "{year}: {known} dari {announced} ({share})",
  "coverageByRound.descIntro": "Baris per daerah yang kami miliki dibandingkan jumlah yang diumumkan — {list}.",
  "coverageByRound.noAnnounced": "jumlah tidak diumumkan",

  "notFound.title": "Halaman tidak ditemukan",
  "notFound.body": "Alamat ini tidak ada di situs kami. Mungkin tautannya salah ketik atau halamannya sudah dipindah.",
  "notFound.home": "Kembali ke beranda",
} as const;

export type DictionaryKey = keyof typeof id;

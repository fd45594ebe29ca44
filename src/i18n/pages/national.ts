/**
 * Strings of the national pages: home (national overview), rankings and comparison. Each key holds both
 * languages side by side (src/i18n/translate.ts); a missing one is a type error.
 */
import { defineDictionary } from "../index.ts";

export const tn = defineDictionary({
  "home.description": {
    id: "Berapa dari 514 kabupaten/kota di Indonesia yang meraih predikat Kabupaten/Kota Layak Anak, bagaimana perkembangannya sejak 2015, dan sumber di balik setiap angka.",
    en: "How many of Indonesia's 514 regencies and cities hold a Child-Friendly Regency/City (KLA) predikat, how that has moved since 2015, and the source behind every figure.",
  },
  "home.kicker": {
    id: "Penghargaan Kabupaten/Kota Layak Anak {year}",
    en: "Child-Friendly Regency/City awards {year}",
  },
  "home.headline": {
    id: "{n} dari {total} kabupaten/kota meraih predikat Layak Anak pada {year}",
    en: "{n} of Indonesia's {total} regencies and cities won a Child-Friendly predikat in {year}",
  },
  "home.barLabel": {
    id: "{n} dari {total} kabupaten/kota meraih predikat pada {year}, menurut tingkatnya",
    en: "{n} of {total} regencies and cities held a predikat in {year}, by tier",
  },
  "home.without": { id: "Belum berpredikat", en: "No predikat" },
  "home.trend": { id: "Naik dari {first} pada {firstYear}.", en: "Up from {first} in {firstYear}." },
  "home.trendPeak": {
    id: "Naik dari {first} pada {firstYear}; jumlah tertinggi {peak} pada {peakYear}.",
    en: "Up from {first} in {firstYear}; the highest count was {peak} in {peakYear}.",
  },
  "home.noKla": {
    id: "Belum satu pun kabupaten/kota pernah meraih predikat tertinggi, KLA (skor {band}).",
    en: "No regency or city has ever reached the top predikat, KLA (a score of {band}).",
  },
  "home.noKlaNoBand": {
    id: "Belum satu pun kabupaten/kota pernah meraih predikat tertinggi, KLA.",
    en: "No regency or city has ever reached the top predikat, KLA.",
  },
  "home.searchLabel": { id: "Cari kabupaten/kota", en: "Find a regency or city" },
  "home.searchPlaceholder": { id: "mis. Kupang", en: "e.g. Kupang" },
  "home.searchButton": { id: "Cari", en: "Search" },
  "home.searchHint": { id: "Hasilnya tampil di tabel peringkat.", en: "Results appear in the rankings table." },
  "home.chartNote": {
    id: "Garis putus-putus adalah target pemerintah: {target} kabupaten/kota mengembangkan KLA pada {targetYear} — target pengembangan, bukan target penghargaan.",
    en: "The dashed line is the government's target: {target} regencies and cities developing KLA by {targetYear} — a target for taking part, not for awards.",
  },
  "home.gapsIntro": { id: "Tahun tanpa penghargaan:", en: "Years without awards:" },
  "home.gap.2016": {
    id: "2016 — tidak ada upacara; penghargaan 2017 disebut yang kelima, setelah 2015",
    en: "2016 — no ceremony; the 2017 award was called the fifth, after 2015",
  },
  "home.gap.2020": {
    id: "2020 — evaluasi ditunda karena pandemi Covid-19",
    en: "2020 — the evaluation was postponed by the Covid-19 pandemic",
  },
  "home.gap.2024": {
    id: "2024 — evaluasi 2024–2025 baru diumumkan pada Agustus 2025",
    en: "2024 — the 2024–25 evaluation was announced only in August 2025",
  },
  "home.gap.other": { id: "{year} — tidak ada penghargaan", en: "{year} — no awards" },
  "home.explore": { id: "Jelajahi", en: "Explore" },
  "home.link.rankings": { id: "Peringkat semua kabupaten/kota", en: "Rankings of every regency and city" },
  "home.link.rankingsText": {
    id: "Status setiap daerah pada putaran terbaru, bisa disaring dan diurutkan.",
    en: "Each place's status in the latest round, to filter and sort.",
  },
  "home.link.compare": { id: "Bandingkan daerah", en: "Compare places" },
  "home.link.compareText": {
    id: "Dua sampai empat daerah berdampingan, dengan tautan yang bisa dibagikan.",
    en: "Two to four places side by side, with a link you can share.",
  },
  "home.link.data": { id: "Unduh data", en: "Download the data" },
  "home.link.dataText": {
    id: "CSV berkode wilayah Kemendagri, dengan sumber setiap baris.",
    en: "CSV files with Kemendagri codes and the source of every row.",
  },
  "home.link.selfAssessment": { id: "Simulasi penilaian mandiri", en: "Self-assessment" },
  "home.link.selfAssessmentText": {
    id: "Hitung skor 24 indikator di peramban; tidak ada data yang dikirim.",
    en: "Score the 24 indicators in your browser; nothing is uploaded.",
  },
  "home.link.methodology": { id: "Metodologi", en: "Methodology" },
  "home.link.methodologyText": {
    id: "Apa yang resmi, apa yang asumsi, dan di mana sumber berbeda.",
    en: "What is official, what is assumed, and where the sources disagree.",
  },

  "provila.title": { id: "Provinsi Layak Anak (Provila)", en: "Child-Friendly Provinces (Provila)" },
  "provila.intro": {
    id: "Sebuah provinsi dapat disebut Provinsi Layak Anak bila semua kabupaten/kotanya meraih predikat. Penghargaan ini pertama kali diberikan pada 2019, sebagai “Pelopor Provila”.",
    en: "A province can be named a Child-Friendly Province (Provinsi Layak Anak) when every one of its regencies and cities holds a predikat. It was first awarded in 2019, as “Pioneer Provila”.",
  },
  "provila.caption": { id: "Provinsi Layak Anak per putaran", en: "Child-Friendly Provinces by round" },
  "provila.colYear": { id: "Tahun", en: "Year" },
  "provila.colAnnounced": { id: "Diumumkan", en: "Announced" },
  "provila.colNamed": { id: "Provinsi yang tercatat", en: "Provinces on record" },
  "provila.colSource": { id: "Sumber", en: "Source" },
  "provila.unnamed": {
    id: "{n} provinsi lainnya belum tercatat dengan sumber",
    en: "{n} more provinces not yet on record with a source",
  },
  "provila.none": { id: "–", en: "–" },
  "provila.summary": {
    id: "Pada {year}, {n} provinsi diumumkan sebagai Provinsi Layak Anak.",
    en: "In {year}, {n} provinces were announced as Child-Friendly Provinces.",
  },
  "provila.gapNote": {
    id: "Untuk {years}, jumlah yang diumumkan lebih besar daripada provinsi yang bisa kami sebut dengan sumber. Provinsi yang belum tercatat tidak berarti gagal meraih Provila.",
    en: "For {years}, more provinces were announced than we can name with a source. A province not on record did not necessarily miss the award.",
  },

  "coverage.title": { id: "Daftar per daerah belum lengkap", en: "The per-place lists are incomplete" },
  "coverage.intro": {
    id: "Kementerian mengumumkan hasil KLA lewat siaran pers, pidato, dan berkas PDF, dan tidak menerbitkan daftar lengkap per daerah sebagai data terbuka. Kami menyusun daftarnya dari sumber yang bisa diverifikasi — dan daftar itu belum lengkap. Daerah tanpa sumber ditandai “tidak diketahui”, bukan “tidak mendapat predikat”.",
    en: "The ministry announces KLA results in press releases, speeches and PDFs, and publishes no complete per-place list as open data. We compile that list from sources we can verify — and it is incomplete. A place without a source is marked “unknown”, not “not awarded”.",
  },
  "coverage.note": {
    id: "Baris yang kami miliki mencakup {n} baris yang disimpulkan, misalnya dari penghargaan Provila (semua kabupaten/kota di provinsi itu berarti meraih predikat). Punya sumber untuk daerah yang belum tercatat? Halaman Data menjelaskan cara mengirimnya.",
    en: "The rows we hold include {n} inferred rows, for example from a Provila award (which means every regency and city of that province held a predikat). Have a source for a place not yet on record? The Data page explains how to send it.",
  },
  "coverage.sourceCsv": { id: "cakupan per putaran (coverage.csv)", en: "coverage by round (coverage.csv)" },
  "coverage.sourceAwards": {
    id: "daftar per daerah dengan sumbernya (awards.csv)",
    en: "per-place list with sources (awards.csv)",
  },

  "map.intro": {
    id: "Kotak bergaris putus-putus berarti belum ada sumber (tidak diketahui) — berbeda dengan kotak abu-abu penuh, yang berarti sumber menyebut daerah itu tidak mendapat predikat. Nama provinsi di tabel data menuju halaman provinsinya.",
    en: "A dashed square means no source yet (unknown) — unlike a solid grey square, which means a source says the place was not awarded. Province names in the data table lead to each province's page.",
  },

  "seed.title": { id: "Cek angka: “{claimed} dari {target}”", en: "Checking a figure: “{claimed} of {target}”" },
  "seed.intro": {
    id: "Angka “{claimed} dari target {target} kabupaten/kota” beredar sebagai capaian program KLA, termasuk dalam tulisan yang menjadi titik awal atlas ini. Kami memeriksanya terhadap sumber resmi.",
    en: "The figure “{claimed} of the {target}-regency/city target” circulates as an achievement of the KLA programme, including in the paper this atlas started from. We checked it against the official sources.",
  },
  "seed.verdictNotFound": {
    id: "Angka {claimed} tidak kami temukan di sumber mana pun.",
    en: "We could not find the figure {claimed} in any source.",
  },
  "seed.verdictFound": {
    id: "Angka {claimed} memang tercatat di sumber resmi.",
    en: "The figure {claimed} does appear in an official source.",
  },
  "seed.target": {
    id: "Target {target} memang ada: Kementerian PPPA menargetkan {target} kabupaten/kota mengembangkan KLA pada {year}.",
    en: "The {target} target is real: the ministry aimed for {target} regencies and cities developing KLA by {year}.",
  },
  "seed.nearest": {
    id: "Angka resmi terdekat: {list} kabupaten/kota yang telah memulai (menginisiasi) KLA.",
    en: "The nearest official figures: {list} regencies and cities that had started (initiated) KLA.",
  },
  "seed.nearestItem": { id: "{n} pada {year}", en: "{n} in {year}" },
  "seed.meaning": {
    id: "Itu jumlah daerah yang sedang mengembangkan KLA, bukan yang meraih predikat: pada tahun-tahun itu yang meraih predikat jauh lebih sedikit ({list}).",
    en: "Those count places developing KLA, not places holding a predikat: far fewer were awarded in those years ({list}).",
  },
  "seed.awardedItem": { id: "{n} pada {year}", en: "{n} in {year}" },
  "seed.caption": {
    id: "Kabupaten/kota yang menginisiasi KLA dan yang meraih predikat, {from}–{to}",
    en: "Regencies and cities initiating KLA and holding a predikat, {from}–{to}",
  },
  "seed.colYear": { id: "Tahun", en: "Year" },
  "seed.colEntrants": { id: "Inisiasi KLA", en: "Initiated KLA" },
  "seed.colAwarded": { id: "Meraih predikat", en: "Awarded" },
  "seed.noRound": { id: "tidak ada penghargaan", en: "no awards" },
  "seed.sourceEntrants": { id: "jumlah inisiasi {from}–{to}", en: "initiation counts {from}–{to}" },
  "seed.sourceTarget": { id: "target {target}", en: "{target} target" },
  "seed.sourceAwarded": { id: "peraih predikat {year}", en: "awarded {year}" },
  "seed.methodology": { id: "Selengkapnya di halaman Metodologi.", en: "More on the Methodology page." },

  "rank.metaTitle": { id: "Peringkat {year}", en: "Rankings {year}" },
  "rank.description": {
    id: "Status KLA setiap kabupaten/kota di Indonesia pada putaran {year}: predikat, tidak mendapat predikat, atau belum diketahui — dengan jumlah sumbernya.",
    en: "The KLA status of every regency and city in Indonesia in the {year} round: predikat, not awarded, or not yet known — with the number of sources.",
  },
  "rank.h1": { id: "Predikat semua kabupaten/kota, {year}", en: "The predikat of every regency and city, {year}" },
  "rank.intro": {
    id: "Status setiap kabupaten/kota pada putaran {year}. “Tidak diketahui” berarti kami belum menemukan sumber terverifikasi — bukan berarti daerah itu tidak mendapat predikat.",
    en: "Each regency's and city's status in the {year} round. “Unknown” means we have not found a verified source yet — not that the place was not awarded.",
  },
  "rank.summary": {
    id: "Kementerian mengumumkan {announced} kabupaten/kota meraih predikat pada {year}. Kami memiliki sumber per daerah untuk {known} di antaranya; {unknown} daerah masih tidak diketahui.",
    en: "The ministry announced {announced} regencies and cities as awarded in {year}. We hold a per-place source for {known} of them; {unknown} places are still unknown.",
  },
  "rank.summaryNoTotal": {
    id: "Jumlah peraih predikat pada {year} tidak diumumkan per tingkat. Kami memiliki sumber per daerah untuk {known} peraih predikat; {unknown} daerah masih tidak diketahui.",
    en: "The number awarded in {year} was not announced by tier. We hold a per-place source for {known} awarded places; {unknown} places are still unknown.",
  },
  "rank.roundsLabel": { id: "Putaran", en: "Round" },
  "rank.latest": { id: "{year} (terbaru)", en: "{year} (latest)" },
  "rank.filters": { id: "Saring tabel", en: "Filter the table" },
  "rank.q": { id: "Cari nama", en: "Search by name" },
  "rank.qPlaceholder": { id: "mis. Kupang atau Solo", en: "e.g. Kupang or Solo" },
  "rank.province": { id: "Provinsi", en: "Province" },
  "rank.allProvinces": { id: "Semua provinsi", en: "All provinces" },
  "rank.type": { id: "Jenis", en: "Type" },
  "rank.allTypes": { id: "Semua jenis", en: "All types" },
  "rank.status": { id: "Predikat/status", en: "Predikat/status" },
  "rank.allStatuses": { id: "Semua status", en: "All statuses" },
  "rank.anyAwarded": { id: "Semua yang meraih predikat", en: "All awarded" },
  "rank.optionCount": { id: "{label} ({n})", en: "{label} ({n})" },
  "rank.apply": { id: "Saring", en: "Filter" },
  "rank.reset": { id: "Hapus saringan", en: "Clear filters" },
  "rank.count": {
    id: "Menampilkan {shown} dari {total} kabupaten/kota",
    en: "Showing {shown} of {total} regencies and cities",
  },
  "rank.empty": {
    id: "Tidak ada kabupaten/kota yang cocok dengan saringan ini.",
    en: "No regency or city matches these filters.",
  },
  "rank.noscript": {
    id: "JavaScript tidak aktif: tabel di bawah tetap lengkap, diurutkan menurut provinsi lalu nama. Penyaringan dan pengurutan memerlukan JavaScript; untuk mencari, gunakan fitur cari di peramban (Ctrl+F).",
    en: "JavaScript is off: the table below is still complete, ordered by province and then by name. Filtering and sorting need JavaScript; to search, use your browser's find (Ctrl+F).",
  },
  "rank.caption": {
    id: "Status KLA {total} kabupaten/kota pada putaran {year}",
    en: "KLA status of {total} regencies and cities in the {year} round",
  },
  "rank.colPlace": { id: "Kabupaten/kota", en: "Regency/city" },
  "rank.colType": { id: "Jenis", en: "Type" },
  "rank.colProvince": { id: "Provinsi", en: "Province" },
  "rank.colStatus": { id: "Predikat {year}", en: "Predikat {year}" },
  "rank.colSources": { id: "Sumber", en: "Sources" },
  "rank.earlier": { id: "terakhir diketahui: {status}, {year}", en: "last known: {status}, {year}" },
  "rank.inferred": { id: "disimpulkan", en: "inferred" },
  "rank.sourceLine": { id: "Sumber jumlah nasional", en: "Source of the national count" },
  "rank.sourceAwards": {
    id: "daftar per daerah dengan sumbernya (awards.csv)",
    en: "per-place list with sources (awards.csv)",
  },

  "type.kabupaten": { id: "Kabupaten", en: "Regency" },
  "type.kota": { id: "Kota", en: "City" },

  "cmp.metaTitle": { id: "Bandingkan kabupaten/kota", en: "Compare regencies and cities" },
  "cmp.description": {
    id: "Bandingkan dua sampai empat kabupaten/kota: predikat KLA di setiap putaran, data indikator terbaru per kabupaten/kota dan skor klaster, dengan tautan yang bisa dibagikan.",
    en: "Compare two to four regencies and cities: their KLA predikat in every round, their latest kab/kota indicator figures and cluster scores, with a link you can share.",
  },
  "cmp.h1": { id: "Bandingkan kabupaten/kota", en: "Compare regencies and cities" },
  "cmp.intro": {
    id: "Pilih dua sampai empat kabupaten/kota. Pilihan Anda tersimpan di alamat halaman, jadi tautannya bisa dibagikan: siapa pun yang membukanya melihat perbandingan yang sama.",
    en: "Choose two to four regencies or cities. Your choice is kept in the page's address, so you can share the link: whoever opens it sees the same comparison.",
  },
  "cmp.legend": { id: "Pilih daerah", en: "Choose places" },
  "cmp.slot": { id: "Daerah {n}", en: "Place {n}" },
  "cmp.slotOptional": { id: "Daerah {n} (opsional)", en: "Place {n} (optional)" },
  "cmp.choose": { id: "— pilih —", en: "— choose —" },
  "cmp.submit": { id: "Bandingkan", en: "Compare" },
  "cmp.copy": { id: "Salin tautan perbandingan", en: "Copy the comparison's link" },
  "cmp.copied": { id: "Tautan disalin.", en: "Link copied." },
  "cmp.copyFailed": {
    id: "Tautan tidak bisa disalin otomatis; salin dari bilah alamat peramban.",
    en: "The link could not be copied automatically; copy it from the browser's address bar.",
  },
  "cmp.noscript": {
    id: "JavaScript tidak aktif. Tombol Bandingkan memuat ulang halaman dengan pilihan Anda di alamatnya, tetapi tabel perbandingan hanya bisa disusun dengan JavaScript. Di bawah ini contoh perbandingan {names}; setiap daerah juga punya halamannya sendiri.",
    en: "JavaScript is off. The Compare button reloads the page with your choice in its address, but the comparison table can only be built with JavaScript. Below is an example comparing {names}; every place also has its own page.",
  },
  "cmp.resultTitle": { id: "Hasil perbandingan", en: "Comparison" },
  "cmp.exampleTitle": { id: "Contoh perbandingan", en: "Example comparison" },
  "cmp.caption": { id: "Perbandingan: {names}", en: "Comparison: {names}" },
  "cmp.roundRow": { id: "Predikat {year}", en: "Predikat {year}" },
  "cmp.noData": { id: "Tidak ada data", en: "No data" },
  "cmp.source": { id: "sumber", en: "source" },
  "cmp.inferred": { id: "disimpulkan", en: "inferred" },
  "cmp.tooFew": {
    id: "Pilih minimal dua daerah yang berbeda untuk dibandingkan.",
    en: "Choose at least two different places to compare.",
  },
  "cmp.notFound": { id: "Tidak dikenal di alamat: {slugs}.", en: "Not recognised in the address: {slugs}." },
  "cmp.announce": { id: "Menampilkan perbandingan {names}.", en: "Showing the comparison of {names}." },
  "cmp.sourceLine": {
    id: "Sumber: setiap angka indikator bertaut ke sumbernya; skor klaster dihitung dari scores.csv; sumber setiap predikat tercantum di halaman daerahnya (tautan pada nama daerah). Daftar lengkap:",
    en: "Sources: every indicator figure links to its source; cluster scores come from scores.csv; the sources of each predikat are listed on the place's own page (follow the place's name). Full lists:",
  },
  "cmp.dataPage": { id: "halaman Data", en: "the Data page" },
  "cmp.statusNote": {
    id: "“Tidak diketahui” berarti belum ada sumber terverifikasi, bukan “tidak mendapat predikat”. Tidak ada penghargaan pada {years}.",
    en: "“Unknown” means no verified source yet, not “not awarded”. No awards were held in {years}.",
  },
});

/**
 * Words of the indicator, methodology, self-assessment and data pages (src/components/method, src/components/data),
 * both languages of each key side by side. Longer prose with links lives in one file per language
 * (src/components/method/prose/*.id.astro / *.en.astro).
 *
 * The method files (data/method/*.csv) carry their notes in English. The Indonesian pages show them in Indonesian
 * from INDICATOR_NOTES_ID and SERIES_NOTES_ID below; each translation keeps the English it was made from, and a test
 * (tests/unit/method-views.test.ts) fails when a note in data/method changes, so a translation cannot go stale.
 */
import { defineDictionary } from "../index.ts";

export const tm = defineDictionary({
  // status of a field of the method
  "status.official": { id: "resmi", en: "official" },
  "status.unverified": { id: "belum terverifikasi", en: "unverified" },
  "status.sourced": { id: "bersumber", en: "sourced" },
  "status.assumed": { id: "asumsi", en: "assumed" },
  "status.official.long": {
    id: "Dinyatakan KemenPPPA atau regulasi KLA, dan dibaca di sumber yang disebut.",
    en: "Stated by KemenPPPA or the KLA regulation, and read in the source given.",
  },
  "status.unverified.long": {
    id: "Dari sumber sekunder (makalah, salindia daerah, berita) tentang KLA, belum dicocokkan dengan Perpres 25/2021 atau Permen PPPA 12/2022.",
    en: "From a secondary source (paper, local slide deck, news) about the KLA, not yet checked against Perpres 25/2021 or Permen PPPA 12/2022.",
  },
  "status.sourced.long": {
    id: "Angka resmi dari luar KLA (RPJMN 2020–2024, SDG) yang kami pilih sebagai batas penilaian. Batas KLA sendiri tidak dipublikasikan, jadi ini tetap pilihan kami, tetapi bukan pilihan sembarang.",
    en: "An official number from outside the KLA (RPJMN 2020–2024, SDG) that we chose as a scoring bound. The KLA's own bounds are not published, so this is still our choice, just not an arbitrary one.",
  },
  "status.assumed.long": {
    id: "Pilihan proyek ini sendiri, dengan alasannya dijelaskan di halaman ini.",
    en: "This project's own choice, argued for on this page.",
  },
  "status.sourceOf": { id: "Sumber: {what}", en: "Source: {what}" },
  "status.seeSection": { id: "alasan", en: "why" },

  "kind.percent": { id: "persen", en: "percent" },
  "kind.yes-no": { id: "ya/tidak", en: "yes/no" },
  "direction.higher": { id: "makin tinggi makin baik", en: "higher is better" },
  "direction.lower": { id: "makin rendah makin baik", en: "lower is better" },
  "relation.direct": { id: "langsung", en: "direct" },
  "relation.proxy": { id: "proksi (pengganti)", en: "proxy (stand-in)" },
  "relation.context": { id: "konteks (tidak dinilai)", en: "context (not scored)" },
  "level.national": { id: "nasional", en: "national" },
  "level.province": { id: "provinsi", en: "province" },
  "level.kabkota": { id: "kabupaten/kota", en: "regency/city" },
  "areas.province": { id: "provinsi", en: "provinces" },
  "areas.kabkota": { id: "kabupaten/kota", en: "regencies/cities" },
  yes: { id: "ya", en: "yes" },
  no: { id: "tidak", en: "no" },
  points: { id: "{n} poin", en: "{n} points" },

  // indicator list
  "ind.title": { id: "Indikator", en: "Indicators" },
  "ind.description": {
    id: "Data terbuka yang mengukur sebagian indikator Kabupaten/Kota Layak Anak: sebaran per provinsi dan kabupaten/kota, peringkat, dan sumber setiap angka.",
    en: "Open data measuring part of the Child-Friendly Regency/City indicators: distribution across provinces and regencies/cities, rankings, and the source of every figure.",
  },
  "ind.lead": {
    id: "Dari 24 indikator KLA, hanya sebagian yang punya data terbuka. Halaman ini mengumpulkan seri data itu — stunting, perkawinan anak, akta kelahiran, air minum dan sanitasi, dan lainnya — dengan sebaran per provinsi, peringkat, dan sumber setiap angka.",
    en: "Of the 24 KLA indicators, only some have open data. This page gathers those series — stunting, child marriage, birth certificates, water and sanitation and more — with their distribution across provinces, rankings and the source of every figure.",
  },
  "ind.col.indicator": { id: "Indikator KLA", en: "KLA indicator" },
  "ind.col.relation": { id: "Hubungan", en: "Relation" },
  "ind.col.years": { id: "Tahun", en: "Years" },
  "ind.col.national": { id: "Nasional terbaru", en: "Latest national" },
  "ind.col.levels": { id: "Tingkat wilayah", en: "Area levels" },
  "ind.group.scored": { id: "Mengukur indikator KLA", en: "Measuring a KLA indicator" },
  "ind.group.context": { id: "Konteks (tidak dinilai)", en: "Context (not scored)" },
  "ind.without.title": { id: "Indikator KLA tanpa data terbuka", en: "KLA indicators without open data" },
  "ind.without.lead": {
    id: "{n} dari {total} indikator belum punya seri data terbuka yang bisa kami pakai. Sebagian besar berupa ada/tidaknya lembaga atau kebijakan di daerah, yang hanya tercatat dalam penilaian mandiri.",
    en: "{n} of the {total} indicators have no open series we can use. Most are about whether an institution or a policy exists locally, which is recorded only in the self-assessment.",
  },
  "ind.mapping": {
    id: "Cara seri ini dipetakan ke indikator KLA, dan mengapa sebagian hanya proksi, dijelaskan di {link}.",
    en: "How these series are mapped to KLA indicators, and why some are only proxies, is explained under {link}.",
  },
  "ind.page.context": {
    id: "Ditampilkan sebagai konteks; tidak dinilai dalam skor KLA.",
    en: "Shown as context; not scored in the KLA score.",
  },
  "ind.page.measureOf": {
    id: "Dipakai sebagai ukuran {relation} untuk indikator KLA {link}, {name}.",
    en: "Used as a {relation} measure of KLA indicator {link}, {name}.",
  },
  "ind.download": {
    id: "Semua angka di halaman ini ada di {file} (kolom indicator_id = kode seri).",
    en: "Every figure on this page is in {file} (column indicator_id = series id).",
  },
  "ind.back": { id: "Semua indikator", en: "All indicators" },
  "ind.none": { id: "–", en: "–" },

  // indicator page
  "ind.page.description": {
    id: "{series}: definisi, sumber, sebaran per provinsi{kabkota}, dan peringkat. Data terbuka untuk indikator KLA.",
    en: "{series}: definition, sources, distribution across provinces{kabkota}, and rankings. Open data for a KLA indicator.",
  },
  "ind.page.descKabkota": { id: " dan kabupaten/kota", en: " and regencies/cities" },
  "ind.def.title": { id: "Definisi", en: "Definition" },
  "ind.def.measures": { id: "Mengukur", en: "Measures" },
  "ind.def.kla": { id: "Indikator KLA", en: "KLA indicator" },
  "ind.def.klaNone": {
    id: "Tidak ada: seri ini hanya konteks dan tidak dinilai.",
    en: "None: this series is context only and is not scored.",
  },
  "ind.def.relation": { id: "Hubungan", en: "Relation" },
  "ind.def.inverted": { id: "Dibalik", en: "Inverted" },
  "ind.def.invertedYes": {
    id: "Ya: yang dinilai adalah 100 − nilai, karena seri ini menghitung kebalikan dari indikatornya.",
    en: "Yes: 100 − value is scored, because the series counts the opposite of its indicator.",
  },
  "ind.def.invertedNo": { id: "Tidak", en: "No" },
  "ind.def.better": { id: "Arah", en: "Direction" },
  "ind.def.caveat": { id: "Catatan", en: "Note" },
  "ind.def.years": { id: "Tahun tersedia", en: "Years available" },
  "ind.def.surveys": { id: "Survei", en: "Surveys" },
  "ind.def.bounds": { id: "Batas penilaian", en: "Scoring bounds" },
  "ind.def.boundsText": {
    id: "0 poin pada {floor}, poin penuh pada {target} (nilai indikator).",
    en: "0 points at {floor}, full points at {target} (indicator value).",
  },
  "ind.dist.title": { id: "Sebaran", en: "Distribution" },
  "ind.dist.province": { id: "Provinsi", en: "Provinces" },
  "ind.dist.kabkota": { id: "Kabupaten/kota", en: "Regencies and cities" },
  "ind.dist.refNote": {
    id: "Tahun terakhir, {latest}, baru punya data untuk {n} {areas}; grafik dan peringkat memakai {year}, tahun terakhir dengan data yang cukup lengkap. Tahun lain ada di bawah.",
    en: "The latest year, {latest}, has data for only {n} {areas}; the chart and ranking use {year}, the latest year with fairly complete data. Other years are below.",
  },
  "ind.dist.national": { id: "Nasional {year}", en: "National {year}" },
  "ind.dist.median": { id: "Median {areas}", en: "Median of {areas}" },
  "ind.dist.target": { id: "Target yang dipakai skor KLA", en: "Target used by the KLA score" },
  "ind.dist.noNational": {
    id: "Tidak ada angka nasional untuk {year}; garis pembanding adalah median {areas}.",
    en: "No national figure for {year}; the reference line is the median of {areas}.",
  },
  "ind.rank.sourcesNote": {
    id: "Sumber setiap angka ada di tabel peringkat di bawah.",
    en: "The source of every figure is in the ranking table below.",
  },
  "ind.rank.title": { id: "Peringkat {areas}, {year}", en: "Ranking of {areas}, {year}" },
  "ind.rank.caption": {
    id: "Peringkat {areas} menurut {series}, {year} ({better})",
    en: "{areas} ranked by {series}, {year} ({better})",
  },
  "ind.rank.area": { id: "Wilayah", en: "Area" },
  "ind.rank.province": { id: "Provinsi", en: "Province" },
  "ind.rank.rank": { id: "Peringkat", en: "Rank" },
  "ind.rank.value": { id: "Nilai", en: "Value" },
  "ind.rank.diff": { id: "Selisih dari nasional", en: "Difference from national" },
  "ind.rank.source": { id: "Sumber", en: "Source" },
  "ind.rank.oneSource": {
    id: "Semua nilai di tabel ini dari satu sumber:",
    en: "Every value in this table comes from one source:",
  },
  "ind.rank.mainSource": { id: "Sebagian besar nilai di tabel ini dari", en: "Most values in this table come from" },
  "ind.rank.mainSourceRest": {
    id: "; nilai dari sumber lain menyebut sumbernya di kolom “Sumber lain”.",
    en: "; a value from another source names it in the “Other source” column.",
  },
  "ind.rank.otherSource": { id: "Sumber lain", en: "Other source" },
  "ind.rank.conflict": { id: "sumber berbeda, tidak diurutkan", en: "sources disagree, not ranked" },
  "ind.rank.otherYears": { id: "Tahun lain", en: "Other years" },
  "ind.rank.yearSummary": { id: "{year}: {n} {areas}", en: "{year}: {n} {areas}" },
  "ind.years.title": { id: "Tahun dan cakupan", en: "Years and coverage" },
  "ind.years.caption": {
    id: "Angka nasional dan jumlah wilayah berdata per tahun",
    en: "National figure and number of areas with data per year",
  },
  "ind.years.year": { id: "Tahun", en: "Year" },
  "ind.years.national": { id: "Nasional", en: "National" },
  "ind.years.provinces": { id: "Provinsi berdata", en: "Provinces with data" },
  "ind.years.kabkota": { id: "Kab/kota berdata", en: "Regencies/cities with data" },
  "ind.sources.title": { id: "Sumber", en: "Sources" },
  "ind.sources.lead": {
    id: "{n} sumber dari {domains} situs. Setiap baris di tabel peringkat menautkan sumbernya sendiri.",
    en: "{n} sources from {domains} sites. Every row of the ranking tables links its own source.",
  },
  "ind.sources.values": { id: "{n} angka", en: "{n} figures" },
  "ind.sources.more": { id: "Tampilkan {n} sumber lainnya", en: "Show {n} more sources" },
  "ind.conflicts.title": { id: "Nilai yang berbeda antarsumber", en: "Values that differ between sources" },
  "ind.conflicts.lead": {
    id: "Untuk wilayah dan tahun berikut, sumber memberi nilai berbeda. Keduanya disimpan dan ditampilkan; tidak satu pun dinilai atau diurutkan.",
    en: "For these areas and years the sources give different values. Both are kept and shown; neither is scored or ranked.",
  },
  "ind.conflicts.none": {
    id: "Tidak ada nilai yang berbeda antarsumber untuk seri ini.",
    en: "No values differ between sources for this series.",
  },

  // methodology
  "m.title": { id: "Metodologi", en: "Methodology" },
  "m.description": {
    id: "Cara kerja penilaian KLA: kelembagaan dan lima klaster, 24 indikator, rentang predikat, proses evaluasi, apa yang resmi dan apa yang asumsi, dan setiap perbedaan antarsumber.",
    en: "How the KLA evaluation works: the institutional component and five clusters, 24 indicators, predikat bands, the evaluation process, what is official and what is assumed, and every disagreement between sources.",
  },
  "m.toc": { id: "Isi halaman", en: "On this page" },
  "m.toc.structure": { id: "Klaster dan 24 indikator", en: "Clusters and the 24 indicators" },
  "m.toc.bands": { id: "Rentang predikat", en: "Predikat bands" },
  "m.toc.process": { id: "Proses dan jadwal evaluasi", en: "Evaluation process and timeline" },
  "m.toc.history": { id: "Sejarah dan putaran", en: "History and rounds" },
  "m.toc.official": { id: "Yang resmi dan yang asumsi", en: "What is official and what is assumed" },
  "m.toc.partial": { id: "Cara situs ini menghitung skor parsial", en: "How this site computes partial scores" },
  "m.toc.conflicts": { id: "Perbedaan antarsumber", en: "Where sources disagree" },
  "m.toc.series": { id: "Data terbuka → indikator", en: "Open data → indicators" },
  "m.toc.downloads": { id: "Unduh metode", en: "Download the method" },
  "m.statusCounts": { id: "Dari {total} bidang metode: {list}.", en: "Of the method's {total} fields: {list}." },
  "m.table.caption": {
    id: "24 indikator KLA dengan asal setiap bidang",
    en: "The 24 KLA indicators with the status of every field",
  },
  "m.table.no": { id: "No.", en: "No." },
  "m.table.indicator": { id: "Indikator", en: "Indicator" },
  "m.table.kind": { id: "Jenis dan arah", en: "Kind and direction" },
  "m.table.floor": { id: "Batas bawah (0 poin)", en: "Floor (0 points)" },
  "m.table.target": { id: "Target (poin penuh)", en: "Target (full points)" },
  "m.table.points": { id: "Poin maks.", en: "Max. points" },
  "m.table.notes": { id: "Catatan per indikator", en: "Notes per indicator" },
  "m.cluster.roman": { id: "Klaster {id}", en: "Cluster {id}" },
  "m.bands.caption": {
    id: "Rentang predikat dan cara membaca batasnya",
    en: "Predikat bands and how their edges are read",
  },
  "m.bands.predikat": { id: "Predikat", en: "Predikat" },
  "m.bands.published": { id: "Rentang diterbitkan", en: "Published band" },
  "m.bands.rule": { id: "Aturan batas di sini", en: "Edge rule here" },
  "m.bands.ruleAtLeast": { id: "skor ≥ {n}", en: "score ≥ {n}" },
  "m.bands.ruleAbove": { id: "skor > {n}", en: "score > {n}" },
  "m.bands.none": { id: "(tanpa predikat)", en: "(no predikat)" },
  "m.bands.below": { id: "di bawah 500", en: "below 500" },
  "m.bands.examples.caption": {
    id: "Skor di sekitar batas dan predikat yang diberikan metode ini",
    en: "Scores around the edges and the predikat this method gives them",
  },
  "m.bands.examples.score": { id: "Skor", en: "Score" },
  "m.bands.examples.predikat": { id: "Predikat", en: "Predikat" },
  "m.rounds.caption": { id: "Putaran penghargaan KLA", en: "KLA award rounds" },
  "m.rounds.year": { id: "Tahun", en: "Year" },
  "m.rounds.held": { id: "Penghargaan", en: "Awards" },
  "m.rounds.heldYes": { id: "diadakan", en: "held" },
  "m.rounds.heldNo": { id: "tidak diadakan", en: "not held" },
  "m.rounds.regime": { id: "Indikator", en: "Indicators" },
  "m.rounds.awarded": { id: "Peraih diumumkan", en: "Announced awardees" },
  "m.rounds.entrants": { id: "Kab/kota inisiasi", en: "Regencies/cities initiating" },
  "m.rounds.provila": { id: "Provila", en: "Provila" },
  "m.rounds.source": { id: "Sumber", en: "Source" },
  "m.conf.awards.title": { id: "Predikat yang berbeda antarsumber", en: "Predikat that differ between sources" },
  "m.conf.awards.lead": {
    id: "{n} catatan daerah dan putaran: sumber menyebut predikat yang berbeda. Predikatnya dibiarkan kosong dan semua klaim ditampilkan; catatan penyusun data di bawah klaim ditulis dalam bahasa Inggris.",
    en: "{n} place-and-round records: sources name different predikat. The predikat is left empty and every claim is shown.",
  },
  "m.conf.awards.caption": {
    id: "Predikat yang berbeda antarsumber, per daerah dan putaran",
    en: "Predikat that differ between sources, per place and round",
  },
  "m.conf.place": { id: "Daerah", en: "Place" },
  "m.conf.says.awarded": { id: "mendapat predikat", en: "awarded" },
  "m.conf.says.notAwarded": { id: "tidak mendapat predikat", en: "not awarded" },
  "m.conf.claims": { id: "Klaim", en: "Claims" },
  "m.conf.inferred": { id: "disimpulkan", en: "inferred" },
  "m.conf.indicators.title": {
    id: "Nilai indikator yang berbeda antarsumber",
    en: "Indicator values that differ between sources",
  },
  "m.conf.indicators.lead": {
    id: "{n} kombinasi seri, wilayah, dan tahun punya lebih dari satu nilai. Semua nilai disimpan; tidak satu pun dinilai.",
    en: "{n} combinations of series, area and year have more than one value. All are kept; none is scored.",
  },
  "m.conf.indicators.caption": {
    id: "Nilai indikator yang berbeda antarsumber",
    en: "Indicator values that differ between sources",
  },
  "m.conf.series": { id: "Seri", en: "Series" },
  "m.conf.values": { id: "Nilai dan sumber", en: "Values and sources" },
  "m.conf.scores.title": {
    id: "Skor yang dilaporkan tidak cocok dengan predikatnya",
    en: "Reported scores that do not match their predikat",
  },
  "m.conf.scores.lead": {
    id: "{n} skor total yang dilaporkan jatuh di rentang predikat yang berbeda dari predikat yang diraih. Sebagian besar adalah skor penilaian mandiri, yang biasanya turun setelah verifikasi. Ditampilkan apa adanya, tidak dikoreksi.",
    en: "{n} reported total scores fall in a different band from the predikat the place received. Most are self-assessment scores, which usually drop after verification. Shown as reported, never corrected.",
  },
  "m.conf.scores.caption": { id: "Skor dilaporkan vs predikat yang diraih", en: "Reported score vs predikat received" },
  "m.conf.scores.score": { id: "Skor", en: "Score" },
  "m.conf.scores.stage": { id: "Tahap", en: "Stage" },
  "m.conf.scores.got": { id: "Predikat diraih", en: "Predikat received" },
  "m.conf.scores.band": { id: "Rentang skor", en: "Score band" },
  "m.conf.rounds.title": { id: "Angka nasional per putaran", en: "National figures per round" },
  "m.conf.rounds.lead": {
    id: "Catatan penyusun data tentang putaran yang angkanya berbeda antarsumber. Catatan ditulis dalam bahasa Inggris dan ditampilkan apa adanya.",
    en: "The data compilers' notes on rounds whose figures differ between sources, as written.",
  },
  "m.conf.other.title": { id: "Perbedaan lain yang perlu diketahui", en: "Other disagreements worth knowing" },
  "stage.self-assessment": { id: "penilaian mandiri", en: "self-assessment" },
  "stage.verified": { id: "terverifikasi", en: "verified" },
  "stage.final": { id: "final", en: "final" },
  "stage.unclear": { id: "tidak jelas", en: "unclear" },
  "m.series.caption": {
    id: "Seri data terbuka dan indikator KLA yang diukurnya",
    en: "Open-data series and the KLA indicators they measure",
  },
  "m.series.series": { id: "Seri", en: "Series" },
  "m.series.indicator": { id: "Indikator", en: "Indicator" },
  "m.series.relation": { id: "Hubungan", en: "Relation" },
  "m.series.inverted": { id: "Dibalik", en: "Inverted" },
  "m.series.priority": { id: "Prioritas", en: "Priority" },
  "m.series.note": { id: "Catatan", en: "Note" },
  "m.downloads.version": { id: "Versi metode: {version}.", en: "Method version: {version}." },

  // self-assessment
  "sa.title": { id: "Simulasi penilaian mandiri", en: "Self-assessment" },
  "sa.description": {
    id: "Hitung perkiraan skor KLA dari 24 indikator: skor per klaster, total, dan rentang predikat. Semua dihitung di peramban Anda; tidak ada data yang dikirim.",
    en: "Estimate a KLA score from the 24 indicators: per-cluster scores, total and predikat band. Everything is computed in your browser; nothing is sent anywhere.",
  },
  "sa.template": { id: "Unduh templat CSV", en: "Download the CSV template" },
  "sa.upload.label": { id: "Pilih berkas CSV yang sudah diisi", en: "Choose a filled CSV file" },
  "sa.upload.hint": {
    id: "Kolom indicator_id dan value wajib ada; kolom lain diabaikan. Pemisah ; dan koma desimal (21,6) boleh.",
    en: "The columns indicator_id and value are required; other columns are ignored. Semicolons and decimal commas (21,6) are fine.",
  },
  "sa.step.template": { id: "1. Unduh templat", en: "1. Download the template" },
  "sa.template.excel": {
    id: "Jika Excel menampilkan semua isi dalam satu kolom, buka berkas lewat Data → Dari Teks/CSV dan pilih pemisah koma. Menyimpan kembali dengan titik koma (;) dan koma desimal tidak masalah.",
    en: "If Excel shows everything in one column, open the file through Data → From Text/CSV and choose comma as separator. Saving it back with semicolons (;) and decimal commas is fine.",
  },
  "sa.step.upload": { id: "2. Unggah berkas yang sudah diisi", en: "2. Upload the filled file" },
  "sa.cli.title": { id: "Tanpa peramban", en: "Without a browser" },
  "sa.cli.errors": {
    id: "Berkas yang salah menghasilkan kode keluar 1 dan pesan berformat berkas:BARIS: masalah.",
    en: "A bad file exits with code 1 and messages in the form file:LINE: problem.",
  },
  "sa.how.title": { id: "Cara menghitung", en: "How it is computed" },
  "sa.how.methodLink": {
    id: "Indikator, batas, dan sumbernya di Metodologi",
    en: "Indicators, bounds and their sources under Methodology",
  },
  "sa.form.title": { id: "Atau isi formulir", en: "Or fill in the form" },
  "sa.form.percentHint": {
    id: "Persen 0–100, {direction}. 0 poin pada {floor}, poin penuh pada {target}.",
    en: "Percent 0–100, {direction}. 0 points at {floor}, full points at {target}.",
  },
  "sa.form.yesnoHint": { id: "Ya = poin penuh, tidak = 0 poin.", en: "Yes = full points, no = 0 points." },
  "sa.form.empty": { id: "belum diisi", en: "not filled" },
  "sa.form.reset": { id: "Kosongkan formulir", en: "Clear the form" },
  "sa.nojs": {
    id: "Formulir dan unggahan di bawah memerlukan JavaScript, yang tidak aktif di peramban ini. Anda tetap bisa mengunduh templat, mengisinya, lalu menghitung skornya di komputer sendiri dengan perintah di bagian “Tanpa peramban”.",
    en: "The form and the upload below need JavaScript, which is off in this browser. You can still download the template, fill it in, and score it on your own computer with the command under “Without a browser”.",
  },
  "sa.result.title": { id: "Hasil", en: "Result" },
  "sa.result.empty": {
    id: "Isi formulir atau unggah berkas: hasilnya muncul di sini seketika.",
    en: "Fill in the form or upload a file: the result appears here at once.",
  },
  "sa.result.total": { id: "Total", en: "Total" },
  "sa.result.of": { id: "dari {max}", en: "of {max}" },
  "sa.result.predikat": { id: "Rentang predikat", en: "Predikat band" },
  "sa.result.noPredikat": { id: "di bawah 500: belum ada predikat", en: "below 500: no predikat yet" },
  "sa.result.incomplete": {
    id: "Total dan predikat baru bisa dihitung bila ke-24 indikator terisi. Masih kosong: {n}.",
    en: "A total and a predikat need all 24 indicators. Still empty: {n}.",
  },
  "sa.result.soFar": {
    id: "Poin dari {present} indikator yang terisi: {points} dari {max}.",
    en: "Points from the {present} indicators filled in: {points} of {max}.",
  },
  "sa.result.clusters": { id: "Skor per klaster", en: "Score per cluster" },
  "sa.result.clusterLine": {
    id: "{score} dari {max} · {present} dari {total} indikator",
    en: "{score} of {max} · {present} of {total} indicators",
  },
  "sa.result.clusterNone": {
    id: "belum ada skor · 0 dari {total} indikator",
    en: "no score yet · 0 of {total} indicators",
  },
  "sa.result.missing": { id: "Indikator yang belum diisi", en: "Indicators not filled in" },
  "sa.result.noMissing": { id: "Semua 24 indikator terisi.", en: "All 24 indicators are filled in." },
  "sa.result.costly": {
    id: "Indikator yang paling banyak mengurangi poin",
    en: "Indicators that cost the most points",
  },
  "sa.result.costlyLine": { id: "kehilangan {lost} dari {max} poin", en: "loses {lost} of {max} points" },
  "sa.result.noCostly": {
    id: "Tidak ada indikator terisi yang kehilangan poin.",
    en: "No filled-in indicator loses points.",
  },
  "sa.result.method": {
    id: "Dihitung dengan metode versi {version}. Poin per indikator adalah asumsi (lihat Metodologi).",
    en: "Computed with method version {version}. The points per indicator are assumed (see Methodology).",
  },
  "sa.errors.title": { id: "Berkas {file} tidak bisa dinilai", en: "The file {file} cannot be scored" },
  "sa.errors.lead": { id: "Perbaiki baris berikut, lalu unggah lagi:", en: "Fix these lines, then upload it again:" },
  "sa.loaded": {
    id: "Nilai dari {file} ({n} indikator) sudah dimasukkan ke formulir; Anda bisa mengubahnya.",
    en: "The values from {file} ({n} indicators) are now in the form; you can change them.",
  },
  "sa.field.invalid": { id: "Nilai ini tidak dipakai: {message}", en: "This value is not used: {message}" },
  "sa.result.missingCount": { id: "{n} indikator belum diisi", en: "{n} indicators not filled in" },
  "sa.result.next": { id: "{needed} poin lagi untuk {predikat}.", en: "{needed} more points for {predikat}." },
  "sa.mini.partial": {
    id: "{present} dari {total} indikator terisi · lihat hasil",
    en: "{present} of {total} indicators filled in · see result",
  },
  "sa.mini.total": { id: "Total {total} · {predikat} · lihat hasil", en: "Total {total} · {predikat} · see result" },

  // data page
  "d.title": { id: "Data", en: "Data" },
  "d.description": {
    id: "Unduh semua data Atlas Kota Layak Anak sebagai CSV: kamus kolom, lisensi CC BY 4.0, versi, cara mengutip, cakupan per putaran dan provinsi, dan daftar sumber.",
    en: "Download all of Atlas Kota Layak Anak's data as CSV: codebook, CC BY 4.0 licence, version, how to cite, coverage per round and province, and the register of sources.",
  },
  "d.version": { id: "Versi data", en: "Data version" },
  "d.methodVersion": { id: "Versi metode", en: "Method version" },
  "d.files": { id: "Berkas", en: "Files" },
  "d.licence": { id: "Lisensi", en: "Licence" },
  "d.downloads.title": { id: "Unduhan", en: "Downloads" },
  "d.row": { id: "Satu baris = {what}.", en: "One row = {what}." },
  "d.stats": { id: "{rows} baris · {size}", en: "{rows} rows · {size}" },
  "d.rows": { id: "{n} baris", en: "{n} rows" },
  "d.codebook": { id: "Kamus kolom ({n} kolom)", en: "Codebook ({n} columns)" },
  "d.codebook.caption": { id: "Kolom {file}", en: "Columns of {file}" },
  "d.codebook.column": { id: "Kolom", en: "Column" },
  "d.codebook.type": { id: "Jenis", en: "Type" },
  "d.codebook.meaning": { id: "Arti", en: "Meaning" },
  "type.year": { id: "tahun", en: "year" },
  "type.code": { id: "kode", en: "code" },
  "type.text": { id: "teks", en: "text" },
  "type.integer": { id: "bilangan bulat", en: "integer" },
  "type.number": { id: "angka", en: "number" },
  "type.boolean": { id: "true/false", en: "true/false" },
  "type.enum": { id: "pilihan", en: "one of" },
  "type.url": { id: "URL", en: "URL" },
  "type.list": { id: "daftar", en: "list" },
  "d.method.title": { id: "Metode sebagai data", en: "The method as data" },
  "d.cite.title": { id: "Cara mengutip", en: "How to cite" },
  "d.cite.dataTitle": {
    id: "Data predikat Kabupaten/Kota Layak Anak (KLA) Indonesia",
    en: "Indonesia's Child-Friendly Regency/City (KLA) award data",
  },
  "d.cite.lead": {
    id: "Sebutkan versi data, supaya angka Anda bisa diperiksa ulang. Untuk angka tentang satu daerah, kutip juga sumber aslinya (tercantum di halaman daerah dan di awards.csv).",
    en: "Give the data version, so that your figures can be checked again. For a figure about one place, also cite its original source (listed on the place's page and in awards.csv).",
  },
  "d.cite.version": { id: "Versi", en: "Version" },
  "d.cite.dataset": { id: "Kumpulan data", en: "Data set" },
  "d.cite.apa": { id: "APA", en: "APA" },
  "d.cite.bibtex": { id: "BibTeX", en: "BibTeX" },
  "d.versions.title": { id: "Versi dan catatan rilis", en: "Version and release notes" },
  "d.join.title": { id: "Menggabungkan berkas", en: "Joining files" },
  "d.correct.title": { id: "Kirim koreksi", en: "Send a correction" },
  "d.release.title": { id: "Catatan rilis", en: "Release notes" },
  "d.release.stable": {
    id: "Nama berkas dan kolom adalah alamat publik: kolom baru ditambahkan di akhir, dan kolom tidak pernah diganti nama atau dihapus tanpa catatan rilis.",
    en: "File and column names are public addresses: new columns are added at the end, and no column is renamed or removed without a release note.",
  },
  "d.coverage.title": { id: "Cakupan", en: "Coverage" },
  "d.coverage.caption": {
    id: "Kabupaten/kota yang statusnya dinyatakan sumber, per provinsi dan putaran (dinyatakan/jumlah; +n* = n lagi yang disimpulkan, tidak dinyatakan sumber; ✓ = lengkap, termasuk yang disimpulkan)",
    en: "Regencies/cities whose status a source states, per province and round (stated/total; +n* = n more inferred, not stated by a source; ✓ = complete, counting inferences)",
  },
  "d.coverage.province": { id: "Provinsi", en: "Province" },
  "d.coverage.all": { id: "Seluruh Indonesia", en: "All Indonesia" },
  "d.coverage.notYet": { id: "belum ada", en: "did not exist" },
  "d.coverage.complete": { id: "lengkap", en: "complete" },
  "d.sources.title": { id: "Daftar sumber", en: "Register of sources" },
  "d.sources.caption": { id: "Situs yang paling sering dikutip", en: "Most cited sites" },
  "d.sources.domain": { id: "Situs", en: "Site" },
  "d.sources.urls": { id: "URL", en: "URLs" },
  "d.sources.citations": { id: "Kutipan", en: "Citations" },
  "d.size.kb": { id: "{n} KB", en: "{n} KB" },
  "d.size.mb": { id: "{n} MB", en: "{n} MB" },
});

/** Indonesian versions of the indicator notes in data/method/indicators.csv, each with the English it translates. */
export const INDICATOR_NOTES_ID: Readonly<Record<string, { en: string; id: string }>> = {
  "KLA-K-01": {
    en: "2018-era questionnaire: regulation exists and is implemented (Perda / head-of-region regulation / Perda in process); scored here as yes-no. http://docplayer.info/57230066-Indikator-kabupaten-kota-layak-anak-kla.html",
    id: "Kuesioner era 2018: regulasi ada dan dijalankan (Perda / peraturan kepala daerah / Perda dalam proses); di sini dinilai sebagai ya/tidak. http://docplayer.info/57230066-Indikator-kabupaten-kota-layak-anak-kla.html",
  },
  "KLA-K-02": {
    en: "Composite in the evaluation (Gugus Tugas, RAD KLA, child data profile, % Kecamatan/Desa Layak Anak, PATBM); reduced to yes-no here.",
    id: "Dalam evaluasi berupa gabungan (Gugus Tugas, RAD KLA, profil data anak, % Kecamatan/Desa Layak Anak, PATBM); di sini disederhanakan menjadi ya/tidak.",
  },
  "KLA-K-03": {
    en: "Composite in the evaluation; business involvement is commonly evidenced by APSAI membership. Reduced to yes-no here.",
    id: "Dalam evaluasi berupa gabungan; keterlibatan dunia usaha biasanya dibuktikan dengan keanggotaan APSAI. Di sini disederhanakan menjadi ya/tidak.",
  },
  "KLA-I-04": {
    en: "Target 100 %: SDG 16.9 (legal identity for all, including birth registration). RPJMN 2015–2019 aimed at 85 % by 2019 (https://amp.kontan.co.id/news/lampaui-target-rpjmn-cakupan-akta-lahir-nasional-capai-9285).",
    id: "Target 100 %: SDG 16.9 (identitas hukum bagi semua, termasuk pencatatan kelahiran). RPJMN 2015–2019 menargetkan 85 % pada 2019 (https://amp.kontan.co.id/news/lampaui-target-rpjmn-cakupan-akta-lahir-nasional-capai-9285).",
  },
  "KLA-II-07": {
    en: "Floor 11.21 % = the 2018 national level the RPJMN 2020–2024 plan started from; target 8.74 % = its 2024 target. At or above 11.21 % scores 0, at or below 8.74 % full points.",
    id: "Batas bawah 11,21 % = angka nasional 2018 yang menjadi titik awal RPJMN 2020–2024; target 8,74 % = target 2024-nya. 11,21 % ke atas mendapat 0 poin, 8,74 % ke bawah poin penuh.",
  },
  "KLA-II-10": {
    en: "Cluster placement uncertain (II or IV); the II+IV count of 8 is consistent with 24 in total.",
    id: "Letak klasternya belum pasti (II atau IV); jumlah II+IV = 8 tetap cocok dengan total 24.",
  },
  "KLA-III-11": {
    en: "No RPJMN target for births in facilities could be read from a source, so the full 0–100 range is assumed.",
    id: "Tidak ada target RPJMN untuk persalinan di fasilitas kesehatan yang bisa dibaca dari sumber, jadi rentang penuh 0–100 diasumsikan.",
  },
  "KLA-III-12": {
    en: "Measured by stunting prevalence. Floor 30.8 % = the 2018 level (Riskesdas) the RPJMN 2020–2024 plan started from, close to the WHO–UNICEF 'very high' threshold of 30 % (https://pmc.ncbi.nlm.nih.gov/articles/PMC6390397/); target 14 % = RPJMN 2020–2024 target for 2024.",
    id: "Diukur dengan prevalensi stunting. Batas bawah 30,8 % = angka 2018 (Riskesdas) yang menjadi titik awal RPJMN 2020–2024, dekat ambang “sangat tinggi” WHO–UNICEF sebesar 30 % (https://pmc.ncbi.nlm.nih.gov/articles/PMC6390397/); target 14 % = target RPJMN 2020–2024 untuk 2024.",
  },
  "KLA-III-13": {
    en: "PMBA coverage has no published target; the Renstra Kemenkes 2020–2024 target of 60 % is for exclusive breastfeeding, a narrower measure, so it is not used as the PMBA target.",
    id: "Cakupan PMBA tidak punya target yang dipublikasikan; target 60 % dalam Renstra Kemenkes 2020–2024 adalah untuk ASI eksklusif, ukuran yang lebih sempit, jadi tidak dipakai sebagai target PMBA.",
  },
  "KLA-III-15": {
    en: "Target 100 %: the RPJMN 2020–2024 target for safe drinking water; its sanitation target was 90 %, so a sanitation-only value is held to the stricter water target.",
    id: "Target 100 %: target RPJMN 2020–2024 untuk air minum layak; target sanitasinya 90 %, jadi nilai yang hanya berisi sanitasi diukur dengan target air minum yang lebih ketat.",
  },
  "KLA-III-16": {
    en: "Existence confirmed by the Minister (Aug 2025: no kab/kota met it yet); number unverified.",
    id: "Keberadaannya dikonfirmasi Menteri (Agustus 2025: belum ada kabupaten/kota yang memenuhinya); nomornya belum terverifikasi.",
  },
  "KLA-V-21": {
    en: "Sub-indicators: 21a child victims of violence and neglect served (17-item checklist); 21b % children freed from child labour; further subs not seen. Scored here as one percent.",
    id: "Sub-indikator: 21a anak korban kekerasan dan penelantaran yang terlayani (daftar periksa 17 butir); 21b % anak yang dibebaskan dari pekerja anak; sub-indikator lain belum terlihat. Di sini dinilai sebagai satu persen.",
  },
  "KLA-V-24": {
    en: "CONTENT UNVERIFIED: the 24th indicator is not confirmed by any source read; candidates are protection from radicalism/terrorism or worst forms of child labour. Kept so the method has 24 indicators; kind percent is a placeholder.",
    id: "ISI BELUM TERVERIFIKASI: indikator ke-24 tidak dikonfirmasi oleh sumber mana pun yang kami baca; kandidatnya perlindungan anak dari radikalisme/terorisme atau bentuk pekerjaan terburuk bagi anak. Dipertahankan agar metode tetap berisi 24 indikator; jenis “persen” hanya pengisi.",
  },
};

/** Indonesian versions of the caveats in data/method/series.csv, each with the English it translates. */
export const SERIES_NOTES_ID: Readonly<Record<string, { en: string; id: string }>> = {
  wasting_balita: {
    en: "Wasting (weight-for-height below −2 SD) of children under five, SKI 2023 by kab/kota: one part of 'prevalensi status gizi balita' (KLA-III-12), shown as context and not scored. The indicator's bounds are stunting's (floor 30.8, target 14): a wasting rate of 5–15 % would earn full points against them, no source gives bounds for wasting, and averaging it with stunting would reward a place for a low wasting rate it shares with almost every other.",
    id: "Wasting (berat menurut tinggi badan di bawah −2 SD) pada balita, SKI 2023 per kabupaten/kota: satu bagian dari “prevalensi status gizi balita” (KLA-III-12), ditampilkan sebagai konteks dan tidak dinilai. Batas indikator itu adalah batas stunting (batas bawah 30,8, target 14): angka wasting 5–15 % akan mendapat poin penuh, tidak ada sumber yang memberi batas untuk wasting, dan merata-ratakannya dengan stunting akan menaikkan nilai hampir semua daerah dengan angka wasting rendah yang sama.",
  },
  underweight_balita: {
    en: "Underweight (weight-for-age below −2 SD) of children under five, SKI 2023 by kab/kota: the other part of 'prevalensi status gizi balita' (KLA-III-12) besides stunting and wasting; context, not scored, for the same reason as wasting_balita.",
    id: "Berat badan kurang (berat menurut umur di bawah −2 SD) pada balita, SKI 2023 per kabupaten/kota: bagian lain dari “prevalensi status gizi balita” (KLA-III-12) selain stunting dan wasting; konteks, tidak dinilai, dengan alasan yang sama seperti wasting_balita.",
  },
  melahirkan_pertama_bawah_20: {
    en: "Ever-married women 15–49 whose first live birth was before age 20 (BPS Susenas, by kab/kota). Not the KLA child-marriage measure (SDG 5.3.1: women 20–24 married or in union before 18, published by province only): context only, never KLA-II-07.",
    id: "Perempuan pernah kawin 15–49 tahun yang melahirkan anak lahir hidup pertama sebelum umur 20 tahun (BPS Susenas, per kabupaten/kota). Bukan ukuran perkawinan anak KLA (SDG 5.3.1: perempuan 20–24 tahun yang kawin atau hidup bersama sebelum 18 tahun, hanya terbit per provinsi): konteks saja, tidak pernah KLA-II-07.",
  },
  stunting_balita: {
    en: "Stunting prevalence (height-for-age < -2 SD, SSGI/SKI) stands for 'prevalensi status gizi balita', which also covers wasting and underweight. Lower is better; scored against the indicator's own floor and target.",
    id: "Prevalensi stunting (tinggi menurut umur < −2 SD, SSGI/SKI) mewakili “prevalensi status gizi balita”, yang juga mencakup wasting dan berat badan kurang. Makin rendah makin baik; dinilai dengan batas bawah dan target indikator itu sendiri.",
  },
  akta_lahir_0_17: {
    en: "Share of children 0–17 holding a birth certificate (BPS Susenas): the KLA measure itself.",
    id: "Persentase anak 0–17 tahun yang memiliki akta kelahiran (BPS Susenas): ukuran KLA itu sendiri.",
  },
  akta_lahir_0_6: {
    en: "Children 0–6 only (BPS Profil Anak Usia Dini). Used only where akta_lahir_0_17 is missing for the same area and year; younger children usually have lower coverage, so it tends to understate.",
    id: "Hanya anak 0–6 tahun (BPS Profil Anak Usia Dini). Dipakai hanya bila akta_lahir_0_17 tidak ada untuk wilayah dan tahun yang sama; cakupan anak yang lebih muda biasanya lebih rendah, jadi angkanya cenderung lebih kecil dari yang sebenarnya.",
  },
  perkawinan_anak_sdg531: {
    en: "SDG 5.3.1: women 20–24 married or in union before 18 (BPS Susenas), the measure KemenPPPA quotes as 'angka perkawinan anak'. Lower is better.",
    id: "SDG 5.3.1: perempuan 20–24 tahun yang menikah atau hidup bersama sebelum 18 tahun (BPS Susenas), ukuran yang dikutip KemenPPPA sebagai “angka perkawinan anak”. Makin rendah makin baik.",
  },
  persalinan_non_faskes: {
    en: "Share of last live births in the past 2 years NOT in a health facility (BPS Susenas); the indicator is births IN a facility, so the value is inverted as 100 − value before scoring.",
    id: "Persentase kelahiran hidup terakhir dalam 2 tahun terakhir yang TIDAK di fasilitas kesehatan (BPS Susenas); indikatornya adalah persalinan DI fasilitas kesehatan, jadi nilainya dibalik menjadi 100 − nilai sebelum dinilai.",
  },
  asi_eksklusif_bps: {
    en: "Exclusive breastfeeding of infants 0–5 months (BPS Susenas): one component of PMBA (infant and young child feeding under 2), not the whole of it.",
    id: "ASI eksklusif bayi 0–5 bulan (BPS Susenas): satu komponen PMBA (pemberian makan bayi dan anak di bawah 2 tahun), bukan keseluruhannya.",
  },
  asi_eksklusif_ski: {
    en: "Exclusive breastfeeding by SKI 2023 recall (children 6–23 months): a different definition from BPS, so it is shown as context and never mixed into KLA-III-13.",
    id: "ASI eksklusif menurut ingatan ibu dalam SKI 2023 (anak 6–23 bulan): definisinya berbeda dari BPS, jadi ditampilkan sebagai konteks dan tidak pernah dicampur ke KLA-III-13.",
  },
  sanitasi_layak_rt: {
    en: "Households with adequate sanitation (BPS Susenas): half of the indicator (water and sanitation). With air_minum_layak_rt for the same area and year the indicator value is the mean of the two; alone, it stands in for the whole indicator and the result says so.",
    id: "Rumah tangga dengan sanitasi layak (BPS Susenas): separuh indikator (air minum dan sanitasi). Bila air_minum_layak_rt ada untuk wilayah dan tahun yang sama, nilai indikator adalah rata-rata keduanya; bila sendirian, seri ini mewakili seluruh indikator dan hasilnya menyebut hal itu.",
  },
  air_minum_layak_rt: {
    en: "Households with safe drinking water (BPS Susenas): the other half of the indicator; combined with sanitasi_layak_rt as above.",
    id: "Rumah tangga dengan air minum layak (BPS Susenas): separuh lainnya dari indikator; digabung dengan sanitasi_layak_rt seperti di atas.",
  },
  idl_12_23_bps: {
    en: "Complete basic immunisation of children 12–23 months (BPS Susenas): not one of the 24 KLA indicators (it was in the 2011 set); context only.",
    id: "Imunisasi dasar lengkap anak 12–23 bulan (BPS Susenas): bukan salah satu dari 24 indikator KLA (dulu ada di perangkat 2011); hanya konteks.",
  },
  anak_bekerja_10_17: {
    en: "Children 10–17 who work (BPS Sakernas), inverted as 100 − value for sub-indicator 21b (children freed from child labour). A weak proxy: working is not the legal definition of child labour, and 21a (victims of violence served) has no open series.",
    id: "Anak 10–17 tahun yang bekerja (BPS Sakernas), dibalik menjadi 100 − nilai untuk sub-indikator 21b (anak yang dibebaskan dari pekerja anak). Proksi yang lemah: bekerja tidak sama dengan definisi hukum pekerja anak, dan 21a (korban kekerasan yang terlayani) tidak punya seri data terbuka.",
  },
};

/** An indicator's note in the reader's language (English as in data/method; Indonesian from the table above). */
export function indicatorNote(lang: "id" | "en", id: string, note: string): string {
  if (lang === "en" || note === "") return note;
  const t = INDICATOR_NOTES_ID[id];
  return t !== undefined && t.en === note ? t.id : note;
}

/** A series' caveat in the reader's language. */
export function seriesNote(lang: "id" | "en", seriesId: string, note: string): string {
  if (lang === "en" || note === "") return note;
  const t = SERIES_NOTES_ID[seriesId];
  return t !== undefined && t.en === note ? t.id : note;
}

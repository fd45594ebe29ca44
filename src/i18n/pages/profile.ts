/**
 * Strings of the place (/daerah/<slug>/) and province (/provinsi/<slug>/) profiles. Each key holds both languages
 * side by side (src/i18n/translate.ts). Numbers arrive already formatted (src/i18n/format.ts).
 */
import { defineDictionary } from "../index.ts";

export const tp = defineDictionary({
  "type.kabupaten": { id: "Kabupaten", en: "Regency (kabupaten)" },
  "type.kota": { id: "Kota", en: "City (kota)" },
  "label.province": { id: "Provinsi", en: "Province" },
  "label.code": { id: "Kode Kemendagri", en: "Kemendagri code" },
  "label.national": { id: "Nasional", en: "National" },

  "place.metaTitle": {
    id: "{place}, {province}: predikat Kabupaten/Kota Layak Anak",
    en: "{place}, {province}: Child-Friendly Regency/City (KLA) award",
  },
  "place.metaDesc": {
    id: "{place} ({province}) — predikat KLA {from}–{to}: {latest}. Posisinya di antara kabupaten/kota {province}, angka anak dengan pembanding provinsi dan nasional, serta sumber setiap angka.",
    en: "{place} ({province}) — KLA predikat {from}–{to}: {latest}. Where it stands among {province}'s kab/kota, figures on children with province and national context, and the source of every figure.",
  },
  "place.metaLatest": { id: "terakhir {status} ({year})", en: "latest {status} ({year})" },
  "place.metaLatestInferred": {
    id: "terakhir {status} ({year}, disimpulkan)",
    en: "latest {status} ({year}, inferred)",
  },
  "place.latestInferred": { id: "disimpulkan, tidak dinyatakan sumber", en: "inferred, not stated by a source" },
  "place.latestInferredNote": {
    id: "Predikat ini bacaan kami, bukan pernyataan sumber tentang {place} pada {year}: catatan di tabel putaran di bawah menjelaskan dasarnya. Punya sumber yang menyebutnya langsung? Kirimkan.",
    en: "This predikat is our reading, not a source's statement about {place} in {year}: the note in the rounds table below gives its basis. Have a source that states it? Send it.",
  },
  "place.metaUnknown": { id: "belum diketahui", en: "not yet known" },
  "place.namesake": { id: "Jangan tertukar dengan {list}.", en: "Not to be confused with {list}." },
  "place.otherNames": { id: "Juga disebut {list}.", en: "Also called {list}." },
  "place.printedAs": { id: "Di sumber juga tertulis {list}.", en: "Also printed in sources as {list}." },
  "place.latestLabel": { id: "Predikat terakhir yang diketahui", en: "Latest known predikat" },
  "place.noneLabel": { id: "Predikat", en: "Predikat" },
  "place.meaningTier": {
    id: "{predikat} adalah tingkat ke-{level} dari 5 tingkat predikat (rentang skor {band} dari 1.000).",
    en: "{predikat} is the {level} of 5 predikat levels (a score of {band} out of 1,000).",
  },
  "place.stepsOne": { id: "Tinggal satu tingkat lagi menuju KLA.", en: "It is one level below KLA." },
  "place.stepsMany": { id: "Masih {n} tingkat di bawah KLA.", en: "It is {n} levels below KLA." },
  "place.meaningNoTop": {
    id: "Belum ada kabupaten/kota yang pernah mencapai KLA, tingkat tertinggi.",
    en: "No kab/kota has ever reached KLA, the top level.",
  },
  "place.meaningTop": { id: "KLA adalah tingkat tertinggi.", en: "KLA is the top level." },
  "place.latestTierUnknown": {
    id: "{place} mendapat predikat pada {year}, tetapi sumber yang kami temukan tidak menyebut tingkatnya.",
    en: "{place} received a predikat in {year}, but the sources we found do not state its level.",
  },
  "place.latestConflict": {
    id: "Sumber berbeda tentang tingkat predikat {place} pada {year}; kami tidak memilih salah satunya (lihat rinciannya di bawah).",
    en: "Sources disagree on the level of {place}'s predikat in {year}; we do not pick one (details below).",
  },
  "place.latestNotAwarded": {
    id: "Menurut sumber, {place} tidak mendapat predikat pada {year}.",
    en: "According to the sources, {place} did not receive a predikat in {year}.",
  },
  "place.latestUnknownAfter": {
    id: "Hasil {year} belum diketahui: kami belum menemukan sumbernya.",
    en: "The {year} result is unknown: we have not found a source for it.",
  },
  "place.allUnknown": {
    id: "Predikat {place} belum diketahui: kami belum menemukan sumber terverifikasi untuk putaran {from}–{to} mana pun.",
    en: "{place}'s predikat is unknown: we have not found a verified source for any round from {from} to {to}.",
  },
  "place.unknownMeaning": {
    id: "“Tidak diketahui” berarti belum ada sumber, bukan berarti tidak mendapat predikat.",
    en: "“Unknown” means there is no source yet, not that no predikat was awarded.",
  },
  "place.sendSource": { id: "Punya sumbernya? Kirimkan", en: "Have a source? Send it" },
  "ladder.label": {
    id: "Lima tingkat predikat, dari terendah ke tertinggi",
    en: "The five predikat levels, lowest to highest",
  },
  "ladder.current": { id: "(predikat {place} pada {year})", en: "({place}'s predikat in {year})" },

  "toc.label": { id: "Di halaman ini", en: "On this page" },
  "sec.rounds": { id: "Predikat dari tahun ke tahun", en: "Predikat over the years" },
  "sec.peers": { id: "Di antara kabupaten/kota {province}", en: "Among the kab/kota of {province}" },
  "sec.peersShort": { id: "Di provinsi", en: "In the province" },
  "sec.indicators": { id: "Data tentang anak", en: "Data on children" },
  "sec.attention": { id: "Apa yang perlu diperhatikan menurut data", en: "What the data says needs attention" },
  "sec.attentionShort": { id: "Perhatian", en: "Attention" },
  "sec.scores": { id: "Skor klaster (perkiraan situs ini)", en: "Cluster scores (this site's estimate)" },
  "sec.scoresShort": { id: "Skor", en: "Scores" },
  "sec.sources": { id: "Sumber", en: "Sources" },
  "sec.cite": { id: "Kutip dan unduh", en: "Cite and download" },
  "sec.correct": { id: "Kirim koreksi atau sumber", en: "Send a correction or a source" },
  "sec.correctShort": { id: "Koreksi", en: "Corrections" },

  "rounds.caption": {
    id: "{place}: hasil per putaran beserta sumbernya",
    en: "{place}: result per round and its sources",
  },
  "rounds.colYear": { id: "Tahun", en: "Year" },
  "rounds.colResult": { id: "Hasil", en: "Result" },
  "rounds.colSources": { id: "Sumber", en: "Sources" },
  "rounds.noSource": { id: "kirim sumber", en: "send a source" },
  "rounds.inferred": {
    id: "Disimpulkan, tidak dinyatakan langsung oleh sumber:",
    en: "Inferred, not stated directly by the source:",
  },
  "rounds.conflict": {
    id: "Sumber saling berbeda; kami tidak memilih salah satunya:",
    en: "Sources disagree; we do not pick one:",
  },
  "rounds.provinceAtTime": {
    id: "Saat itu tercatat di Provinsi {province}.",
    en: "Listed under {province} province at the time.",
  },
  "rounds.earlier": {
    id: "Putaran sebelum {year} hanya diketahui sebagai angka nasional; daftar per daerahnya belum kami temukan.",
    en: "Rounds before {year} are known only as national counts; we have not found per-place lists for them.",
  },
  "rounds.newProvince": {
    id: "Provinsi {province} baru ada sejak putaran {year}; pada putaran sebelumnya daerah ini masuk provinsi induknya.",
    en: "{province} province exists only from the {year} round; in earlier rounds this place belonged to the province it was split from.",
  },

  "says.awarded": { id: "mendapat predikat, tingkat tidak disebut", en: "awarded, level not stated" },
  "says.notAwarded": { id: "tidak mendapat predikat", en: "not awarded" },
  "says.inferred": { id: "disimpulkan", en: "inferred" },

  "peers.tier": {
    id: "Pada {year}, {place} adalah salah satu dari {same} kabupaten/kota berpredikat {predikat} di antara {total} kabupaten/kota di {province}.",
    en: "In {year}, {place} is one of {same} kab/kota with {predikat} among the {total} kab/kota of {province}.",
  },
  "peers.tierOnly": {
    id: "Pada {year}, {place} adalah satu-satunya kabupaten/kota berpredikat {predikat} di antara {total} kabupaten/kota di {province}.",
    en: "In {year}, {place} is the only kab/kota with {predikat} among the {total} kab/kota of {province}.",
  },
  "peers.higher": {
    id: "{n} kabupaten/kota diketahui berpredikat lebih tinggi.",
    en: "{n} are known to hold a higher predikat.",
  },
  "peers.higherNone": {
    id: "Tidak ada yang diketahui berpredikat lebih tinggi di provinsi ini.",
    en: "None in the province is known to hold a higher one.",
  },
  "peers.awarded": {
    id: "Pada {year}, {place} termasuk {awarded} dari {total} kabupaten/kota {province} yang diketahui mendapat predikat; tingkatnya tidak disebut sumber atau sumbernya berbeda.",
    en: "In {year}, {place} is among the {awarded} of {province}'s {total} kab/kota known to hold a predikat; its level is not stated, or the sources disagree.",
  },
  "peers.notAwarded": {
    id: "Pada {year}, {place} tidak mendapat predikat; {awarded} dari {total} kabupaten/kota {province} diketahui mendapat predikat.",
    en: "In {year}, {place} did not receive a predikat; {awarded} of {province}'s {total} kab/kota are known to hold one.",
  },
  "peers.unknown": {
    id: "Hasil {place} pada {year} belum diketahui. Dari {total} kabupaten/kota {province}, {awarded} diketahui mendapat predikat dan {notAwarded} diketahui tidak mendapat predikat.",
    en: "{place}'s result in {year} is unknown. Of {province}'s {total} kab/kota, {awarded} are known to hold a predikat and {notAwarded} are known not to.",
  },
  "peers.unknownNoNot": {
    id: "Hasil {place} pada {year} belum diketahui. Dari {total} kabupaten/kota {province}, {awarded} diketahui mendapat predikat.",
    en: "{place}'s result in {year} is unknown. Of {province}'s {total} kab/kota, {awarded} are known to hold a predikat.",
  },
  "peers.unknownRest": {
    id: "Hasil {n} kabupaten/kota lainnya tidak diketahui.",
    en: "The results of {n} others are unknown.",
  },
  "peers.unknownAll": {
    id: "Hasil semua kabupaten/kota lainnya juga tidak diketahui.",
    en: "The results of all the others are unknown too.",
  },
  "peers.sourcesLabel": {
    id: "{n} sumber berita, daftar no. {from}–{to}",
    en: "{n} news sources, list nos. {from}–{to}",
  },
  "peers.sourceOne": { id: "1 sumber berita, daftar no. {from}", en: "1 news source, list no. {from}" },
  "peers.dataset": { id: "Atlas Kota Layak Anak, awards.csv", en: "Atlas Kota Layak Anak, awards.csv" },

  "ind.intro": {
    id: "Angka {place} dengan angka provinsi dan nasional sebagai pembanding.",
    en: "{place}'s figures, with the province and national figures for context.",
  },
  "ind.none": {
    id: "Dalam data terbuka yang kami kumpulkan belum ada angka tingkat kabupaten/kota untuk {place}.",
    en: "The open data we have gathered holds no kab/kota-level figure for {place} yet.",
  },
  "ind.conflict": {
    id: "Dua sumber memberi angka berbeda untuk wilayah dan tahun yang sama: keduanya ditampilkan, dan tidak ada yang dipakai untuk skor.",
    en: "Two sources give different values for the same area and year: both are shown, and neither is used for scoring.",
  },
  "ind.contextTitle": { id: "Konteks: angka Provinsi {province}", en: "Context: figures for {province} province" },
  "ind.contextNote": {
    id: "Angka-angka ini milik Provinsi {province}, bukan {place}: data terbuka tingkat kabupaten/kota untuk indikator ini belum tersedia.",
    en: "These figures are for {province} province, not for {place}: no open kab/kota-level data exists for these indicators yet.",
  },
  "ind.provTitle": {
    id: "{series}: {focus} dibandingkan angka nasional",
    en: "{series}: {focus} against the national figure",
  },
  "ind.colSeries": { id: "Indikator", en: "Indicator" },
  "ind.colYear": { id: "Tahun", en: "Year" },
  "ind.colSources": { id: "Sumber", en: "Sources" },

  "att.intro": {
    id: "Setiap indikator {area} dibandingkan dengan angka nasional pada tahun yang sama, mulai dari yang paling tertinggal.",
    en: "Each of {area}'s indicators against the national figure of the same year, furthest behind first.",
  },
  "att.worse": {
    id: "{gap} poin persen lebih buruk daripada angka nasional ({national})",
    en: "{gap} percentage points worse than the national figure ({national})",
  },
  "att.better": {
    id: "{gap} poin persen lebih baik daripada angka nasional ({national})",
    en: "{gap} percentage points better than the national figure ({national})",
  },
  "att.same": { id: "sama dengan angka nasional ({national})", en: "the same as the national figure ({national})" },
  "att.noNational": {
    id: "belum ada angka nasional tahun itu sebagai pembanding",
    en: "no national figure for that year to compare with",
  },
  "att.line": { id: "{value} pada {year} — {comparison}.", en: "{value} in {year} — {comparison}." },
  "att.province": { id: "Angka Provinsi {province}: {value}.", en: "{province} province: {value}." },
  "att.lower": { id: "Makin rendah makin baik.", en: "Lower is better." },
  "att.higher": { id: "Makin tinggi makin baik.", en: "Higher is better." },
  "att.none": {
    id: "Belum ada indikator dengan angka untuk {area}, jadi data belum bisa menunjukkan prioritasnya.",
    en: "There is no indicator with a figure for {area} yet, so the data cannot point to priorities.",
  },
  "att.caveat": {
    id: "Ini baru sebagian kecil dari 24 indikator KLA: hanya yang punya data terbuka.",
    en: "This covers only a small part of the 24 KLA indicators: those with open data.",
  },

  "scores.caveatBefore": {
    id: "Skor ini dihitung oleh situs ini dari data terbuka dengan metode yang sebagian diasumsikan, karena bobot resmi per indikator tidak dipublikasikan. Ini bukan skor Kementerian PPPA, dan hanya {present} dari {total} indikator yang punya data, jadi skornya sebagian. Cara menghitungnya ada di halaman",
    en: "These scores are computed by this site from open data with a partly assumed method, because the official points per indicator are not published. They are not the ministry's score, and only {present} of the {total} indicators have any data here, so the scores are partial. How they are computed is explained on the",
  },
  "scores.caveatLink": { id: "Metodologi", en: "Methodology page" },
  "scored.title": { id: "Indikator yang dinilai", en: "Indicators scored" },
  "scored.coverage": { id: "{cluster}: {n} dari {total} indikator", en: "{cluster}: {n} of {total} indicators" },
  "scored.coverageIntro": {
    id: "Yang dinilai, tiap indikator pada tahun datanya yang terbaru: {list}.",
    en: "What is scored, each indicator at its latest year with data: {list}.",
  },
  "scored.colIndicator": { id: "Indikator", en: "Indicator" },
  "scored.colValue": { id: "Nilai (tahun)", en: "Value (year)" },
  "scored.colPoints": { id: "Poin", en: "Points" },
  "scored.colProvince": { id: "Provinsi", en: "Province" },
  "scored.colNational": { id: "Nasional", en: "National" },
  "scored.colSource": { id: "Sumber dan catatan", en: "Source and caveats" },
  "scored.yes": { id: "ya", en: "yes" },
  "scored.no": { id: "tidak", en: "no" },
  "scored.decidedBy": { id: "ditentukan oleh {fact}", en: "decided by {fact}" },
  "scored.via": { id: "{primary}, via {host}", en: "{primary}, via {host}" },
  "scored.ci": { id: "IK 95 %: {lower}–{upper}", en: "95 % CI: {lower}–{upper}" },
  "scored.caveat.conflict": { id: "nilai bertentangan", en: "conflicting values" },
  "scored.caveat.doubtful": { id: "diragukan", en: "doubtful" },
  "scored.caveat.rse-over-25": { id: "RSE>25%", en: "RSE>25%" },
  "scored.caveat.n-under-50": { id: "N<50", en: "N<50" },
  "scored.caveat.small-sample": { id: "sampel kecil", en: "small sample" },
  "scored.notScored": { id: "tidak dinilai", en: "not scored" },
  "scored.unscoredTitle": { id: "Data yang ada tetapi tidak dinilai", en: "Data held but not scored" },
  "scored.missing": {
    id: "Belum ada data untuk {n} indikator: {list}.",
    en: "Still missing, no data for {n} indicators: {list}.",
  },
  "scores.year": { id: "Data tahun {year}.", en: "Data for {year}." },
  "scores.used": { id: "Dihitung dari: {list}.", en: "Computed from: {list}." },
  "scores.relation.direct": { id: "ukuran langsung", en: "direct measure" },
  "scores.relation.proxy": { id: "pendekatan", en: "proxy" },
  "cluster.K": { id: "Kelembagaan", en: "Institutional" },
  "cluster.I": { id: "I. Hak sipil dan kebebasan", en: "I. Civil rights and freedoms" },
  "cluster.II": {
    id: "II. Lingkungan keluarga, pengasuhan alternatif",
    en: "II. Family environment, alternative care",
  },
  "cluster.III": { id: "III. Kesehatan dasar dan kesejahteraan", en: "III. Basic health and welfare" },
  "cluster.IV": { id: "IV. Pendidikan, waktu luang, budaya", en: "IV. Education, leisure, culture" },
  "cluster.V": { id: "V. Perlindungan khusus", en: "V. Special protection" },
  "scores.none": {
    id: "Belum ada data indikator untuk menghitung skor klaster {area}.",
    en: "There is no indicator data yet to compute {area}'s cluster scores.",
  },
  "scores.reportedTitle": { id: "Skor total yang pernah dilaporkan", en: "Reported total scores" },
  "scores.reportedIntro": {
    id: "Skor dari 1.000 yang disebut pemerintah daerah atau media, dengan tahap penilaiannya. Rentang resmi: {bands}.",
    en: "Scores out of 1,000 quoted by local governments or the press, with the stage of the evaluation. Official bands: {bands}.",
  },
  "scores.colYear": { id: "Tahun", en: "Year" },
  "scores.colScore": { id: "Skor", en: "Score" },
  "scores.colStage": { id: "Tahap", en: "Stage" },
  "scores.colBand": { id: "Rentang skor", en: "Score band" },
  "scores.colReceived": { id: "Predikat diterima", en: "Predikat received" },
  "scores.colSources": { id: "Sumber", en: "Sources" },
  "scores.bandNone": { id: "di bawah 500", en: "below 500" },
  "scores.stage.self-assessment": { id: "penilaian mandiri", en: "self-assessment" },
  "scores.stage.verified": { id: "setelah verifikasi", en: "after verification" },
  "scores.stage.final": { id: "akhir", en: "final" },
  "scores.stage.unclear": { id: "tahap tidak jelas", en: "stage unclear" },
  "scores.mismatch": {
    id: "{place} melaporkan skor {score} pada {year} ({stage}) — masuk rentang {band} — namun menerima predikat {predikat}.",
    en: "{place} reported {score} in {year} ({stage}), in the {band} band, yet received {predikat}.",
  },
  "scores.mismatchFlag": { id: "tidak cocok", en: "mismatch" },

  "src.ref": { id: "sumber", en: "source" },
  "src.intro": {
    id: "Setiap angka di halaman ini berasal dari sumber di bawah. Nomor dalam tabel dan grafik merujuk ke daftar ini.",
    en: "Every figure on this page comes from the sources below. Numbers in tables and charts refer to this list.",
  },
  "src.group.predikat": { id: "Predikat {place}", en: "{place}'s predikat" },
  "src.group.peers": {
    id: "Predikat kabupaten/kota lain di {province}",
    en: "Predikat of the other kab/kota of {province}",
  },
  "src.group.places": { id: "Predikat kabupaten/kota {province}", en: "Predikat of {province}'s kab/kota" },
  "src.group.provila": { id: "Provinsi Layak Anak", en: "Child-Friendly Province (Provila)" },
  "src.group.indicators": { id: "Indikator", en: "Indicators" },
  "src.group.scores": { id: "Skor yang dilaporkan", en: "Reported scores" },
  "src.group.method": { id: "Metode KLA", en: "KLA method" },
  "src.use.score": { id: "skor {place} {year}: {score}", en: "{place}'s score {year}: {score}" },
  "src.use.provila": { id: "Provinsi Layak Anak {year}", en: "Provila {year}" },
  "src.use.method": { id: "klaster dan indikator KLA", en: "KLA clusters and indicators" },
  "src.use.bands": { id: "rentang skor predikat", en: "predikat score bands" },
  "src.none": { id: "Belum ada sumber untuk halaman ini.", en: "No sources for this page yet." },

  "cite.intro": { id: "Kutipan yang disarankan:", en: "Suggested citation:" },
  "cite.place": {
    id: "Atlas Kota Layak Anak ({year}). {name} ({code}): predikat KLA {from}–{to} [data set], versi {version}. {url}",
    en: "Atlas Kota Layak Anak ({year}). {name} ({code}): KLA predikat {from}–{to} [data set], version {version}. {url}",
  },
  "cite.province": {
    id: "Atlas Kota Layak Anak ({year}). Provinsi {name} ({code}): predikat KLA kabupaten/kota {from}–{to} [data set], versi {version}. {url}",
    en: "Atlas Kota Layak Anak ({year}). {name} province ({code}): KLA predikat of its kab/kota {from}–{to} [data set], version {version}. {url}",
  },
  "cite.also": {
    id: "Untuk satu angka tertentu, kutip juga sumber aslinya dari daftar di atas.",
    en: "For a single figure, cite its original source from the list above as well.",
  },
  "dl.title": { id: "Unduh data", en: "Download the data" },
  "dl.awards": { id: "Predikat semua kabupaten/kota per putaran", en: "Predikat of every kab/kota per round" },
  "dl.indicators": { id: "Angka indikator", en: "Indicator values" },
  "dl.filterPlace": {
    id: "Saring baris dengan kode {code}: kolom place_code di awards.csv, area_code di indicators.csv.",
    en: "Filter the rows with code {code}: column place_code in awards.csv, area_code in indicators.csv.",
  },
  "dl.filterProvince": {
    id: "Kode kabupaten/kota di provinsi ini diawali {code} (misalnya {example}); kode provinsinya sendiri {code} di kolom area_code indicators.csv.",
    en: "The codes of this province's kab/kota start with {code} (e.g. {example}); the province itself is {code} in the area_code column of indicators.csv.",
  },

  "fix.intro": {
    id: "Tahu predikat {place} untuk tahun yang masih “tidak diketahui”, atau menemukan angka yang keliru? Kirimkan sumbernya: berita, laman pemerintah, atau surat keputusan yang menyebut predikatnya.",
    en: "Do you know the predikat of {place} for a year still shown as “unknown”, or have you spotted a wrong figure? Send us the source: a news story, a government page or a decree that states the predikat.",
  },
  "fix.step1": {
    id: "Tulis satu baris seperti contoh di bawah ke berkas CSV baru di folder {folder} repositori proyek. Ganti bagian yang dimiringkan; tulis nama persis seperti di sumber.",
    en: "Write one row like the example below into a new CSV file in the project repository's {folder} folder. Replace the parts in italics; write names exactly as the source prints them.",
  },
  "fix.step2": {
    id: "Periksa berkas itu dengan {cmd}: hasilnya “valid”, atau pesan yang menyebut nomor baris dan masalahnya.",
    en: "Check the file with {cmd}: it answers “valid”, or names the line and the problem.",
  },
  "fix.step3": {
    id: "Kirim sebagai pull request. Panduan lengkapnya ada di README.md repositori, bagian “How to add a fact”.",
    en: "Send it as a pull request. The full guide is in the repository's README.md, section “How to add a fact”.",
  },
  "fix.notAwarded": {
    id: "Sumber yang menyatakan sebuah daerah tidak mendapat predikat masuk ke {file}, dengan kolom {cols}.",
    en: "A source saying a place was not awarded goes into {file}, with the columns {cols}.",
  },
  "fix.conflict": {
    id: "Sumber yang berbeda dengan data kami tetap diterima: keduanya dicatat dan ditampilkan sebagai perbedaan sumber.",
    en: "A source that disagrees with our data is welcome: both are recorded and shown as a disagreement.",
  },
  "fix.placeholderPlace": { id: "Kabupaten Contoh", en: "Kabupaten Contoh" },
  "fix.subjectProvince": { id: "kabupaten/kota di {province}", en: "a kab/kota of {province}" },

  "prov.metaTitle": {
    id: "Provinsi {province}: predikat KLA kabupaten/kota",
    en: "{province} province: KLA awards of its kab/kota",
  },
  "prov.searchTitle": { id: "Provinsi {province}", en: "{province} province" },
  "prov.metaDesc": {
    id: "Predikat Kabupaten/Kota Layak Anak di {n} kabupaten/kota Provinsi {province}, {from}–{to}; tahun Provinsi Layak Anak; indikator anak dibandingkan nasional; dan sumber setiap angka.",
    en: "Child-Friendly Regency/City (KLA) predikat of the {n} kab/kota of {province} province, {from}–{to}; Child-Friendly Province years; indicators on children against the national figure; and the source of every figure.",
  },
  "prov.kicker": {
    id: "Provinsi · Kode Kemendagri {code} · {n} kabupaten/kota",
    en: "Province · Kemendagri code {code} · {n} kab/kota",
  },
  "prov.summary": {
    id: "Pada {year}, {awarded} dari {total} kabupaten/kota diketahui mendapat predikat{breakdown}.",
    en: "In {year}, {awarded} of {total} kab/kota are known to hold a predikat{breakdown}.",
  },
  "prov.summaryNotAwarded": { id: "{n} tidak mendapat predikat.", en: "{n} did not receive one." },
  "prov.summaryUnknown": { id: "Hasil {n} kabupaten/kota tidak diketahui.", en: "The results of {n} are unknown." },
  "prov.summaryBreakdown": { id: " ({list})", en: " ({list})" },
  "prov.provilaYes": {
    id: "Provinsi Layak Anak (Provila): {years}.",
    en: "Child-Friendly Province (Provila): {years}.",
  },
  "prov.provilaNo": {
    id: "Tidak tercatat sebagai Provinsi Layak Anak (Provila) dalam daftar yang kami miliki.",
    en: "Not listed as a Child-Friendly Province (Provila) in the lists we hold.",
  },
  "prov.provilaMeaning": {
    id: "Provila adalah penghargaan bagi provinsi yang seluruh kabupaten/kotanya mendapat predikat.",
    en: "Provila is the award for a province all of whose kab/kota hold a predikat.",
  },
  "sec.grid": { id: "Kabupaten/kota per putaran", en: "Kab/kota by round" },
  "sec.gridShort": { id: "Per putaran", en: "By round" },
  "sec.provila": { id: "Provinsi Layak Anak", en: "Child-Friendly Province" },
  "sec.provIndicators": {
    id: "Indikator provinsi dibandingkan nasional",
    en: "Province indicators against the national figure",
  },
  "sec.coverage": { id: "Seberapa lengkap datanya", en: "How complete the data is" },
  "sec.places": { id: "Daftar kabupaten/kota", en: "List of kab/kota" },
  "grid.caption": {
    id: "Predikat kabupaten/kota {province} per putaran",
    en: "Predikat of {province}'s kab/kota by round",
  },
  "grid.colPlace": { id: "Kabupaten/kota", en: "Kab/kota" },
  "grid.note": {
    id: "Sumber tiap sel ada di halaman profil daerahnya dan di daftar sumber halaman ini ({range}).",
    en: "Each cell's sources are on the place's own page and in this page's source list ({range}).",
  },
  "grid.range": { id: "no. {from}–{to}", en: "nos. {from}–{to}" },
  "grid.tierUnknown": { id: "Dapat predikat", en: "Awarded" },
  "grid.conflict": { id: "Sumber berbeda", en: "Sources differ" },
  "grid.notAwarded": { id: "Tanpa predikat", en: "Not awarded" },
  "grid.unknown": { id: "Tak diketahui", en: "Unknown" },
  "grid.notMember": { id: "bukan bagian provinsi ini saat itu", en: "not part of this province then" },
  "grid.inferred": { id: "disimpulkan", en: "inferred" },
  "grid.legendInferred": {
    id: "* disimpulkan dari sumber, tidak dinyatakan langsung",
    en: "* inferred from a source, not stated directly",
  },
  "grid.legendNotMember": {
    id: "– bukan bagian provinsi ini pada putaran itu",
    en: "– not part of this province in that round",
  },
  "grid.newProvince": {
    id: "Provinsi {province} baru ada sejak putaran {year}; sebelumnya kabupaten/kotanya termasuk provinsi induknya.",
    en: "{province} province exists only from the {year} round; before that its kab/kota belonged to the province it was split from.",
  },
  "grid.formerMembers": {
    id: "Pada putaran {years}, provinsi ini juga mencakup kabupaten/kota yang kini masuk provinsi lain ({n} saat itu, lihat tabel cakupan); hasilnya ada di halaman masing-masing.",
    en: "In the {years} rounds this province also included kab/kota that now belong to other provinces ({n} then, see the coverage table); their results are on their own pages.",
  },
  "grid.legendTiers": { id: "tingkat predikat", en: "predikat levels" },
  "grid.legendTierUnknown": {
    id: "mendapat predikat, tingkatnya tidak disebut sumber",
    en: "received a predikat, level not stated by the source",
  },
  "grid.legendUnknown": {
    id: "belum ada sumber (bukan berarti tanpa predikat)",
    en: "no source yet (not the same as not awarded)",
  },
  "coverage.caption": {
    id: "Data per daerah yang kami miliki untuk {province}, per putaran",
    en: "Per-place data we hold for {province}, by round",
  },
  "coverage.colYear": { id: "Tahun", en: "Year" },
  "coverage.colPlaces": { id: "Kab/kota saat itu", en: "Kab/kota then" },
  "coverage.colKnown": { id: "Predikat dinyatakan sumber", en: "Predikat stated by a source" },
  "coverage.colKnownInferred": { id: "Predikat disimpulkan", en: "Predikat inferred" },
  "coverage.ofWhichInferred": { id: "{n} disimpulkan", en: "{n} inferred" },
  "coverage.colTierUnknown": { id: "Dapat predikat, tingkat tak disebut", en: "Awarded, level not stated" },
  "coverage.colNotAwarded": { id: "Tanpa predikat", en: "Not awarded" },
  "coverage.colUnknown": { id: "Tidak diketahui", en: "Unknown" },
  "coverage.colShare": { id: "Terisi", en: "Known" },
  "coverage.boundary": {
    id: "Jumlah kabupaten/kota mengikuti batas provinsi pada putaran itu.",
    en: "The number of kab/kota follows the province's boundaries in that round.",
  },
  "places.kabupaten": { id: "Kabupaten ({n})", en: "Regencies (kabupaten) ({n})" },
  "places.kota": { id: "Kota ({n})", en: "Cities (kota) ({n})" },
  "places.former": { id: "Dulu bagian provinsi ini ({n})", en: "Formerly part of this province ({n})" },
  "places.latest": { id: "{year}: {status}", en: "{year}: {status}" },
});

export type ProfileKey = Parameters<typeof tp>[1];

/**
 * The codebook of the public downloads: what each file holds, one row per what, and what every column means, in
 * both languages. The data page (/data/) renders it; tests/unit/codebook.test.ts checks that the columns listed here
 * are exactly the headers src/pipeline/downloads.ts writes (on the golden fixture) and the headers of data/method/*.csv,
 * in order — so a column added to a download without a description fails the tests, not a researcher.
 */

export type ColumnType = "year" | "code" | "text" | "integer" | "number" | "boolean" | "enum" | "url" | "list";

export interface Bilingual {
  id: string;
  en: string;
}

export interface CodebookColumn {
  name: string;
  type: ColumnType;
  description: Bilingual;
}

export interface CodebookFile {
  /** File name as published: "awards.csv". */
  file: string;
  /** Path on the site, Indonesian form (the downloads are the same in both languages). */
  path: string;
  /** What one row is. */
  row: Bilingual;
  description: Bilingual;
  columns: CodebookColumn[];
}

const col = (name: string, type: ColumnType, id: string, en: string): CodebookColumn => ({
  name,
  type,
  description: { id, en },
});

const YEAR = col("year", "year", "Tahun putaran penghargaan (atau tahun data).", "Award round (or data year).");
const PLACE_CODE = col(
  "place_code",
  "code",
  "Kode Kemendagri kabupaten/kota, dengan titik: 53.71. Kunci untuk menggabungkan dengan places.csv.",
  "Kemendagri code of the regency/city, with a dot: 53.71. The key to join with places.csv.",
);
const PROVINCE_CODE = col(
  "province_code",
  "code",
  "Kode Kemendagri provinsi (dua digit), saat ini.",
  "Kemendagri province code (two digits), as of today.",
);
const PROVINCE_NAME = col(
  "province_name",
  "text",
  "Nama provinsi saat ini (Kemendagri 2025).",
  "Province name today (Kemendagri 2025).",
);
const SOURCE_URL = col(
  "source_url",
  "url",
  "Alamat sumber yang menyatakan fakta ini.",
  "Address of the source that states this fact.",
);
const AREA_LEVEL = col(
  "area_level",
  "enum",
  "Tingkat wilayah: national, province, atau kabkota.",
  "Area level: national, province or kabkota.",
);
const AREA_CODE = col(
  "area_code",
  "code",
  "ID untuk nasional, kode provinsi (53), atau kode kabupaten/kota (53.71).",
  "ID for national, a province code (53) or a regency/city code (53.71).",
);
const METHOD_VERSION = col(
  "method_version",
  "text",
  "Versi metode (data/method/method-version.txt) yang dipakai menghitung.",
  "Version of the method (data/method/method-version.txt) used for the computation.",
);
const STATUS_COLS = (what: Bilingual): CodebookColumn[] => [
  col(
    `${what.en}_status`,
    "enum",
    `Asal ${what.id}: official, unverified, sourced, atau assumed (lihat Metodologi).`,
    `Where the ${what.en} comes from: official, unverified, sourced or assumed (see Methodology).`,
  ),
  col(
    `${what.en}_source`,
    "list",
    `URL atau bagian README yang mendukung ${what.id}; beberapa dipisah " | ".`,
    `URLs or README section backing the ${what.en}; several separated by " | ".`,
  ),
];

export const CODEBOOK: CodebookFile[] = [
  {
    file: "places.csv",
    path: "/data/places.csv",
    row: { id: "kabupaten/kota (514)", en: "regency/city (514)" },
    description: {
      id: "Daftar 514 kabupaten dan kota dengan kode Kemendagri, nama resmi, dan nama lain yang dipakai sumber.",
      en: "The 514 regencies and cities with their Kemendagri code, official name and the other names sources use.",
    },
    columns: [
      col("code", "code", "Kode Kemendagri dengan titik: 53.71.", "Kemendagri code with a dot: 53.71."),
      col("name", "text", "Nama resmi dengan awalan: Kota Kupang.", "Official name with its prefix: Kota Kupang."),
      col("short_name", "text", "Nama tanpa awalan: Kupang.", "Name without the prefix: Kupang."),
      col("type", "enum", "kabupaten atau kota.", "kabupaten (regency) or kota (city)."),
      PROVINCE_CODE,
      PROVINCE_NAME,
      col(
        "slug",
        "text",
        "Bagian alamat halaman daerah: /daerah/<slug>/.",
        "Part of the place page's address: /daerah/<slug>/.",
      ),
      col(
        "aliases",
        "list",
        'Nama lain seperti tertulis di sumber, dipisah " | ".',
        'Other names as sources print them, separated by " | ".',
      ),
    ],
  },
  {
    file: "provinces.csv",
    path: "/data/provinces.csv",
    row: { id: "provinsi (38)", en: "province (38)" },
    description: {
      id: "Ke-38 provinsi dengan jumlah kabupaten/kota di dalamnya.",
      en: "The 38 provinces with their number of regencies/cities.",
    },
    columns: [
      col("code", "code", "Kode Kemendagri provinsi (dua digit).", "Kemendagri province code (two digits)."),
      col("name", "text", "Nama provinsi (Kemendagri 2025).", "Province name (Kemendagri 2025)."),
      col(
        "slug",
        "text",
        "Bagian alamat halaman provinsi: /provinsi/<slug>/.",
        "Part of the province page's address: /provinsi/<slug>/.",
      ),
      col(
        "place_count",
        "integer",
        "Jumlah kabupaten/kota di provinsi ini sekarang.",
        "Number of regencies/cities in the province today.",
      ),
    ],
  },
  {
    file: "awards.csv",
    path: "/data/awards.csv",
    row: {
      id: "kabupaten/kota per putaran yang punya fakta bersumber",
      en: "regency/city and round with a sourced fact",
    },
    description: {
      id: "Predikat KLA per kabupaten/kota dan putaran. Daerah dan putaran yang tidak ada di berkas ini tidak diketahui — bukan “tidak mendapat predikat”.",
      en: "KLA predikat per regency/city and round. A place and round missing from this file is unknown — not “not awarded”.",
    },
    columns: [
      YEAR,
      PLACE_CODE,
      col("place_name", "text", "Nama resmi kabupaten/kota.", "Official name of the regency/city."),
      col("type", "enum", "kabupaten atau kota.", "kabupaten or kota."),
      PROVINCE_CODE,
      PROVINCE_NAME,
      col(
        "province_code_at_time",
        "code",
        "Kode provinsi pada tahun itu (Papua dimekarkan pada November 2022).",
        "Province code in that year (Papua was split in November 2022).",
      ),
      col("province_name_at_time", "text", "Nama provinsi pada tahun itu.", "Province name in that year."),
      col(
        "status",
        "enum",
        "awarded (mendapat predikat) atau not-awarded (sumber menyatakan tidak mendapat).",
        "awarded, or not-awarded (a source says it was not).",
      ),
      col(
        "predikat",
        "enum",
        "Pratama, Madya, Nindya, Utama, atau KLA; kosong bila tingkatnya tidak disebut atau sumber berbeda.",
        "Pratama, Madya, Nindya, Utama or KLA; empty when the tier is not stated or sources disagree.",
      ),
      col(
        "conflict",
        "boolean",
        "true bila sumber-sumber tidak sepakat; predikat lalu dikosongkan (lihat claims).",
        "true when sources disagree; predikat is then left empty (see claims).",
      ),
      col(
        "inferred",
        "boolean",
        "true bila setiap sumber yang menyebut predikat ini (atau, tanpa predikat, setiap sumber) hanya menyiratkannya (misalnya “tetap Madya”).",
        "true when every source that states this predikat (or, with no predikat, every source) only implies it (e.g. “still Madya”).",
      ),
      col("source_url", "url", "Sumber pertama.", "First source."),
      col(
        "source_count",
        "integer",
        "Jumlah pernyataan sumber untuk baris ini.",
        "Number of source statements behind the row.",
      ),
      col("all_sources", "list", 'Semua URL sumber, dipisah " | ".', 'Every source URL, separated by " | ".'),
      col(
        "claims",
        "list",
        'Apa kata tiap sumber: “Madya: URL”, dipisah " | ".',
        'What each source says: “Madya: URL”, separated by " | ".',
      ),
      col(
        "names_as_published",
        "list",
        "Nama daerah seperti tertulis di sumber.",
        "The place's name as the sources print it.",
      ),
    ],
  },
  {
    file: "award-sources.csv",
    path: "/data/award-sources.csv",
    row: { id: "pernyataan satu sumber", en: "statement of one source" },
    description: {
      id: "Format panjang awards.csv: satu baris per pernyataan sumber, untuk memeriksa setiap baris sampai ke data mentah.",
      en: "awards.csv in long form: one row per source statement, to audit every record down to the raw data.",
    },
    columns: [
      YEAR,
      PLACE_CODE,
      col(
        "says",
        "enum",
        "Apa kata sumber: predikat, awarded (tanpa tingkat), atau not-awarded.",
        "What the source says: a predikat, awarded (no tier) or not-awarded.",
      ),
      col("inferred", "boolean", "true bila sumber hanya menyiratkannya.", "true when the source only implies it."),
      SOURCE_URL,
      col("name_as_published", "text", "Nama daerah seperti tertulis di sumber.", "The place's name as printed."),
      col(
        "province_as_published",
        "text",
        "Nama provinsi seperti tertulis di sumber.",
        "The province's name as printed.",
      ),
      col("note", "text", "Catatan penyusun data (bahasa Inggris).", "Compiler's note."),
      col(
        "raw_ref",
        "text",
        "Berkas dan baris di data/raw: data/raw/awards/awards_2023.csv:12.",
        "File and line in data/raw: data/raw/awards/awards_2023.csv:12.",
      ),
    ],
  },
  {
    file: "award-rounds.csv",
    path: "/data/award-rounds.csv",
    row: { id: "putaran penghargaan, 2012–2025", en: "award round, 2012–2025" },
    description: {
      id: "Angka nasional setiap putaran seperti diumumkan, dan berapa baris per daerah yang kami miliki.",
      en: "Each round's national figures as announced, and how many per-place rows we hold.",
    },
    columns: [
      YEAR,
      col(
        "held",
        "boolean",
        "true bila ada upacara penghargaan tahun itu.",
        "true when an award ceremony was held that year.",
      ),
      col(
        "pratama",
        "integer",
        "Jumlah peraih Pratama yang diumumkan; kosong bila tidak terbit.",
        "Announced number of Pratama; empty when not published.",
      ),
      col("madya", "integer", "Jumlah peraih Madya yang diumumkan.", "Announced number of Madya."),
      col("nindya", "integer", "Jumlah peraih Nindya yang diumumkan.", "Announced number of Nindya."),
      col("utama", "integer", "Jumlah peraih Utama yang diumumkan.", "Announced number of Utama."),
      col(
        "kla",
        "integer",
        "Jumlah peraih predikat KLA (tertinggi) yang diumumkan.",
        "Announced number of KLA (the top predikat).",
      ),
      col(
        "total_awarded",
        "integer",
        "Total kabupaten/kota yang diumumkan meraih predikat.",
        "Announced total of regencies/cities awarded.",
      ),
      col(
        "entrants",
        "integer",
        "Kabupaten/kota yang dilaporkan menginisiasi atau mengikuti KLA tahun itu.",
        "Regencies/cities reported as initiating or entering KLA that year.",
      ),
      col("entrants_note", "text", "Catatan tentang angka entrants (bahasa Inggris).", "Note on the entrants figure."),
      col(
        "provila_count",
        "integer",
        "Jumlah Provinsi Layak Anak yang diumumkan.",
        "Announced number of Child-Friendly Provinces (Provila).",
      ),
      col(
        "known_predikat_rows",
        "integer",
        "Baris per daerah dengan predikat yang kami miliki untuk putaran ini, dinyatakan sumber dan disimpulkan bersama (bagian yang disimpulkan: known_predikat_rows_inferred).",
        "Per-place rows with a predikat that we hold for the round, stated and inferred together (the inferred part: known_predikat_rows_inferred).",
      ),
      col(
        "known_awarded_tier_unknown",
        "integer",
        "Baris “mendapat predikat, tingkat tidak disebut”, dinyatakan dan disimpulkan bersama.",
        "Rows “awarded, tier not stated”, stated and inferred together.",
      ),
      col(
        "known_not_awarded",
        "integer",
        "Baris “tidak mendapat predikat”, dinyatakan dan disimpulkan bersama.",
        "“Not awarded” rows, stated and inferred together.",
      ),
      SOURCE_URL,
      col(
        "notes",
        "text",
        "Catatan penyusun tentang putaran, termasuk perbedaan antarsumber (bahasa Inggris).",
        "Compilers' notes on the round, including disagreements between sources.",
      ),
      col(
        "known_predikat_rows_inferred",
        "integer",
        "Bagian dari known_predikat_rows yang predikatnya hanya disimpulkan (tidak dinyatakan sumber untuk daerah dan putaran itu). Yang dinyatakan sumber = known_predikat_rows − kolom ini.",
        "Of known_predikat_rows, those whose predikat rests on inference only (no source states it for that place and round). Stated by a source = known_predikat_rows − this column.",
      ),
      col(
        "known_awarded_tier_unknown_inferred",
        "integer",
        "Bagian dari known_awarded_tier_unknown yang disimpulkan (mis. penghargaan Provila dibaca sebagai “semua kabupaten/kota mendapat predikat”).",
        "Of known_awarded_tier_unknown, those inferred (e.g. a Provila award read as “every kab/kota awarded”).",
      ),
      col(
        "known_not_awarded_inferred",
        "integer",
        "Bagian dari known_not_awarded yang disimpulkan (mis. dari daftar lengkap sebuah provinsi).",
        "Of known_not_awarded, those inferred (e.g. from a province's complete list).",
      ),
    ],
  },
  {
    file: "provila.csv",
    path: "/data/provila.csv",
    row: { id: "penghargaan Provinsi Layak Anak", en: "Child-Friendly Province award" },
    description: {
      id: "Provinsi yang meraih penghargaan Provinsi Layak Anak (Provila) per tahun.",
      en: "Provinces awarded Child-Friendly Province (Provila) per year.",
    },
    columns: [
      YEAR,
      PROVINCE_CODE,
      PROVINCE_NAME,
      col(
        "province_as_published",
        "text",
        "Nama provinsi seperti tertulis di sumber.",
        "The province's name as printed.",
      ),
      SOURCE_URL,
    ],
  },
  {
    file: "coverage.csv",
    path: "/data/coverage.csv",
    row: { id: "putaran dan provinsi (seperti pada tahun itu)", en: "round and province (as it was then)" },
    description: {
      id: "Seberapa lengkap gambaran per daerah: untuk setiap putaran dan provinsi, berapa kabupaten/kota yang statusnya diketahui.",
      en: "How complete the per-place picture is: for each round and province, how many regencies/cities have a known status.",
    },
    columns: [
      YEAR,
      col("province_code", "code", "Kode provinsi pada tahun itu.", "Province code in that year."),
      col("province_name", "text", "Nama provinsi.", "Province name."),
      col(
        "places",
        "integer",
        "Jumlah kabupaten/kota di provinsi itu pada tahun itu.",
        "Regencies/cities in the province that year.",
      ),
      col(
        "awarded_predikat_known",
        "integer",
        "Mendapat predikat, tingkat diketahui: dinyatakan sumber dan disimpulkan bersama (bagian yang disimpulkan: awarded_predikat_known_inferred).",
        "Awarded, tier known: stated and inferred together (the inferred part: awarded_predikat_known_inferred).",
      ),
      col(
        "awarded_predikat_unknown",
        "integer",
        "Mendapat predikat, tingkat tidak disebut atau sumber berbeda; dinyatakan dan disimpulkan bersama.",
        "Awarded, tier not stated or disputed; stated and inferred together.",
      ),
      col(
        "not_awarded",
        "integer",
        "Tidak mendapat predikat; dinyatakan dan disimpulkan bersama.",
        "Not awarded; stated and inferred together.",
      ),
      col(
        "unknown",
        "integer",
        "Tidak diketahui: belum ada sumber. 0 berarti daftar provinsi itu lengkap.",
        "Unknown: no source yet. 0 means the province's list is complete.",
      ),
      col(
        "awarded_predikat_known_inferred",
        "integer",
        "Bagian dari awarded_predikat_known yang predikatnya hanya disimpulkan. Yang dinyatakan sumber = awarded_predikat_known − kolom ini.",
        "Of awarded_predikat_known, those whose predikat rests on inference only. Stated by a source = awarded_predikat_known − this column.",
      ),
      col(
        "awarded_predikat_unknown_inferred",
        "integer",
        "Bagian dari awarded_predikat_unknown yang disimpulkan.",
        "Of awarded_predikat_unknown, those inferred.",
      ),
      col(
        "not_awarded_inferred",
        "integer",
        "Bagian dari not_awarded yang disimpulkan.",
        "Of not_awarded, those inferred.",
      ),
    ],
  },
  {
    file: "reported-scores.csv",
    path: "/data/reported-scores.csv",
    row: { id: "skor total yang dilaporkan", en: "reported total score" },
    description: {
      id: "Skor total (dari 1000) yang dilaporkan daerah atau media, dengan tahap penilaiannya dan rentang predikat tempat skor itu jatuh.",
      en: "Total scores (out of 1000) reported by places or the press, with their stage and the predikat band the score falls in.",
    },
    columns: [
      YEAR,
      PLACE_CODE,
      col("name_as_published", "text", "Nama daerah seperti tertulis di sumber.", "The place's name as printed."),
      col("score", "number", "Skor total seperti dilaporkan.", "Total score as reported."),
      col(
        "stage",
        "enum",
        "self-assessment (penilaian mandiri), verified, final, atau unclear.",
        "self-assessment, verified, final or unclear.",
      ),
      col(
        "predikat_reported",
        "enum",
        "Predikat yang diraih daerah itu pada putaran tersebut.",
        "Predikat the place got in that round.",
      ),
      col(
        "band_predikat",
        "enum",
        "Predikat menurut rentang resmi untuk skor ini; kosong di bawah 500.",
        "Predikat by the official bands for this score; empty below 500.",
      ),
      col(
        "band_mismatch",
        "boolean",
        "true bila rentang skor tidak cocok dengan predikat yang diraih (ditampilkan, tidak dikoreksi).",
        "true when the band disagrees with the predikat received (shown, never corrected).",
      ),
      col("source_urls", "list", 'URL sumber, dipisah " | ".', 'Source URLs, separated by " | ".'),
    ],
  },
  {
    file: "indicators.csv",
    path: "/data/indicators.csv",
    row: { id: "nilai indikator", en: "indicator value" },
    description: {
      id: "Angka data terbuka (stunting, perkawinan anak, akta kelahiran, …) untuk nasional, provinsi, dan kabupaten/kota, masing-masing dengan sumbernya.",
      en: "Open-data figures (stunting, child marriage, birth certificates, …) for the nation, provinces and regencies/cities, each with its source.",
    },
    columns: [
      col(
        "indicator_id",
        "text",
        "Kode seri data terbuka, misalnya stunting_balita (lihat halaman Indikator). Bukan nomor indikator KLA.",
        "Open-data series id, e.g. stunting_balita (see the Indicators page). Not a KLA indicator number.",
      ),
      YEAR,
      AREA_LEVEL,
      AREA_CODE,
      col("area_name", "text", "Nama wilayah (Kemendagri).", "Area name (Kemendagri)."),
      col("value", "number", "Nilai, dengan titik sebagai pemisah desimal.", "Value, with a dot as decimal separator."),
      col("unit", "text", "Satuan: percent.", "Unit: percent."),
      col(
        "survey",
        "text",
        "Survei atau edisi bila disebut sumber (SSGI, SKI, Susenas).",
        "Survey or edition when the source names it (SSGI, SKI, Susenas).",
      ),
      col("area_name_as_published", "text", "Nama wilayah seperti tertulis di sumber.", "The area's name as printed."),
      col("source_title", "text", "Judul sumber bila tercatat.", "Title of the source when recorded."),
      SOURCE_URL,
      col(
        "conflict",
        "boolean",
        "true bila sumber lain memberi nilai berbeda untuk seri, wilayah, dan tahun yang sama; keduanya disimpan dan tidak dihitung skornya.",
        "true when another source gives a different value for the same series, area and year; both are kept and neither is scored.",
      ),
      col(
        "source_id",
        "code",
        "Untuk tabel lengkap kabupaten/kota: kode sumber di data/raw/indicators/kabkota_sources.csv; kosong untuk nilai lain.",
        "For the full regency/city tables: the source id in data/raw/indicators/kabkota_sources.csv; empty for other values.",
      ),
      col(
        "primary_source",
        "text",
        "Sumber resmi angka ini (penerbit, survei, tabel), misalnya “BPS, Susenas 2024: …”.",
        "The official source of the figure (publisher, survey, table), e.g. “BPS, Susenas 2024: …”.",
      ),
      col(
        "primary_url",
        "url",
        "Alamat tabel resmi (BPS) bila diketahui.",
        "Address of the official table (BPS) where known.",
      ),
      col(
        "carrier_url",
        "url",
        "Salinan publik (berkas repositori pada commit tertentu) tempat nilai ini dibaca; sama dengan source_url.",
        "The public copy (a repository file at a pinned commit) the value was read from; the same as source_url.",
      ),
      col(
        "ci_lower",
        "number",
        "Batas bawah selang kepercayaan 95 % (SKI 2023).",
        "Lower bound of the 95 % confidence interval (SKI 2023).",
      ),
      col(
        "ci_upper",
        "number",
        "Batas atas selang kepercayaan 95 % (SKI 2023).",
        "Upper bound of the 95 % confidence interval (SKI 2023).",
      ),
      col("n_weighed", "integer", "Jumlah balita yang ditimbang (SKI 2023).", "Number of children weighed (SKI 2023)."),
      col(
        "flags",
        "list",
        'Tanda dari survei seperti tercetak: RSE>25% (galat baku relatif di atas 25 %), N<50 (sampel kecil); dipisah " | ".',
        'The survey\'s flags as printed: RSE>25% (relative standard error over 25 %), N<50 (small sample); separated by " | ".',
      ),
      col(
        "doubtful",
        "boolean",
        "true bila penyusun menandai baris DOUBTFUL (asal nilai tidak diketahui: SSGI 2024 tidak menerbitkan Papua Tengah dan Papua Pegunungan); disimpan, tidak dihitung skornya.",
        "true when the compiler marked the row DOUBTFUL (origin unknown: SSGI 2024 did not publish Papua Tengah and Papua Pegunungan); kept, not scored.",
      ),
      col(
        "small_sample",
        "boolean",
        "true untuk persalinan di luar fasilitas kesehatan tepat 0,0 atau 100,0: perkiraan dari sampel kecil tanpa galat baku.",
        "true for births outside a facility of exactly 0.0 or 100.0: a small-sample estimate with no published error.",
      ),
      col(
        "caveats",
        "list",
        'Catatan yang dibawa nilai: conflict, doubtful, rse-over-25, n-under-50, small-sample; dipisah " | ".',
        'Caveats the value carries: conflict, doubtful, rse-over-25, n-under-50, small-sample; separated by " | ".',
      ),
      col(
        "scored",
        "boolean",
        "true bila nilai ini dihitung skornya: setiap catatannya diizinkan oleh data/method/caveats.csv dan serinya terhubung ke indikator (series.csv).",
        "true when the value is scored: data/method/caveats.csv lets each of its caveats through and its series is linked to an indicator (series.csv).",
      ),
    ],
  },
  {
    file: "indicator-achievements.csv",
    path: "/data/indicator-achievements.csv",
    row: { id: "indikator KLA per wilayah dan tahun yang punya data", en: "KLA indicator per area and year with data" },
    description: {
      id: "Capaian setiap indikator KLA yang bisa dihitung dari data terbuka: nilai yang dinilai, capaian 0–1, dan poin, dengan metode di halaman Metodologi.",
      en: "Each KLA indicator that open data can score: the value scored, achievement 0–1 and points, by the method on the Methodology page.",
    },
    columns: [
      AREA_CODE,
      AREA_LEVEL,
      YEAR,
      col("indicator_id", "code", "Nomor indikator KLA: KLA-III-12.", "KLA indicator id: KLA-III-12."),
      col("cluster", "enum", "Klaster: K (Kelembagaan), I–V.", "Cluster: K (institutional), I–V."),
      col(
        "value",
        "number",
        "Nilai yang dinilai, setelah dibalik (100 − nilai) atau dirata-ratakan bila perlu.",
        "Value scored, after inversion (100 − value) or averaging where needed.",
      ),
      col(
        "achievement",
        "number",
        "Capaian 0–1: (nilai − batas bawah) / (target − batas bawah), dibatasi 0–1.",
        "Achievement 0–1: (value − floor) / (target − floor), clamped to 0–1.",
      ),
      col("points", "number", "Poin = capaian × poin maksimum.", "Points = achievement × maximum points."),
      col(
        "max",
        "number",
        "Poin maksimum indikator (asumsi: bagian sama dari 1000).",
        "Maximum points of the indicator (assumed: equal shares of 1000).",
      ),
      col("series", "text", 'Seri yang dipakai, digabung dengan "+".', 'Series used, joined with "+".'),
      col(
        "relation",
        "enum",
        "direct (ukuran indikator itu sendiri) atau proxy (pengganti).",
        "direct (the indicator's own measure) or proxy (a stand-in).",
      ),
      col(
        "note",
        "text",
        "partial: … atau fallback: … bila nilainya hanya sebagian atau pengganti cadangan. Untuk KLA-K-01 (series regulations): peraturan yang menentukan jawabannya, dalam singkatan bahasa Inggris — jenis nomor/tahun (topik) atau none jenis (topik), stated tahun — dengan baris sumbernya di data/raw/regulations.csv; profil menuliskannya dalam bahasa pembaca.",
        "partial: … or fallback: … when the value is partial or a fallback. For KLA-K-01 (series regulations): the regulation that decides the answer, in English shorthand — kind number/year (topic), or none kind (topic), stated year — with its row in data/raw/regulations.csv; profiles word it in the reader's language.",
      ),
      METHOD_VERSION,
    ],
  },
  {
    file: "scores.csv",
    path: "/data/scores.csv",
    row: { id: "klaster per wilayah dan tahun yang punya data", en: "cluster per area and year with data" },
    description: {
      id: "Skor klaster parsial dari indikator yang ada datanya. Bukan skor resmi: sebagian besar indikator tidak punya data terbuka.",
      en: "Partial cluster scores from the indicators that have data. Not official scores: most indicators have no open data.",
    },
    columns: [
      AREA_CODE,
      AREA_LEVEL,
      YEAR,
      col("cluster", "enum", "Klaster: K, I, II, III, IV, V.", "Cluster: K, I, II, III, IV, V."),
      col(
        "score",
        "number",
        "Poin dari indikator yang ada; kosong bila tidak ada satu pun.",
        "Points from the indicators present; empty when none is.",
      ),
      col(
        "max",
        "number",
        "Poin maksimum seluruh klaster (bukan hanya indikator yang ada).",
        "Maximum points of the whole cluster (not just the indicators present).",
      ),
      col("present", "integer", "Indikator klaster yang ada datanya.", "Indicators of the cluster with data."),
      col("total", "integer", "Jumlah indikator klaster.", "Indicators in the cluster."),
      METHOD_VERSION,
    ],
  },
  {
    file: "regulations.csv",
    path: "/data/regulations.csv",
    row: {
      id: "pernyataan sumber tentang peraturan satu kabupaten/kota",
      en: "source statement about one regency/city's regulation",
    },
    description: {
      id: "Peraturan kabupaten/kota tentang KLA atau perlindungan anak (indikator KLA pertama, Kelembagaan): Perda (Qanun di Aceh), Perbup atau Perwal, dengan nomor, tahun, judul, dan sumbernya; juga sumber yang menyatakan daerah itu belum punya Perda. Daerah yang tidak ada di berkas ini tidak diketahui — bukan “tidak punya”.",
      en: "Regency/city regulations on KLA or child protection (the first KLA indicator, institutions): Perda (Qanun in Aceh), regent's or mayor's regulation (Perbup/Perwal), with number, year, title and source; also sources saying a place has no Perda yet. A place missing from this file is unknown — not “has none”.",
    },
    columns: [
      PLACE_CODE,
      col("place_name", "text", "Nama resmi kabupaten/kota.", "Official name of the regency/city."),
      PROVINCE_CODE,
      col(
        "status",
        "enum",
        "enacted (ditetapkan atau disahkan DPRD), draft (Ranperda sedang dibahas), atau none (sumber menyatakan belum ada).",
        "enacted (set, or passed by the DPRD), draft (a Ranperda under discussion), or none (a source says there is none).",
      ),
      col(
        "kind",
        "enum",
        "perda, qanun (Perda di Aceh), perbup (peraturan bupati), atau perwal (peraturan wali kota); untuk none, jenis yang belum ada.",
        "perda, qanun (a Perda in Aceh), perbup (regent's regulation) or perwal (mayor's regulation); for none, the kind that is missing.",
      ),
      col(
        "number",
        "text",
        "Nomor seperti tertulis (05 tetap 05); kosong bila sumber tidak menyebutnya.",
        "Number as printed (05 stays 05); empty when the source gives none.",
      ),
      col(
        "year",
        "year",
        "Tahun peraturan; untuk draft dan none, tahun pernyataan sumber.",
        "Year of the regulation; for draft and none, the year of the source's statement.",
      ),
      col(
        "title",
        "text",
        "Judul (“tentang …”) seperti tertulis; kosong bila tidak disebut.",
        "Title (“tentang …”) as printed; empty when not stated.",
      ),
      SOURCE_URL,
      col(
        "topic",
        "enum",
        "kla (Kabupaten/Kota Layak Anak) atau child-protection (perlindungan anak).",
        "kla (child-friendly regency/city) or child-protection (perlindungan anak).",
      ),
      col("name_as_published", "text", "Nama daerah seperti tertulis di sumber.", "The place's name as printed."),
      col(
        "note",
        "text",
        "Catatan penyusun (bahasa Inggris): apa persisnya kata sumber, tanggal, perbedaan antarsumber.",
        "Compiler's note: what exactly the source says, dates, disagreements between sources.",
      ),
      col(
        "evidence",
        "text",
        "listed: peraturan ini hanya diketahui dari judulnya dalam daftar dokumen terkait di halaman dokumen lain (bukti lebih lemah); kosong: sumber membahas peraturan itu sendiri.",
        "listed: the regulation is known only from its title in another document's list of related documents (weaker evidence); empty: the source is about the regulation itself.",
      ),
      col(
        "conflict",
        "text",
        "Pengenal bersama baris-baris yang sumbernya menggambarkan satu peraturan tetapi berbeda tentang nomor atau tahunnya (keduanya ditampilkan, tidak dipilih); kosong jika tidak ada perbedaan.",
        "Shared by the rows whose sources describe one regulation but disagree on its number or year (both shown, none chosen); empty when sources agree.",
      ),
    ],
  },
  {
    file: "sources.csv",
    path: "/data/sources.csv",
    row: { id: "URL sumber", en: "source URL" },
    description: {
      id: "Daftar semua sumber: setiap URL yang dikutip data, untuk apa, tahun berapa, dan berapa kali.",
      en: "The register of sources: every URL the data cites, what for, which years and how often.",
    },
    columns: [
      SOURCE_URL,
      col("domain", "text", "Domain situs sumber, tanpa www.", "The source's domain, without www."),
      col(
        "cited_for",
        "list",
        'Dikutip untuk: award, round, provila, reported-score, regulation, indicator:<seri>; dipisah " | ".',
        'Cited for: award, round, provila, reported-score, regulation, indicator:<series>; separated by " | ".',
      ),
      col("years", "list", "Tahun-tahun yang didukung sumber ini.", "Years the source is cited for."),
      col("citations", "integer", "Berapa kali URL ini dikutip.", "How many times the URL is cited."),
    ],
  },
];

/** The method as data, published byte for byte under /data/method/ (see data/method/README.md). */
export const METHOD_CODEBOOK: CodebookFile[] = [
  {
    file: "clusters.csv",
    path: "/data/method/clusters.csv",
    row: {
      id: "bagian penilaian (Kelembagaan dan klaster I–V)",
      en: "part of the evaluation (institutional and clusters I–V)",
    },
    description: {
      id: "Kelembagaan dan lima klaster KLA.",
      en: "The institutional component and the five KLA clusters.",
    },
    columns: [
      col("cluster_id", "code", "K, I, II, III, IV, V.", "K, I, II, III, IV, V."),
      col("order", "integer", "Urutan tampil.", "Display order."),
      col("name_id", "text", "Nama dalam bahasa Indonesia.", "Name in Indonesian."),
      col("name_en", "text", "Nama dalam bahasa Inggris.", "Name in English."),
      col(
        "status",
        "enum",
        "Asal: official, unverified, sourced, atau assumed.",
        "Where it comes from: official, unverified, sourced or assumed.",
      ),
      col("source", "list", 'URL sumber, dipisah " | ".', 'Source URLs, separated by " | ".'),
    ],
  },
  {
    file: "indicators.csv",
    path: "/data/method/indicators.csv",
    row: { id: "indikator KLA (24)", en: "KLA indicator (24)" },
    description: {
      id: "Ke-24 indikator: nomor, klaster, nama, jenis, arah, batas bawah dan target, poin maksimum — setiap bidang dengan asal dan sumbernya.",
      en: "The 24 indicators: number, cluster, name, kind, direction, floor and target, maximum points — every field with its status and source.",
    },
    columns: [
      col("indicator_id", "code", "KLA-<klaster>-<nomor>: KLA-III-12.", "KLA-<cluster>-<number>: KLA-III-12."),
      col("number", "integer", "Nomor indikator 1–24.", "Indicator number 1–24."),
      col("cluster_id", "code", "Klaster: K, I–V.", "Cluster: K, I–V."),
      col("name_id", "text", "Nama dalam bahasa Indonesia.", "Name in Indonesian."),
      col("name_en", "text", "Nama dalam bahasa Inggris.", "Name in English."),
      ...STATUS_COLS({ id: "nomor, klaster, dan nama", en: "identity" }),
      col("kind", "enum", "percent atau yes-no.", "percent or yes-no."),
      col(
        "direction",
        "enum",
        "higher (lebih tinggi lebih baik) atau lower; kosong untuk yes-no.",
        "higher (higher is better) or lower; empty for yes-no.",
      ),
      ...STATUS_COLS({ id: "jenis dan arah", en: "measure" }),
      col(
        "floor",
        "number",
        "Nilai yang mendapat 0 poin; kosong untuk yes-no.",
        "Value that earns nothing; empty for yes-no.",
      ),
      ...STATUS_COLS({ id: "batas bawah", en: "floor" }),
      col(
        "target",
        "number",
        "Nilai yang mendapat poin penuh; kosong untuk yes-no.",
        "Value that earns full points; empty for yes-no.",
      ),
      ...STATUS_COLS({ id: "target", en: "target" }),
      col(
        "max_points",
        "number",
        "Poin maksimum; jumlah seluruhnya 1000.",
        "Maximum points; all of them add up to 1000.",
      ),
      ...STATUS_COLS({ id: "poin", en: "points" }),
      col("note", "text", "Catatan (bahasa Inggris).", "Note."),
    ],
  },
  {
    file: "bands.csv",
    path: "/data/method/bands.csv",
    row: { id: "predikat", en: "predikat" },
    description: {
      id: "Rentang skor setiap predikat dan cara membaca batasnya.",
      en: "The score band of each predikat and how its edges are read.",
    },
    columns: [
      col("predikat", "enum", "Pratama, Madya, Nindya, Utama, KLA.", "Pratama, Madya, Nindya, Utama, KLA."),
      col("from_score", "number", "Skor tempat rentang dimulai.", "Score where the band starts."),
      col("from_rule", "enum", "at-least (≥) atau above (>).", "at-least (≥) or above (>)."),
      col("rule_status", "enum", "Asal aturan batas.", "Where the edge rule comes from."),
      col("published_band", "text", "Rentang seperti diterbitkan: 601–700.", "Band as published: 601–700."),
      col("band_status", "enum", "Asal rentang yang diterbitkan.", "Where the published band comes from."),
      col("source", "list", 'URL sumber, dipisah " | ".', 'Source URLs, separated by " | ".'),
      col("note", "text", "Catatan (bahasa Inggris).", "Note."),
    ],
  },
  {
    file: "series.csv",
    path: "/data/method/series.csv",
    row: { id: "seri data terbuka", en: "open-data series" },
    description: {
      id: "Seri data terbuka mana yang mengukur indikator KLA mana, dan bagaimana.",
      en: "Which open-data series measures which KLA indicator, and how.",
    },
    columns: [
      col("series_id", "code", "Kode seri, seperti di indicators.csv.", "Series id, as in indicators.csv."),
      col(
        "indicator_id",
        "code",
        "Indikator KLA yang diukur; kosong untuk seri konteks.",
        "KLA indicator measured; empty for a context series.",
      ),
      col("sub_indicator", "text", "Sub-indikator (misalnya b untuk 21b).", "Sub-indicator (e.g. b for 21b)."),
      col("relation", "enum", "direct, proxy, atau context.", "direct, proxy or context."),
      col("inverted", "enum", "yes bila yang dinilai 100 − nilai.", "yes when 100 − value is scored."),
      col(
        "priority",
        "integer",
        "Prioritas: angka terkecil yang ada dipakai; yang sama dirata-ratakan.",
        "Priority: the lowest present wins; equal ones are averaged.",
      ),
      col("status", "enum", "Asal pemetaan.", "Where the mapping comes from."),
      col("note", "text", "Catatan (bahasa Inggris).", "Note."),
    ],
  },
  {
    file: "caveats.csv",
    path: "/data/method/caveats.csv",
    row: { id: "catatan pada nilai", en: "caveat on a value" },
    description: {
      id: "Apakah nilai yang membawa catatan ini (konflik, meragukan, tanda survei, sampel kecil) dihitung skornya.",
      en: "Whether a value carrying this caveat (conflict, doubtful, survey flag, small sample) is scored.",
    },
    columns: [
      col(
        "caveat",
        "enum",
        "conflict, doubtful, rse-over-25, n-under-50, atau small-sample.",
        "conflict, doubtful, rse-over-25, n-under-50 or small-sample.",
      ),
      col(
        "scored",
        "enum",
        "yes bila nilai dengan catatan ini tetap dihitung skornya; no bila hanya ditampilkan.",
        "yes when a value with this caveat is still scored; no when it is only shown.",
      ),
      col("status", "enum", "Asal aturan.", "Where the rule comes from."),
      col(
        "source",
        "list",
        "URL atau bagian README yang mendukung aturan.",
        "URLs or README section backing the rule.",
      ),
      col("note", "text", "Alasan (bahasa Inggris).", "Why."),
    ],
  },
  {
    file: "regulation-rules.csv",
    path: "/data/method/regulation-rules.csv",
    row: { id: "aturan: jenis peraturan → jawaban indikator", en: "rule: kind of regulation → indicator answer" },
    description: {
      id: "Peraturan mana (status, jenis, topik) yang menjawab indikator 1 (Perda/kebijakan KLA) dengan ya atau tidak, dan sejak tahun kapan; yang lain tidak diketahui.",
      en: "Which regulations (status, kind, topic) answer indicator 1 (Perda/policy on KLA) yes or no, and from which year; anything else is unknown.",
    },
    columns: [
      col(
        "indicator_id",
        "code",
        "Indikator ya/tidak yang dijawab: KLA-K-01.",
        "The yes-no indicator answered: KLA-K-01.",
      ),
      col(
        "regulation_status",
        "enum",
        "enacted (ditetapkan) atau none (sumber menyatakan belum ada), seperti di regulations.csv.",
        "enacted, or none (a source says there is none), as in regulations.csv.",
      ),
      col("kind", "enum", "perda, qanun, perbup, atau perwal.", "perda, qanun, perbup or perwal."),
      col("topic", "enum", "kla atau child-protection.", "kla or child-protection."),
      col("answer", "enum", "yes atau no.", "yes or no."),
      col(
        "delay_years",
        "integer",
        "Peraturan tahun Y dihitung untuk tahun penilaian Y + delay_years dan sesudahnya.",
        "A regulation of year Y counts for evaluation years Y + delay_years and later.",
      ),
      col("status", "enum", "Asal aturan.", "Where the rule comes from."),
      col(
        "source",
        "list",
        "URL atau bagian README yang mendukung aturan.",
        "URLs or README section backing the rule.",
      ),
      col("note", "text", "Alasan (bahasa Inggris).", "Why."),
    ],
  },
];

/**
 * Names of the open-data series in both languages (ids as in data/raw/indicators and data/method/series.csv).
 * `survey` says who measures it, so every chart and table can name its source family.
 */
import type { Lang } from "./routes.ts";

export interface SeriesName {
  name: string;
  short: string;
  survey: string;
}

const SERIES: Record<string, Record<Lang, SeriesName>> = {
  stunting_balita: {
    id: { name: "Prevalensi balita stunting", short: "Stunting", survey: "Kemenkes SSGI/SKI" },
    en: {
      name: "Stunting prevalence among children under five",
      short: "Stunting",
      survey: "Ministry of Health SSGI/SKI",
    },
  },
  perkawinan_anak_sdg531: {
    id: {
      name: "Perkawinan anak (perempuan 20–24 tahun yang kawin sebelum 18 tahun)",
      short: "Perkawinan anak",
      survey: "BPS Susenas (SDG 5.3.1)",
    },
    en: {
      name: "Child marriage (women 20–24 married before 18)",
      short: "Child marriage",
      survey: "BPS Susenas (SDG 5.3.1)",
    },
  },
  persalinan_non_faskes: {
    id: { name: "Persalinan bukan di fasilitas kesehatan", short: "Persalinan non-faskes", survey: "BPS Susenas" },
    en: { name: "Births outside a health facility", short: "Births outside facilities", survey: "BPS Susenas" },
  },
  akta_lahir_0_17: {
    id: { name: "Anak 0–17 tahun yang memiliki akta kelahiran", short: "Akta kelahiran 0–17", survey: "BPS Susenas" },
    en: { name: "Children 0–17 with a birth certificate", short: "Birth certificates 0–17", survey: "BPS Susenas" },
  },
  akta_lahir_0_6: {
    id: {
      name: "Anak usia dini 0–6 tahun yang memiliki akta kelahiran",
      short: "Akta kelahiran 0–6",
      survey: "BPS Profil Anak Usia Dini",
    },
    en: {
      name: "Young children 0–6 with a birth certificate",
      short: "Birth certificates 0–6",
      survey: "BPS Early Childhood Profile",
    },
  },
  asi_eksklusif_bps: {
    id: { name: "Bayi 0–5 bulan yang mendapat ASI eksklusif", short: "ASI eksklusif", survey: "BPS Susenas" },
    en: {
      name: "Exclusive breastfeeding, infants 0–5 months",
      short: "Exclusive breastfeeding",
      survey: "BPS Susenas",
    },
  },
  asi_eksklusif_ski: {
    id: {
      name: "ASI eksklusif menurut SKI 2023 (anak 6–23 bulan, ingatan ibu)",
      short: "ASI eksklusif (SKI)",
      survey: "Kemenkes SKI",
    },
    en: {
      name: "Exclusive breastfeeding by SKI 2023 recall (children 6–23 months)",
      short: "Exclusive breastfeeding (SKI)",
      survey: "Ministry of Health SKI",
    },
  },
  sanitasi_layak_rt: {
    id: { name: "Rumah tangga dengan sanitasi layak", short: "Sanitasi layak", survey: "BPS Susenas" },
    en: { name: "Households with adequate sanitation", short: "Adequate sanitation", survey: "BPS Susenas" },
  },
  air_minum_layak_rt: {
    id: { name: "Rumah tangga dengan air minum layak", short: "Air minum layak", survey: "BPS Susenas" },
    en: { name: "Households with safe drinking water", short: "Safe drinking water", survey: "BPS Susenas" },
  },
  idl_12_23_bps: {
    id: { name: "Imunisasi dasar lengkap anak 12–23 bulan", short: "Imunisasi dasar lengkap", survey: "BPS Susenas" },
    en: {
      name: "Complete basic immunisation, children 12–23 months",
      short: "Complete immunisation",
      survey: "BPS Susenas",
    },
  },
  anak_bekerja_10_17: {
    id: { name: "Anak 10–17 tahun yang bekerja", short: "Anak bekerja", survey: "BPS Sakernas" },
    en: { name: "Children 10–17 who work", short: "Working children", survey: "BPS Sakernas" },
  },
  wasting_balita: {
    id: {
      name: "Prevalensi balita wasting (gizi kurang menurut berat badan/tinggi badan)",
      short: "Wasting",
      survey: "Kemenkes SKI",
    },
    en: { name: "Wasting prevalence among children under five", short: "Wasting", survey: "Ministry of Health SKI" },
  },
  underweight_balita: {
    id: {
      name: "Prevalensi balita underweight (berat badan kurang menurut umur)",
      short: "Underweight",
      survey: "Kemenkes SKI",
    },
    en: {
      name: "Underweight prevalence among children under five",
      short: "Underweight",
      survey: "Ministry of Health SKI",
    },
  },
  // Not an open-data series: the source of indicator 1 (KLA-K-01) in indicator-achievements.csv's `series` column.
  regulations: {
    id: {
      name: "Peraturan daerah tentang KLA atau perlindungan anak (Perda, Qanun, Perbup, Perwal)",
      short: "Perda/kebijakan KLA",
      survey: "Sumber peraturan (JDIH, DPRD, berita)",
    },
    en: {
      name: "Local regulation on KLA or child protection (Perda, Qanun, Perbup, Perwal)",
      short: "Perda/policy on KLA",
      survey: "Regulation sources (legal databases, DPRD, news)",
    },
  },
  melahirkan_pertama_bawah_20: {
    id: {
      name: "Perempuan pernah kawin 15–49 tahun yang melahirkan anak pertama sebelum umur 20 tahun",
      short: "Melahirkan pertama sebelum 20 tahun",
      survey: "BPS Susenas",
    },
    en: {
      name: "Ever-married women 15–49 whose first birth was before age 20",
      short: "First birth before 20",
      survey: "BPS Susenas",
    },
  },
};

/** The series' names; an unknown id throws, so a new series cannot reach a page unnamed. */
export function seriesName(lang: Lang, seriesId: string): SeriesName {
  const s = SERIES[seriesId];
  if (!s) throw new Error(`i18n: no name for series "${seriesId}" in src/i18n/series.ts`);
  return s[lang];
}

export const SERIES_IDS = Object.keys(SERIES).sort();

/**
 * Small synthetic fixtures for chart snapshot tests. Invented on purpose (place names "Contoh…", made-up counts):
 * the snapshots test drawing, not facts, and must not change when the real data is corrected.
 */
import type {
  AwardRecord,
  AwardRound,
  IndicatorValue,
  Place,
  Predikat,
  Province,
  RoundCoverage,
} from "../../../src/pipeline/artefact.ts";

const counts = (c: Partial<Record<Predikat, number | null>>): Record<Predikat, number | null> => ({
  Pratama: null,
  Madya: null,
  Nindya: null,
  Utama: null,
  KLA: null,
  ...c,
});

function round(
  year: number,
  held: boolean,
  c: Partial<Record<Predikat, number | null>>,
  totalAwarded: number | null,
): AwardRound {
  return {
    year,
    held,
    counts: counts(c),
    totalAwarded,
    entrants: null,
    entrantsNote: "",
    provilaCount: null,
    sourceUrl: `https://example.org/round-${year}`,
    notes: "",
  };
}

export const rounds: AwardRound[] = [
  round(2015, true, { Pratama: 40, Madya: 20, Nindya: 3, Utama: 0, KLA: 0 }, 63),
  round(2016, false, {}, null),
  round(2017, true, { Nindya: 5, Utama: 1, KLA: 0 }, 110),
  round(2018, true, {}, null),
  round(2019, true, { Pratama: 120, Madya: 80, Nindya: 20, Utama: 2, KLA: 0 }, 222),
  round(2020, false, {}, null),
  round(2021, true, {}, 250),
];

export const provinces: Province[] = [
  { code: "81", name: "Provinsi Contoh Barat", slug: "contoh-barat", placeCount: 5 },
  { code: "82", name: "Provinsi Contoh Timur", slug: "contoh-timur", placeCount: 3 },
];

function place(code: string, name: string, type: "kabupaten" | "kota"): Place {
  const provinceCode = code.slice(0, 2);
  const province = provinces.find((p) => p.code === provinceCode)!;
  return {
    code,
    name,
    shortName: name.replace(/^(Kabupaten|Kota) /, ""),
    type,
    provinceCode,
    provinceName: province.name,
    slug: name.toLowerCase().replace(/ /g, "-"),
    aliases: [],
    otherNames: [],
  };
}

export const places: Place[] = [
  place("81.01", "Kabupaten Contoh Satu", "kabupaten"),
  place("81.02", "Kabupaten Contoh Dua", "kabupaten"),
  place("81.03", "Kabupaten Contoh Tiga", "kabupaten"),
  place("81.04", "Kabupaten Contoh Empat", "kabupaten"),
  place("81.71", "Kota Contoh", "kota"),
  place("82.01", "Kabupaten Timur Satu", "kabupaten"),
  place("82.02", "Kabupaten Timur Dua", "kabupaten"),
  place("82.71", "Kota Timur", "kota"),
];

function award(
  year: number,
  placeCode: string,
  predikat: Predikat | null,
  extra: Partial<AwardRecord> = {},
): AwardRecord {
  return {
    year,
    placeCode,
    provinceCodeAtTime: placeCode.slice(0, 2),
    status: "awarded",
    predikat,
    conflict: false,
    inferred: false,
    sources: [],
    ...extra,
  };
}

export const awards: AwardRecord[] = [
  award(2019, "81.71", "Pratama"),
  award(2021, "81.71", "Madya", { inferred: true }),
  award(2022, "81.71", null, { conflict: true }),
  award(2023, "81.71", "Nindya"),
  award(2023, "81.01", "Madya"),
  award(2023, "81.02", null, { status: "not-awarded" }),
  award(2023, "81.03", null),
  award(2023, "82.71", "Utama"),
  award(2023, "82.01", "Pratama", { inferred: true }),
];

/** Rounds for the place timeline: 2020 has no ceremony, 2024 is held but the place has no row (unknown). */
export const timelineRounds: AwardRound[] = [2019, 2020, 2021, 2022, 2023, 2024].map((year) =>
  round(year, year !== 2020, {}, null),
);

export const indicatorValues: IndicatorValue[] = [
  ...(
    [
      [2021, 30.1],
      [2022, 28.4],
      [2023, 27.05],
    ] as const
  ).map(([year, value]) => iv("81.71", "kabkota", year, value)),
  ...(
    [
      [2021, 33.2],
      [2023, 30.4],
    ] as const
  ).map(([year, value]) => iv("81", "province", year, value)),
  // Two sources disagree on the province's 2022 figure: both are kept, flagged.
  iv("81", "province", 2022, 31, true),
  iv("81", "province", 2022, 29.5, true),
  ...(
    [
      [2021, 24.4],
      [2022, 21.6],
      [2023, 21.5],
    ] as const
  ).map(([year, value]) => iv("ID", "national", year, value)),
];

function iv(
  areaCode: string,
  areaLevel: IndicatorValue["areaLevel"],
  year: number,
  value: number,
  conflict = false,
): IndicatorValue {
  return {
    conflict,
    seriesId: "stunting_balita",
    year,
    areaLevel,
    areaCode,
    areaNameAsPublished: areaCode,
    value,
    unit: "percent",
    survey: "SSGI",
    sourceTitle: "Survei contoh",
    sourceUrl: "https://example.org/survei",
  };
}

export const clusters = [
  { id: "kelembagaan", label: "Kelembagaan", score: 80, max: 100, present: 3, total: 3 },
  { id: "k1", label: "I Hak sipil", score: 45.5, max: 70, present: 2, total: 3 },
  { id: "k2", label: "II Lingkungan keluarga", score: null, max: 120, present: 0, total: 4 },
];

export const coverage: RoundCoverage[] = [
  cov(
    2019,
    { Pratama: 10, Madya: 5, Nindya: 3, Utama: 2, KLA: 0 },
    0,
    { Pratama: 120, Madya: 80, Nindya: 20, Utama: 2, KLA: 0 },
    222,
  ),
  // 2021: the 30 "awarded, tier not stated" rest on a Provila award (inferred); 2023: 12 tiers are inferred.
  cov(2021, { Pratama: 0, Madya: 0, Nindya: 4, Utama: 0, KLA: 0 }, 30, counts({}), 250, { tierUnknown: 30 }),
  cov(
    2023,
    { Pratama: 50, Madya: 40, Nindya: 30, Utama: 10, KLA: 0 },
    2,
    { Pratama: 100, Madya: 90, Nindya: 60, Utama: 15, KLA: 0 },
    265,
    { known: 12 },
  ),
];

function cov(
  year: number,
  known: Record<Predikat, number>,
  awardedTierUnknown: number,
  announced: Record<Predikat, number | null>,
  totalAnnounced: number | null,
  inferred: { known?: number; tierUnknown?: number } = {},
): RoundCoverage {
  return {
    year,
    known,
    knownInferred: inferred.known ?? 0,
    awardedTierUnknown,
    awardedTierUnknownInferred: inferred.tierUnknown ?? 0,
    notAwarded: 0,
    notAwardedInferred: 0,
    announced,
    totalAnnounced,
  };
}

export const tileLayout = [
  { provinceCode: "81", col: 0, row: 0, abbr: "CBR" },
  { provinceCode: "82", col: 1, row: 1, abbr: "CTM" },
];

/**
 * Kab/kota values of one series for the value tile map: a spread of values, one disagreement, one doubtful value
 * (the highest, so that counting it would move the classes and the median), one place without.
 */
export const placeValues = [
  { placeCode: "81.01", values: [32.4], unranked: null },
  { placeCode: "81.02", values: [18.1], unranked: null },
  { placeCode: "81.03", values: [24.9], unranked: null },
  { placeCode: "81.71", values: [12.5], unranked: null },
  { placeCode: "82.01", values: [27.0, 35.2], unranked: "sources differ" },
  { placeCode: "82.02", values: [40.3], unranked: "doubtful" },
  { placeCode: "82.71", values: [21.7], unranked: null },
];

/**
 * Small synthetic artefacts for the findings on movement between rounds and on reported scores against bands.
 * Invented on purpose ("Contoh…" places, made-up tiers and scores): the tests check the counting and the words, not
 * facts. Only the method (bands) is the real one, loaded from data/method, because the bands are the method's data.
 */
import { join } from "node:path";
import type {
  AwardRecord,
  AwardRound,
  Place,
  PlaceType,
  Predikat,
  Province,
  ReportedScore,
  SiteData,
} from "../../src/pipeline/artefact.ts";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { ROOT } from "./helpers.ts";

export const provinces: Province[] = [
  { code: "81", name: "Provinsi Contoh Barat", slug: "contoh-barat", placeCount: 4 },
  { code: "82", name: "Provinsi Contoh Timur", slug: "contoh-timur", placeCount: 5 },
  { code: "91", name: "Provinsi Contoh Induk", slug: "contoh-induk", placeCount: 0 },
  { code: "93", name: "Provinsi Contoh Baru", slug: "contoh-baru", placeCount: 1 },
];

function place(code: string, shortName: string, type: PlaceType): Place {
  const province = provinces.find((p) => p.code === code.slice(0, 2))!;
  const name = `${type === "kota" ? "Kota" : "Kabupaten"} ${shortName}`;
  return {
    code,
    name,
    shortName,
    type,
    provinceCode: province.code,
    provinceName: province.name,
    slug: name.toLowerCase().replace(/ /g, "-"),
    aliases: [],
    otherNames: [],
  };
}

export const places: Place[] = [
  place("81.01", "Contoh Satu", "kabupaten"),
  place("81.02", "Contoh Dua", "kabupaten"),
  place("81.71", "Contoh Tiga", "kota"),
  place("81.72", "Contoh Empat", "kota"),
  place("82.01", "Contoh Lima", "kabupaten"),
  place("82.02", "Contoh Enam", "kabupaten"),
  place("82.03", "Contoh Tujuh", "kabupaten"),
  place("82.04", "Contoh Delapan", "kabupaten"),
  place("82.71", "Contoh Sembilan", "kota"),
  // In Provinsi Contoh Induk until the split after the 2022 round, in Provinsi Contoh Baru since.
  place("93.01", "Contoh Sepuluh", "kabupaten"),
];

type Says = Predikat | "awarded" | "not-awarded" | "conflict";

/** One record; `inferred` marks a record whose tier rests on inference only. */
export function record(year: number, placeCode: string, says: Says, inferred = false): AwardRecord {
  const provinceCodeAtTime = placeCode === "93.01" && year < 2023 ? "91" : placeCode.slice(0, 2);
  const source = (s: AwardRecord["sources"][number]["says"], n = 1) => ({
    url: `https://example.org/${year}/${placeCode}/${n}`,
    nameAsPublished: placeCode,
    provinceAsPublished: provinceCodeAtTime,
    says: s,
    rawRef: `data/raw/awards/test.csv:${n}`,
    inferred,
    note: "",
  });
  return {
    year,
    placeCode,
    provinceCodeAtTime,
    status: says === "not-awarded" ? "not-awarded" : "awarded",
    predikat: says === "awarded" || says === "not-awarded" || says === "conflict" ? null : says,
    conflict: says === "conflict",
    inferred,
    sources: says === "conflict" ? [source("Madya"), source("Nindya", 2)] : [source(says)],
  };
}

function round(year: number, held: boolean): AwardRound {
  const counts = { Pratama: null, Madya: null, Nindya: null, Utama: null, KLA: null };
  return {
    year,
    held,
    counts,
    totalAwarded: null,
    entrants: null,
    entrantsNote: "",
    provilaCount: null,
    sourceUrl: `https://example.org/round-${year}`,
    notes: "",
  };
}

const awards: AwardRecord[] = [
  record(2022, "81.01", "Madya"),
  record(2023, "81.01", "Pratama"), // down 1
  record(2022, "81.02", "Pratama"),
  record(2023, "81.02", "Nindya"), // up 2
  record(2022, "81.71", "Madya"),
  record(2023, "81.71", "Madya"), // same
  record(2022, "81.72", "Madya", true),
  record(2023, "81.72", "Nindya"), // left out: inferred
  record(2022, "82.01", "conflict"),
  record(2023, "82.01", "Madya"), // left out: conflict
  record(2022, "82.02", "not-awarded"),
  record(2023, "82.02", "Pratama"), // left out: not awarded
  record(2022, "82.03", "awarded"),
  record(2023, "82.03", "Madya"), // left out: tier not stated
  record(2022, "82.04", "Utama"),
  record(2023, "82.04", "Pratama"), // down 3
  record(2022, "82.71", "Madya"), // 2022 only
  record(2022, "93.01", "Pratama"),
  record(2023, "93.01", "Madya"), // up 1, in another province in 2022
  record(2021, "81.71", "Madya"),
  record(2025, "81.02", "Pratama", true), // the predikat received in 2025 rests on inference
].sort((a, b) => a.year - b.year || (a.placeCode < b.placeCode ? -1 : 1));

const years = [2021, 2022, 2023, 2025];
const provinceHistory: SiteData["provinceHistory"] = years.flatMap((year) => {
  const byProvince = new Map<string, string[]>();
  for (const p of places) {
    const code = p.code === "93.01" && year < 2023 ? "91" : p.provinceCode;
    byProvince.set(code, [...(byProvince.get(code) ?? []), p.code]);
  }
  return [...byProvince].sort().map(([provinceCode, placeCodes]) => ({ year, provinceCode, placeCodes }));
});

function score(
  year: number,
  placeCode: string,
  value: number,
  stage: ReportedScore["stage"],
  bandPredikat: Predikat | null,
  mismatch: boolean,
  predikatReported: Predikat | null,
  url: string,
): ReportedScore {
  return {
    year,
    placeCode,
    nameAsPublished: placeCode,
    score: value,
    stage,
    predikatReported,
    bandPredikat,
    mismatch,
    sourceUrls: [url],
  };
}

/** Reported scores as the pipeline would band them (bands of data/method: Madya above 600, Nindya above 700…). */
const reportedScores: ReportedScore[] = [
  score(2021, "81.71", 990, "self-assessment", "KLA", true, "Madya", "https://example.org/score/1"),
  score(2021, "81.71", 990, "self-assessment", "KLA", true, "Madya", "https://example.org/score/2"),
  score(2021, "81.71", 650, "verified", "Madya", false, "Madya", "https://example.org/score/1"),
  score(2025, "81.02", 720.5, "final", "Nindya", true, null, "https://example.org/score/3"),
  score(2025, "81.02", 610, "self-assessment", "Madya", true, null, "https://example.org/score/4"),
  score(2025, "82.71", 480, "unclear", null, false, null, "https://example.org/score/5"),
];

/** The synthetic artefact: only the fields the two findings read are filled. */
export function syntheticSite(): SiteData {
  return {
    version: "test",
    provinces,
    places,
    awards,
    rounds: [round(2021, true), round(2022, true), round(2023, true), round(2024, false), round(2025, true)],
    provila: [],
    indicators: [],
    series: [],
    reportedScores,
    coverage: [],
    provinceCoverage: [],
    provinceHistory,
    method: loadMethod(join(ROOT, "data/method")),
    achievements: [],
    scores: [],
    regulations: [],
    regulationStates: [],
    regulationCoverage: [],
    tileLayout: [],
    accounting: [],
  };
}

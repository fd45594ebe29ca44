/**
 * Rounds and the province a kab/kota belonged to in each of them, asked of the pipeline's province history
 * (SiteData.provinceHistory), never recomputed; and where a place stands among its province's kab/kota in a round
 * (peerRows, standing: the facts of the "one of 5 Nindya among 35 kab/kota; 12 unknown" sentences). A round's
 * status is src/pipeline/round-status.ts's. Language-free.
 */
import type { AwardRecord, Place, SiteData } from "../pipeline/artefact.ts";
import { isAwarded, predikatLevel, roundStatus, type RoundStatus } from "../pipeline/round-status.ts";
import { viewIndex } from "./view-index.ts";

/** Rounds for which we hold any per-place fact, ascending (earlier rounds are known only as national counts). */
export function placeRoundYears(d: SiteData): number[] {
  return viewIndex(d).roundYears;
}

/** The most recent round with a sourced fact about the place (its status is never "unknown"), or null. */
export function latestKnownRound(
  d: SiteData,
  placeCode: string,
): { year: number; status: RoundStatus; record: AwardRecord } | null {
  const ix = viewIndex(d);
  for (const year of [...ix.roundYears].reverse()) {
    const record = ix.award.get(`${year}|${placeCode}`);
    if (record) return { year, status: roundStatus(record), record };
  }
  return null;
}

/** The province a place belonged to in a round, from the pipeline's province history (Papua split, 2022). */
export function provinceAtTime(d: SiteData, placeCode: string, year: number): string {
  const ix = viewIndex(d);
  return ix.history.provinceOf(placeCode, year) ?? ix.placeByCode.get(placeCode)?.provinceCode ?? "";
}

/** Did the province exist in that round? (Papua Selatan, Tengah, Pegunungan and Barat Daya only from 2023.) */
export function provinceExisted(d: SiteData, provinceCode: string, year: number): boolean {
  return viewIndex(d).history.existed(provinceCode, year);
}

/** A province's kab/kota in a round, as the province was then (the pipeline's province history), by code. */
export function placesInProvinceAt(d: SiteData, provinceCode: string, year: number): Place[] {
  const ix = viewIndex(d);
  return ix.history.members(provinceCode, year).flatMap((code) => ix.placeByCode.get(code) ?? []);
}

/** The latest round in which any of the province's kab/kota has a sourced fact; the latest round when none has. */
export function latestRoundWithData(d: SiteData, provinceCode: string): number | null {
  const ix = viewIndex(d);
  for (const year of [...ix.roundYears].reverse()) {
    if ((ix.awardsByYear.get(year) ?? []).some((a) => a.provinceCodeAtTime === provinceCode)) return year;
  }
  return [...ix.roundYears].reverse().find((year) => provinceExisted(d, provinceCode, year)) ?? null;
}

export interface PeerRow {
  place: Place;
  status: RoundStatus;
  record: AwardRecord | null;
}

/** Where one place stands among its province's kab/kota in a round: the facts of the "where it stands" sentence. */
export interface Standing {
  year: number;
  provinceCode: string;
  total: number;
  /** The place's own status (null on a province page). */
  status: RoundStatus | null;
  /** Places with the same status as this one, this one included. */
  same: number;
  /** Places with a higher predikat than this one (only meaningful when this one has a tier). */
  higher: number;
  counts: Record<RoundStatus, number>;
  awarded: number;
}

export function standing(
  peers: readonly PeerRow[],
  year: number,
  provinceCode: string,
  placeCode: string | null,
): Standing {
  const counts = {
    KLA: 0,
    Utama: 0,
    Nindya: 0,
    Madya: 0,
    Pratama: 0,
    "tier-unknown": 0,
    conflict: 0,
    "not-awarded": 0,
    unknown: 0,
  } satisfies Record<RoundStatus, number>;
  for (const p of peers) counts[p.status]++;
  const self = placeCode === null ? undefined : peers.find((p) => p.place.code === placeCode);
  const status = self?.status ?? null;
  const level = status === null ? 0 : predikatLevel(status);
  return {
    year,
    provinceCode,
    total: peers.length,
    status,
    same: status === null ? 0 : counts[status],
    higher: level === 0 ? 0 : peers.filter((p) => predikatLevel(p.status) > level).length,
    counts,
    awarded: peers.filter((p) => isAwarded(p.status)).length,
  };
}

/** The province's kab/kota in a round (as the province was then), with their records. */
export function peerRows(d: SiteData, provinceCode: string, year: number): PeerRow[] {
  const ix = viewIndex(d);
  return placesInProvinceAt(d, provinceCode, year).map((place) => {
    const record = ix.award.get(`${year}|${place.code}`) ?? null;
    return { place, status: roundStatus(record), record };
  });
}

/**
 * A place's status in one round, as a reader sees it: the one home of this rule. Pages, charts, cards and tables ask
 * here; none of them decides on its own what a record "is". Three states, never two: a round with no sourced record
 * is "unknown", which is never the same as "not-awarded" (a source says so). Pure and browser-safe.
 */
import { PREDIKAT, type AwardRecord, type Predikat } from "./artefact.ts";

/**
 * What a place's result in one round can be: a predikat; awarded with the tier not stated ("tier-unknown"); sources
 * disagreeing on the tier ("conflict", no predikat chosen); "not-awarded" (a sourced fact); "unknown" (no sourced row).
 */
export type RoundStatus = Predikat | "tier-unknown" | "conflict" | "not-awarded" | "unknown";

/** The status of a place in a round, from its record (null/undefined = we hold no sourced row = unknown). */
export function roundStatus(record: AwardRecord | null | undefined): RoundStatus {
  if (!record) return "unknown";
  if (record.status === "not-awarded") return "not-awarded";
  if (record.conflict) return "conflict";
  return record.predikat ?? "tier-unknown";
}

/** Highest first: the order in which statuses are sorted and listed in legends and tables. */
export const STATUS_ORDER: readonly RoundStatus[] = [
  "KLA",
  "Utama",
  "Nindya",
  "Madya",
  "Pratama",
  "tier-unknown",
  "conflict",
  "not-awarded",
  "unknown",
];

/** Position in STATUS_ORDER: 0 for KLA … 8 for unknown. */
export function statusRank(status: RoundStatus): number {
  return STATUS_ORDER.indexOf(status);
}

/** 1 for Pratama … 5 for KLA; 0 for anything without a tier. */
export function predikatLevel(status: RoundStatus): number {
  return (PREDIKAT as readonly string[]).indexOf(status) + 1;
}

/** Awarded in that round, with or without a known tier (a conflict is on the tier, not on the award). */
export function isAwarded(status: RoundStatus): boolean {
  return status !== "unknown" && status !== "not-awarded";
}

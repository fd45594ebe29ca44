/**
 * Indicator 1 (KLA-K-01) for every kab/kota and evaluation year: the regulation facts of data/raw/regulations.csv
 * read through the method's rules (data/method/regulation-rules.csv, applied by src/method/regulation-rules.ts).
 * A place and year with no fact that a rule counts is unknown and gets no answer — never a "no".
 */
import type { RegulationFact } from "./artefact.ts";
import { regulationAnswer } from "../method/regulation-rules.ts";
import type { Method, YesNoObservation } from "../method/score.ts";

/**
 * `years`: the evaluation years to answer — the years with kab/kota indicator data, so indicator 1 joins the same
 * area-years as the other indicators rather than adding years that hold nothing else.
 */
export function regulationAnswers(
  method: Method,
  facts: readonly RegulationFact[],
  years: readonly number[],
): YesNoObservation[] {
  const byPlace = new Map<string, RegulationFact[]>();
  for (const f of facts) byPlace.set(f.placeCode, [...(byPlace.get(f.placeCode) ?? []), f]);
  const indicatorIds = [...new Set(method.regulationRules.map((r) => r.indicatorId))].sort();
  const out: YesNoObservation[] = [];
  for (const [placeCode, placeFacts] of [...byPlace].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const indicatorId of indicatorIds) {
      for (const year of [...years].sort((a, b) => a - b)) {
        const a = regulationAnswer(placeFacts, method.regulationRules, indicatorId, year);
        if (a !== null)
          out.push({
            indicatorId,
            year,
            areaLevel: "kabkota",
            areaCode: placeCode,
            value: a.answer,
            basis: a.basis,
            decidedBy: a.fact,
          });
      }
    }
  }
  return out;
}

/**
 * Indicator 1 (KLA-K-01, a local regulation or policy on KLA) answered from regulation facts, by the rules in
 * data/method/regulation-rules.csv: which status, kind and topic of a regulation count as "yes", which as "no" (a
 * source saying there is none), and from which year a regulation counts. Everything else (a draft, a kind or topic
 * no rule names) leaves the answer unknown. Pure and browser-safe, like the rest of the method.
 */

export interface RegulationRule {
  /** The yes-no indicator these facts answer (KLA-K-01). */
  indicatorId: string;
  /** As in data/raw/regulations.csv: enacted, draft, none. */
  regulationStatus: string;
  /** perda, qanun, perbup, perwal. */
  kind: string;
  /** kla, child-protection. */
  topic: string;
  answer: boolean;
  /** A fact of year Y counts for evaluation years Y + delayYears and later (0: from its own year). */
  delayYears: number;
  status: "official" | "unverified" | "sourced" | "assumed";
  note: string;
}

/** The part of a regulation fact the rules read (src/pipeline/artefact.ts RegulationFact has it). */
export interface RegulationFactLike {
  status: string;
  kind: string;
  topic: string;
  year: number;
  number: string;
  rawRef: string;
}

/**
 * The fact that decides an answer, as structured fields, so each language can word it (src/i18n/regulation-text.ts);
 * `basis` below is the same fact in the English shorthand the download's note column carries.
 */
export interface DecidingRegulation {
  status: string;
  kind: string;
  /** As printed; empty when the source gives none (and always for a "none" statement). */
  number: string;
  /** Year of the regulation; for a "none" statement, the year it was made. */
  year: number;
  topic: string;
  rawRef: string;
}

export interface RegulationAnswer {
  answer: boolean;
  /** The fact that decides it: "perda 5/2019 (kla)" or "none perda (kla), stated 2023", with its raw reference. */
  basis: string;
  fact: DecidingRegulation;
}

/** The fields of a fact that name it on a page (the profile words them per language). */
export const asDeciding = (f: RegulationFactLike): DecidingRegulation => ({
  status: f.status,
  kind: f.kind,
  number: f.number,
  year: f.year,
  topic: f.topic,
  rawRef: f.rawRef,
});

/** Perda and Qanun are one family (a Qanun is Aceh's Perda); Perbup and Perwal are the head's own regulations. */
const family = (kind: string) => (kind === "perda" || kind === "qanun" ? "perda" : "head");

const describe = (f: RegulationFactLike) =>
  `${f.status === "none" ? `none ${f.kind}` : f.status === "draft" ? `draft ${f.kind}` : `${f.kind} ${f.number ? `${f.number}/` : ""}${f.year}`} (${f.topic})${f.status === "none" ? `, stated ${f.year}` : ""} [${f.rawRef}]`;

/**
 * The answer for one place in evaluation year `year`, or null when unknown. Facts are grouped by kind family and
 * topic; in each group the newest counting fact decides (in one year a "yes" outranks a "no": an enactment ends a
 * "none"), so a later "no Perda" statement overrides an older Perda but not a Perbup. Then any "yes" group makes the
 * answer yes; otherwise any "no" group makes it no.
 */
export function regulationAnswer(
  facts: readonly RegulationFactLike[],
  rules: readonly RegulationRule[],
  indicatorId: string,
  year: number,
): RegulationAnswer | null {
  const groups = new Map<string, { fact: RegulationFactLike; answer: boolean }>();
  for (const f of facts) {
    const rule = rules.find(
      (r) =>
        r.indicatorId === indicatorId && r.regulationStatus === f.status && r.kind === f.kind && r.topic === f.topic,
    );
    if (rule === undefined || f.year + rule.delayYears > year) continue;
    const key = `${family(f.kind)}|${f.topic}`;
    const held = groups.get(key);
    const newer =
      held === undefined || f.year > held.fact.year || (f.year === held.fact.year && rule.answer && !held.answer);
    if (newer) groups.set(key, { fact: f, answer: rule.answer });
  }
  const decided = [...groups.values()].sort(
    (a, b) => b.fact.year - a.fact.year || (a.fact.rawRef < b.fact.rawRef ? -1 : 1),
  );
  const yes = decided.find((g) => g.answer);
  if (yes) return { answer: true, basis: describe(yes.fact), fact: asDeciding(yes.fact) };
  const no = decided.find((g) => !g.answer);
  return no ? { answer: false, basis: describe(no.fact), fact: asDeciding(no.fact) } : null;
}

/**
 * Indicator 1 (KLA-K-01) from the regulations: the rules of data/method/regulation-rules.csv read facts into yes, no
 * or unknown per evaluation year, and on the real data every place the site lists as having a Perda answers yes.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { regulationAnswer, type RegulationFactLike } from "../../src/method/regulation-rules.ts";
import { HAS_PERDA } from "../../src/pipeline/regulations.ts";
import { buildRawFolder, ROOT } from "./helpers.ts";

const method = loadMethod(join(ROOT, "data/method"));
const fact = (status: string, kind: string, topic: string, year: number, number = ""): RegulationFactLike => ({
  status,
  kind,
  topic,
  year,
  number,
  rawRef: `r:${year}`,
});
const answer = (facts: RegulationFactLike[], year: number) =>
  regulationAnswer(facts, method.regulationRules, "KLA-K-01", year)?.answer ?? null;

describe("KLA-K-01 rules", () => {
  it("count an enacted Perda from its own year, never before", () => {
    const facts = [fact("enacted", "perda", "kla", 2019, "5")];
    expect([answer(facts, 2018), answer(facts, 2019), answer(facts, 2025)]).toEqual([null, true, true]);
    expect(regulationAnswer(facts, method.regulationRules, "KLA-K-01", 2024)!.basis).toBe(
      "perda 5/2019 (kla) [r:2019]",
    );
  });

  it("read a later 'no Perda' over an older Perda of the same topic, and an enactment over a 'none' of its year", () => {
    expect(answer([fact("enacted", "perda", "kla", 2015, "1"), fact("none", "perda", "kla", 2022)], 2023)).toBe(false);
    expect(answer([fact("none", "perda", "kla", 2022), fact("enacted", "perda", "kla", 2022, "3")], 2022)).toBe(true);
  });

  it("let a 'no Perda' statement not deny a Perbup, and a Perda on child protection count as yes", () => {
    expect(answer([fact("enacted", "perbup", "kla", 2018, "20"), fact("none", "perda", "kla", 2023)], 2024)).toBe(true);
    expect(
      answer([fact("none", "perda", "kla", 2023), fact("enacted", "perda", "child-protection", 2016, "2")], 2024),
    ).toBe(true);
  });

  it("leave drafts and places without facts unknown, never no", () => {
    expect(answer([fact("draft", "perda", "kla", 2024)], 2025)).toBeNull();
    expect(answer([], 2025)).toBeNull();
  });
});

describe("KLA-K-01 on the real data", () => {
  it("answers yes for every place with a Perda (as its page says) and no for every 'none', in the last data year", () => {
    const d = buildRawFolder("data/raw");
    const last = Math.max(...d.achievements.filter((a) => a.area_level === "kabkota").map((a) => a.year));
    const k01 = new Map(
      d.achievements.filter((a) => a.indicator_id === "KLA-K-01" && a.year === last).map((a) => [a.area_code, a.value]),
    );
    for (const s of d.regulationStates.filter((x) => x.year !== null && x.year <= last)) {
      if (HAS_PERDA.includes(s.state)) expect(k01.get(s.placeCode), s.placeCode).toBe(1);
      // A "no Perda" statement does not deny a Perbup/Perwal, which answers yes (the state lists "none" first).
      const head = d.regulations.some(
        (f) =>
          f.placeCode === s.placeCode &&
          f.status === "enacted" &&
          (f.kind === "perbup" || f.kind === "perwal") &&
          f.year <= last,
      );
      if (s.state === "none") expect(k01.get(s.placeCode), s.placeCode).toBe(head ? 1 : 0);
    }
    expect(k01.size).toBeGreaterThan(150);
  }, 120_000);
});

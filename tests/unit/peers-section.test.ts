/** The place page's "where it stands in its province" sentences: which sentence each status gets, and the counts in it. */
import { describe, expect, it } from "vitest";
import type { RoundStatus } from "../../src/pipeline/round-status.ts";
import { standingText } from "../../src/views/peers-section.ts";
import type { Standing } from "../../src/views/province-rounds.ts";

function standingOf(status: RoundStatus | null, others: Partial<Record<RoundStatus, number>>): Standing {
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
    ...others,
  };
  if (status !== null) counts[status]++;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const awarded = total - counts["not-awarded"] - counts.unknown;
  return {
    year: 2023,
    provinceCode: "53",
    total,
    status,
    same: status === null ? 0 : counts[status],
    higher: status === "Madya" ? counts.KLA + counts.Utama + counts.Nindya : 0,
    counts,
    awarded,
  };
}
const say = (status: RoundStatus | null, others: Partial<Record<RoundStatus, number>>) =>
  standingText("en", "Kota Contoh", "NTT", standingOf(status, others));

describe("standingText", () => {
  it("a tiered place: how many share its predikat, then how many are higher", () => {
    expect(say("Madya", { Madya: 2, Nindya: 1, "not-awarded": 1 })).toEqual([
      "In 2023, Kota Contoh is one of 3 kab/kota with Madya among the 5 kab/kota of NTT.",
      "1 are known to hold a higher predikat.",
    ]);
    expect(say("Madya", { Pratama: 1 })).toEqual([
      "In 2023, Kota Contoh is the only kab/kota with Madya among the 2 kab/kota of NTT.",
      "None in the province is known to hold a higher one.",
    ]);
  });
  it("an unknown place leaves itself out of the others that are unknown", () => {
    expect(say("unknown", { Pratama: 1, unknown: 2 })).toEqual([
      "Kota Contoh's result in 2023 is unknown. Of NTT's 4 kab/kota, 1 are known to hold a predikat.",
      "The results of 2 others are unknown.",
    ]);
    expect(say("unknown", { unknown: 3 }).at(-1)).toBe("The results of all the others are unknown too.");
  });
  it("awarded without a tier, and not awarded, each get their sentence", () => {
    expect(say("conflict", { Pratama: 1 })[0]).toMatch(
      /^In 2023, Kota Contoh is among the 2 of NTT's 2 kab\/kota known to hold a predikat/,
    );
    expect(say("not-awarded", { Pratama: 1 })).toEqual([
      "In 2023, Kota Contoh did not receive a predikat; 1 of NTT's 2 kab/kota are known to hold one.",
    ]);
  });
});

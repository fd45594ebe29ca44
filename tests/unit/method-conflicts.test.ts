/** The disagreements list names each area and links its page; the nation and unknown codes get no link. */
import { describe, expect, it } from "vitest";
import type { Place, Province } from "../../src/pipeline/artefact.ts";
import { localePath } from "../../src/i18n/index.ts";
import { areaLink } from "../../src/views/method-conflicts.ts";

const register = {
  index: {
    placeByCode: new Map([["53.71", { code: "53.71", name: "Kota Kupang", slug: "kota-kupang" } as Place]]),
    provinceByCode: new Map([
      ["53", { code: "53", name: "Nusa Tenggara Timur", slug: "nusa-tenggara-timur" } as Province],
    ]),
  },
};

describe("areaLink", () => {
  it("links a province and a kab/kota to their pages in the page's language", () => {
    expect(areaLink(register, "en", "province", "53")).toEqual({
      name: "Nusa Tenggara Timur",
      href: localePath("en", "/provinsi/nusa-tenggara-timur/"),
    });
    expect(areaLink(register, "id", "kabkota", "53.71")).toEqual({
      name: "Kota Kupang",
      href: localePath("id", "/daerah/kota-kupang/"),
    });
  });
  it("names the nation without a link, and an unknown code by itself", () => {
    expect(areaLink(register, "id", "national", "ID")).toEqual({ name: "Indonesia", href: null });
    expect(areaLink(register, "id", "province", "99")).toEqual({ name: "99", href: null });
    expect(areaLink(register, "id", "kabkota", "99.01")).toEqual({ name: "99.01", href: null });
  });
});

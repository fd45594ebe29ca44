import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { headersForPath, parseHeadersFile } from "../../src/publish/headers-file.ts";
import { ROOT } from "./helpers.ts";

describe("_headers", () => {
  const rules = parseHeadersFile(
    "/*\n  X-Frame-Options: DENY\n  A: 1\n/embed/*\n  ! X-Frame-Options\n  A: 2\n/exact\n  B: 3\n",
  );
  it("applies matching rules in order; later values replace, `!` removes", () => {
    expect(headersForPath(rules, "/daerah/x/")).toEqual({ "X-Frame-Options": "DENY", A: "1" });
    expect(headersForPath(rules, "/embed/chart/")).toEqual({ A: "2" });
    expect(headersForPath(rules, "/exact")).toEqual({ "X-Frame-Options": "DENY", A: "1", B: "3" });
  });
  it("says where a malformed file is wrong", () => {
    expect(() => parseHeadersFile("  A: 1\n")).toThrow(/_headers:1: a header before any path pattern/);
    expect(() => parseHeadersFile("/*\n  nonsense\n")).toThrow(/_headers:2: "nonsense" is not a header/);
  });
  it("the site's own file: pages refuse framing by other sites, embeds allow it, both carry a CSP", () => {
    const site = parseHeadersFile(readFileSync(join(ROOT, "public/_headers"), "utf8"));
    const page = headersForPath(site, "/daerah/kota-kupang/");
    expect(page["X-Frame-Options"]).toBe("SAMEORIGIN");
    expect(page["Content-Security-Policy"]).toMatch(/frame-ancestors 'self'/);
    const embeds = [
      "/embed/predikat-per-putaran/",
      "/en/embed/predikat-per-putaran/",
      "/v/2026.11.0/embed/predikat-per-putaran/",
      "/v/2026.11.0/en/embed/predikat-per-putaran/",
    ];
    for (const embed of embeds) {
      const h = headersForPath(site, embed);
      expect(h["X-Frame-Options"]).toBeUndefined();
      expect(h["Content-Security-Policy"]).toMatch(/frame-ancestors \*/);
      expect(h["Content-Security-Policy"]).toMatch(/script-src 'self'/);
    }
  });
});

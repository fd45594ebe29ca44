import { describe, expect, it } from "vitest";
import { evaluateAudit, type AuditReport } from "../../scripts/gates/check-audit.ts";

const shipped = new Set(["papaparse", "pagefind"]);
const URL_HIGH = "https://github.com/advisories/GHSA-xxxx-0001";

describe("npm audit gate", () => {
  it("says the audit could not run when the endpoint answers with an error", () => {
    const report = {
      message: "405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
      error: { summary: "", detail: "" },
    } as AuditReport;
    expect(evaluateAudit(report, "", shipped).unreachable).toMatch(/^405 Method Not Allowed/);
    expect(evaluateAudit(null, "npm error network ENOTFOUND\n", shipped).unreachable).toBe(
      "npm error network ENOTFOUND",
    );
  });

  it("fails on high and critical advisories, names whether the package ships to readers, and ignores moderate ones", () => {
    const report: AuditReport = {
      vulnerabilities: {
        papaparse: { severity: "high", via: [{ title: "ReDoS in header parsing", url: URL_HIGH, severity: "high" }] },
        vite: {
          severity: "critical",
          via: [
            {
              title: "dev server file read",
              url: "https://github.com/advisories/GHSA-xxxx-0002",
              severity: "critical",
            },
          ],
        },
        astro: { severity: "critical", via: ["vite"] },
        d3: {
          severity: "moderate",
          via: [{ title: "minor", url: "https://github.com/advisories/GHSA-xxxx-0003", severity: "moderate" }],
        },
      },
    };
    expect(evaluateAudit(report, "", shipped, {}).findings).toEqual([
      `papaparse: high — ReDoS in header parsing ${URL_HIGH} (ships to readers)`,
      "vite: critical — dev server file read https://github.com/advisories/GHSA-xxxx-0002 (build-time only)",
    ]);
  });

  it("passes an advisory that is explained, and prints the reason", () => {
    const report: AuditReport = {
      vulnerabilities: { papaparse: { severity: "high", via: [{ title: "ReDoS", url: URL_HIGH, severity: "high" }] } },
    };
    const result = evaluateAudit(report, "", shipped, {
      [URL_HIGH]: "only parses a file the reader chose, in their own browser",
    });
    expect(result.findings).toEqual([]);
    expect(result.explained).toEqual([
      `papaparse: high — ReDoS ${URL_HIGH} (ships to readers) — explained: only parses a file the reader chose, in their own browser`,
    ]);
  });
});

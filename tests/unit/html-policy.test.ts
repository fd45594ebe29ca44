import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { atlasHtmlPolicy, scriptPolicyProblem } from "../../scripts/gates/html-policy.ts";

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'";
const validator = new HtmlValidate({
  root: true,
  plugins: [atlasHtmlPolicy],
  rules: { "atlas/csp-meta": "error", "atlas/no-inline-handlers": "error", "atlas/own-scripts": "error" },
});

const page = (head: string, body = "") =>
  `<!DOCTYPE html><html lang="id"><head>${head}<title>t</title></head><body>${body}</body></html>`;
const meta = (policy = POLICY) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
async function problems(html: string): Promise<string[]> {
  const report = await validator.validateString(html, "page.html");
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
}

describe("html policy rules", () => {
  it("pass a page like the site's: CSP first, own module script, a JSON data block", async () => {
    const html = page(
      `<meta charset="utf-8">${meta()}<link rel="stylesheet" href="/_astro/a.css">`,
      `<script type="application/json" id="d">{"a":"\\u003c"}</script><script type="module" src="/_astro/x.js"></script>`,
    );
    expect(await problems(html)).toEqual([]);
  });

  it("fail a page without the meta, or with it after a stylesheet", async () => {
    expect(await problems(page(""))).toEqual([
      'atlas/csp-meta: no <meta http-equiv="Content-Security-Policy"> on this page',
    ]);
    expect(await problems(page(`<link rel="stylesheet" href="/a.css">${meta()}`))).toEqual([
      "atlas/csp-meta: <link> comes before the Content-Security-Policy meta, so the policy does not cover it",
    ]);
  });

  it("fail a policy that lets other scripts run", () => {
    expect(scriptPolicyProblem(POLICY)).toBeNull();
    expect(
      scriptPolicyProblem("default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'"),
    ).toMatch(/'unsafe-inline'/);
    expect(
      scriptPolicyProblem(
        "default-src 'self'; script-src 'self' https://cdn.example; object-src 'none'; base-uri 'self'",
      ),
    ).toMatch(/cdn\.example/);
    expect(scriptPolicyProblem("img-src 'self'")).toMatch(/neither script-src nor default-src/);
    expect(scriptPolicyProblem("default-src 'self'; base-uri 'self'")).toMatch(/object-src/);
  });

  it("fail inline handlers, also in SVG, and javascript: URLs — but not the word onerror in text", async () => {
    const html = page(
      meta(),
      `<p>onerror=alert(1) is only text</p><img src="/a.png" alt="" onerror="x()"><svg><title>a onload=b</title><rect onclick="y()"></rect></svg><a href="javascript:void(0)">z</a>`,
    );
    expect(await problems(html)).toEqual([
      "atlas/no-inline-handlers: inline event handler onerror= on <img> (use a script file from this site)",
      "atlas/no-inline-handlers: inline event handler onclick= on <rect> (use a script file from this site)",
      "atlas/no-inline-handlers: javascript: URL in href= on <a>",
    ]);
  });

  it("fail inline code, third-party scripts and empty script elements", async () => {
    const html = page(
      meta(),
      `<script>alert(1)</script><script type="module">import "/x.js"</script><script src="https://cdn.example/x.js"></script><script src="//cdn.example/y.js"></script><script></script>`,
    );
    expect(await problems(html)).toEqual([
      "atlas/own-scripts: inline <script> with code (move it to a file: CSP allows only this site's script files)",
      "atlas/own-scripts: inline <script> with code (move it to a file: CSP allows only this site's script files)",
      "atlas/own-scripts: script from another origin: https://cdn.example/x.js (only this site's own files may run)",
      "atlas/own-scripts: script from another origin: //cdn.example/y.js (only this site's own files may run)",
      "atlas/own-scripts: <script> without src",
    ]);
  });
});

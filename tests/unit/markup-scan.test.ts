import { describe, expect, it } from "vitest";
import { decodeEntities, lineColumn, scanMarkup } from "../../scripts/gates/markup-scan.ts";

const names = (html: string) =>
  scanMarkup(html).tags.map((t) => `${t.name}${t.attributes.map((a) => ` ${a.name}=${a.value ?? ""}`).join("")}`);

describe("markup scanner", () => {
  it("reads attributes quoted, unquoted and bare, and keeps '<' and '>' inside quotes as value", () => {
    expect(names(`<a href="/x?a=&quot;><script>" title='it' data-n=3 hidden>t</a>`)).toEqual([
      `a href=/x?a=&quot;><script> title=it data-n=3 hidden=`,
    ]);
  });

  it("sees escaped markup as text, not as tags", () => {
    const scan = scanMarkup(`<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=x</p>`);
    expect(scan.tags.map((t) => t.name)).toEqual(["p"]);
    expect(decodeEntities(scan.texts.map((t) => t.text).join(""))).toBe("<script>alert(1)</script> onerror=x");
  });

  it("skips comments and keeps raw text of script and title, but not inside SVG", () => {
    const scan = scanMarkup(
      `<!-- <img onerror=a> --><title>a <b></title><script>if (a<b) x()</script><svg><title><img src=x onerror=y></title></svg>`,
    );
    expect(scan.tags.map((t) => t.name)).toEqual(["title", "script", "svg", "title", "img"]);
    expect(scan.tags[1]!.rawText).toBe("if (a<b) x()");
    expect(scan.tags[4]!.attributes.map((a) => a.name)).toEqual(["src", "onerror"]);
  });

  it("decodes character references and locates offsets", () => {
    expect(decodeEntities("&#39;&#x3c;&amp;&unknown;")).toBe("'<&&unknown;");
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});

import { describe, expect, it } from "vitest";
import { jsonForScript } from "../../src/views/json-script.ts";

describe("jsonForScript", () => {
  it("can never close its script element or start markup, and still parses back to the same value", () => {
    const nasty = { name: `</script><script>alert(1)</script>`, note: "a & b <img onerror=x>", sep: "\u2028" };
    const text = jsonForScript(nasty);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(nasty);
  });
});

/**
 * The `_headers` file static hosts (Netlify, Cloudflare Pages) apply: a path pattern on its own line, then indented
 * `Name: value` lines. Every matching rule applies in file order; a later rule's header replaces an earlier one of
 * the same name, and `! Name` removes it. The local server applies the same file, so what is tested is what ships.
 */
export interface HeaderRule {
  pattern: string;
  set: [string, string][];
  remove: string[];
  line: number;
}

export function parseHeadersFile(text: string, path = "_headers"): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "" || raw.trim().startsWith("#")) return;
    if (!/^\s/.test(raw)) {
      if (!raw.startsWith("/"))
        throw new Error(`${path}:${line}: "${raw}" is not a path pattern, expected a line starting with /`);
      rules.push({ pattern: raw.trim(), set: [], remove: [], line });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${path}:${line}: a header before any path pattern, expected a /path line first`);
    const body = raw.trim();
    if (body.startsWith("!")) {
      rule.remove.push(body.slice(1).trim().toLowerCase());
      return;
    }
    const colon = body.indexOf(":");
    if (colon <= 0) throw new Error(`${path}:${line}: "${body}" is not a header, expected Name: value`);
    rule.set.push([body.slice(0, colon).trim(), body.slice(colon + 1).trim()]);
  });
  return rules;
}

/** `/*` matches everything, `/embed/*` everything below /embed/, otherwise the exact path. */
export function patternMatches(pattern: string, urlPath: string): boolean {
  if (pattern.endsWith("*")) return urlPath.startsWith(pattern.slice(0, -1));
  return urlPath === pattern;
}

export function headersForPath(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const out = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, urlPath)) continue;
    for (const name of rule.remove) out.delete(name);
    for (const [name, value] of rule.set) out.set(name.toLowerCase(), [name, value]);
  }
  return Object.fromEntries([...out.values()]);
}

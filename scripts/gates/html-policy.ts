/**
 * html-validate rules for the site's Content-Security-Policy promises, checked on the DOM html-validate already
 * parses for every page (one parse per page, findings with line and column, same report as the HTML rules).
 * Registered as plugin "atlas" in .htmlvalidate.mjs:
 * - atlas/csp-meta: exactly one <meta http-equiv="Content-Security-Policy">, in <head> before anything that loads
 *   or runs (a policy only governs what comes after it), whose script-src allows this site only;
 * - atlas/no-inline-handlers: no on*= attribute (onclick, onerror, onload …) and no javascript: URL anywhere, SVG
 *   included — the policy would block them, so one in the markup is a bug or an injection;
 * - atlas/own-scripts: every <script> is either loaded from this site (src is a path, no content) or an inert data
 *   block (type application/json or application/ld+json, which the browser never runs and CSP does not govern;
 *   src/views/json-script.ts escapes them so data cannot end the element). No inline or third-party script.
 */
import {
  Rule,
  type DOMReadyEvent,
  type HtmlElement,
  type Location,
  type RuleDocumentation,
  type Source,
} from "html-validate";
import { attributeOf, decodeEntities, lineColumn, scanMarkup, type Scan } from "./markup-scan.ts";

const DATA_BLOCK_TYPES = new Set(["application/json", "application/ld+json"]);
/** Elements that fetch or run something: the CSP meta must come before all of them. */
const LOADERS = new Set(["script", "link", "style", "img", "iframe", "object", "embed", "base"]);
/** script-src sources that would let an injected or third-party script run. */
const UNSAFE_SCRIPT_SOURCE =
  /^('unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'strict-dynamic'|\*|https?:|data:|blob:|\w+:\/\/.*|\*\..*)$/i;

const value = (el: HtmlElement, name: string): string | null => {
  const v = el.getAttribute(name)?.value;
  return typeof v === "string" ? v : null;
};

/** Directive → its sources, from a policy string ("default-src 'self'; script-src 'self'"). */
export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** What is wrong with a page's policy for scripts, or null when only this site's scripts can run. */
export function scriptPolicyProblem(policy: string): string | null {
  const d = parsePolicy(policy);
  const scripts = d.get("script-src") ?? d.get("default-src");
  if (!scripts) return "it sets neither script-src nor default-src, so any script may run";
  if (!scripts.includes("'self'")) return `script-src "${scripts.join(" ")}" does not allow this site's own scripts`;
  const unsafe = scripts.filter((s) => UNSAFE_SCRIPT_SOURCE.test(s));
  if (unsafe.length > 0) return `script-src allows ${unsafe.join(", ")}: scripts from elsewhere or inline would run`;
  if (d.get("object-src")?.join(" ") !== "'none'") return "object-src is not 'none' (plugins can run script)";
  if (!d.has("base-uri")) return "no base-uri (an injected <base> could re-point every relative script URL)";
  return null;
}

export class CspMeta extends Rule {
  override documentation(): RuleDocumentation {
    return {
      description:
        "Every page carries its Content-Security-Policy as the first thing in <head>, allowing only this site's scripts.",
    };
  }
  setup(): void {
    this.on("dom:ready", (event: DOMReadyEvent) => {
      const metas = event.document
        .querySelectorAll("meta")
        .filter((m) => value(m, "http-equiv")?.toLowerCase() === "content-security-policy");
      const html = event.document.querySelector("html");
      if (metas.length === 0) {
        this.report(html, 'no <meta http-equiv="Content-Security-Policy"> on this page');
        return;
      }
      const [meta] = metas;
      for (const extra of metas.slice(1))
        this.report(
          extra,
          "a second Content-Security-Policy meta (browsers enforce both; keep one, from public/_headers)",
        );
      if (meta!.parent?.tagName !== "head")
        this.report(meta!, "the Content-Security-Policy meta is not in <head>, where browsers read it");
      // Anything before the meta is in <head> (or the meta is misplaced, reported above): look there only.
      const before = (meta!.parent?.childElements ?? []).find(
        (el) => LOADERS.has(el.tagName) && el.location.offset < meta!.location.offset,
      );
      if (before)
        this.report(
          before,
          `<${before.tagName}> comes before the Content-Security-Policy meta, so the policy does not cover it`,
        );
      const problem = scriptPolicyProblem(value(meta!, "content") ?? "");
      if (problem) this.report(meta!, `Content-Security-Policy: ${problem}`);
    });
  }
}

/** Both scanning rules look at the same page one after the other: scan it once. */
let lastScan: { data: string; scan: Scan } | null = null;
function scanOf(source: Source): Scan {
  if (lastScan?.data !== source.data) lastScan = { data: source.data, scan: scanMarkup(source.data) };
  return lastScan.scan;
}

/** A location html-validate can print, for an offset into the page's source. */
function at(source: Source, offset: number, size: number): Location {
  return { filename: source.filename, offset, size, ...lineColumn(source.data, offset) };
}

export class NoInlineHandlers extends Rule {
  override documentation(): RuleDocumentation {
    return {
      description:
        "No inline event handler attributes (on*=) and no javascript: URLs: the Content-Security-Policy forbids them.",
    };
  }
  setup(): void {
    // Scans the source rather than html-validate's tree, which does not look inside <svg> (where charts live).
    this.on("dom:ready", (event: DOMReadyEvent) => {
      const root = event.document.root;
      for (const tag of scanOf(event.source).tags) {
        for (const a of tag.attributes) {
          const where = () => at(event.source, a.offset, a.name.length);
          if (a.name.startsWith("on"))
            this.report(
              root,
              `inline event handler ${a.name}= on <${tag.name}> (use a script file from this site)`,
              where(),
            );
          else if (a.value !== null && /^\s*javascript:/i.test(decodeEntities(a.value)))
            this.report(root, `javascript: URL in ${a.name}= on <${tag.name}>`, where());
        }
      }
    });
  }
}

export class OwnScripts extends Rule {
  override documentation(): RuleDocumentation {
    return {
      description:
        "A <script> is loaded from this site (a path, no content) or is an inert JSON data block; never inline or third-party code.",
    };
  }
  setup(): void {
    this.on("dom:ready", (event: DOMReadyEvent) => {
      const root = event.document.root;
      for (const tag of scanOf(event.source).tags.filter((t) => t.name === "script")) {
        const attr = (name: string) => attributeOf(tag, name);
        const where = at(event.source, tag.offset, "<script".length);
        const type = (attr("type") ?? "").trim().toLowerCase();
        const src = attr("src");
        // Inside <svg> a script's content is not raw text to the scanner; then it has none here and needs src.
        const hasContent = (tag.rawText ?? "").trim() !== "";
        if (DATA_BLOCK_TYPES.has(type)) {
          if (src !== null)
            this.report(
              root,
              `a ${type} data block with src= (browsers never load it; inline the data or drop the element)`,
              where,
            );
          continue;
        }
        if (src === null) {
          this.report(
            root,
            hasContent
              ? "inline <script> with code (move it to a file: CSP allows only this site's script files)"
              : "<script> without src",
            where,
          );
          continue;
        }
        if (hasContent) this.report(root, "<script src> with inline content as well", where);
        if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src.trim()))
          this.report(root, `script from another origin: ${src} (only this site's own files may run)`, where);
      }
    });
  }
}

export const atlasHtmlPolicy = {
  name: "atlas",
  rules: { "atlas/csp-meta": CspMeta, "atlas/no-inline-handlers": NoInlineHandlers, "atlas/own-scripts": OwnScripts },
};

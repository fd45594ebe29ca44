// html-validate configuration for the built pages (npm run gate:html). A .mjs file rather than .htmlvalidate.json
// so that every rule we change carries its reason next to it (html-validate 11 reads .htmlvalidate.{json,js,cjs,mjs}).
// Rules are only ever switched *on* or narrowed here; a rule that is wrong for one element is disabled at that
// element with an <!-- [html-validate-disable-next RULE: reason] --> comment in the component, and
// "no-unused-disable" (in recommended) fails the gate if such a comment outlives its reason.
import { defineConfig } from "html-validate";
import { atlasHtmlPolicy } from "./scripts/gates/html-policy.ts";

export default defineConfig({
  root: true,
  // recommended: validity plus the a11y/style rules; document: rules for whole documents (heading levels, labels
  // on every input, references to missing ids, subresource integrity).
  extends: ["html-validate:recommended", "html-validate:document"],
  plugins: [atlasHtmlPolicy],
  rules: {
    // The Content-Security-Policy promises (scripts/gates/html-policy.ts): a CSP meta first in <head>, no on*=
    // handlers or javascript: URLs (inside SVG too), scripts only from this site or inert JSON data blocks.
    "atlas/csp-meta": "error",
    "atlas/no-inline-handlers": "error",
    "atlas/own-scripts": "error",
    // Already in recommended; stated because the CSP (style-src 'self') would block inline style attributes.
    "no-inline-style": "error",
    // Narrowed, not off: integrity hashes are for files from other origins (a CDN could change them). Every
    // resource here is this site's own, hashed in its file name by the build; a cross-origin one must carry SRI.
    "require-sri": ["error", { target: "crossorigin" }],
    // Narrowed, not off: a scrollable table sits in <div class="table-wrap" tabindex="0" role="region"
    // aria-label="…">. It must be focusable to be scrolled by keyboard (axe: scrollable-region-focusable), and a
    // focusable element needs a role and a name. It is a scroll box, not a part of the document outline, which a
    // <section> would claim to be. Every other native-element preference still applies.
    "prefer-native-element": ["error", { exclude: ["region"] }],
    // Off: titles lead with the page's subject (place and province), then the site name, and Indonesian place
    // names are long ("Kabupaten Administrasi Kepulauan Seribu, Daerah Khusus Ibukota Jakarta" alone is 70
    // characters). The rule's 70-character limit is a search-result display heuristic, not validity; a search
    // engine cutting the trailing site name loses nothing.
    "long-title": "off",
  },
});

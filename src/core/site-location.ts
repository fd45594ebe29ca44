/**
 * Where the site is published, from the environment: read by astro.config.mjs and by the build steps outside Astro
 * that write absolute URLs or base-prefixed paths (the chart PNGs print the chart's address; pinned embeds rewrite
 * asset paths), so every part of one build agrees.
 *
 * SITE_URL: the public origin, used for canonical URLs, hreflang alternates and addresses printed in files, which
 * must be absolute. Set it when building for deployment (`SITE_URL=https://example.org npm run build`). The default
 * is where `npm run preview` serves the build, so a local build links to itself rather than to a domain nobody has
 * chosen yet.
 * BASE_PATH: set when the site is served under a sub-path (e.g. "/atlas/"); links go through withBase/localePath.
 * REPO_URL: the project's repository on GitHub (e.g. https://github.com/owner/atlas-kla). When set, every "kirim
 * sumber" / "send a source" link opens the matching issue form (.github/ISSUE_TEMPLATE/) prefilled with the place,
 * province and round; without it the pages show only the CSV route, since a link to no repository helps nobody.
 */
export const SITE_URL: string = process.env.SITE_URL || "http://localhost:4321";
export const BASE_PATH: string = process.env.BASE_PATH || "/";
export const REPO_URL: string = (process.env.REPO_URL || "").replace(/\/+$/, "");

/**
 * The message scripts/build-site.ts sends over Node's IPC channel when every page is in dist/ (the PNGs and chart
 * files may still be being drawn), and on which scripts/build.ts starts the steps that read only pages.
 */
export const PAGES_READY = "pages-ready";

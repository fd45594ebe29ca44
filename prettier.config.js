/**
 * Prettier: one layout for every file, so a diff shows only what changed in meaning. 120 columns as in Observable
 * Plot and Framework (the code's long type signatures and test tables read better on one line than folded). The rest
 * are Prettier's defaults, which the code already followed by hand (double quotes, semicolons, trailing commas).
 * `npm run format` rewrites, `npm run format:check` checks. What is never formatted is listed in .prettierignore.
 */
/** @type {import("prettier").Config} */
export default {
  printWidth: 120,
  plugins: ["prettier-plugin-astro"],
  overrides: [{ files: "*.astro", options: { parser: "astro" } }],
};

/**
 * ESLint: the checks a type checker does not make (unused names, unreachable code, accidental `any`), for the
 * TypeScript, the .astro components and the few JavaScript config files. Zero warnings: `npm run lint` runs with
 * --max-warnings 0, so a rule either holds everywhere or is switched off here with the reason beside it.
 * Layout is Prettier's job (prettier.config.js), not ESLint's; import direction is dependency-cruiser's.
 */
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores(["dist/", "data/build/", ".astro/", "tests/fixtures/", "bench/out/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Everything outside src/client runs in Node 24 (scripts, gates, tests, the build); src/client and the
    // components' <script> tags run in the browser.
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["src/client/**", "**/*.astro/*.ts", "**/*.astro/*.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    rules: {
      // A name starting with "_" is unused on purpose (a parameter kept for a shared signature).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
);

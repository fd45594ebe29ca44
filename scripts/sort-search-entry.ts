/**
 * node scripts/sort-search-entry.ts [dist] — run after `pagefind --site dist`. Pagefind 1.5.2 writes the languages
 * of pagefind/pagefind-entry.json in hash-map order, which changes from run to run ("en" then "id", or "id" then
 * "en"), so two builds of one commit differ in that one file. Its search client looks languages up by key and
 * otherwise by page count, never by position (pagefind.js `findIndex`), so sorting them by key changes nothing
 * for readers and makes the file reproducible. Everything else in the file is kept as Pagefind wrote it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const file = join(process.argv[2] ?? "dist", "pagefind/pagefind-entry.json");
const entry = JSON.parse(readFileSync(file, "utf8")) as { languages?: Record<string, unknown> };
if (!entry.languages) throw new Error(`${file}: no "languages" object; has Pagefind changed its entry format?`);
entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(file, JSON.stringify(entry));

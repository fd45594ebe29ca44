/**
 * The "send it through a form" line under each "kirim sumber" section (shown only when the site is built with
 * REPO_URL), both languages of each key side by side (src/i18n/translate.ts).
 */
import { defineDictionary } from "../index.ts";

export const tss = defineDictionary({
  lead: { id: "Cara tercepat, tanpa git:", en: "Quickest, no git needed:" },
  award: { id: "isi formulir sumber predikat", en: "fill in the award source form" },
  correction: { id: "laporkan angka yang keliru", en: "report a wrong figure" },
  regulation: { id: "isi formulir sumber Perda/Perbup", en: "fill in the regulation source form" },
  after: {
    id: "(GitHub; isian tempat dan tahunnya sudah terisi). Peninjau memeriksa sumbernya lalu menambahkan barisnya. Atau tulis barisnya sendiri:",
    en: "(GitHub; the place and year are filled in). A reviewer checks the source and adds the row. Or write the row yourself:",
  },
});

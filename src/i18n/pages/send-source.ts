import { defineDictionary } from "../index.ts";

/** The "send it through a form" lines under each "kirim sumber" section (shown only when REPO_URL is set). */
export const tss = defineDictionary({
  id: {
    lead: "Cara tercepat, tanpa git:",
    award: "isi formulir sumber predikat",
    correction: "laporkan angka yang keliru",
    regulation: "isi formulir sumber Perda/Perbup",
    after: "(GitHub; isian tempat dan tahunnya sudah terisi). Peninjau memeriksa sumbernya lalu menambahkan barisnya. Atau tulis barisnya sendiri:",
    roundLink: "kirim sumber untuk {year}",
  },
  en: {
    lead: "Quickest, no git needed:",
    award: "fill in the award source form",
    correction: "report a wrong figure",
    regulation: "fill in the regulation source form",
    after: "(GitHub; the place and year are filled in). A reviewer checks the source and adds the row. Or write the row yourself:",
    roundLink: "send a source for {year}",
  },
});

/**
 * Strings of the chart objects: the "Sematkan / unduh" block under a chart, the embed pages, the snippets and the
 * text inside standalone SVG files. Each key holds both languages
 * side by side (src/i18n/translate.ts).
 */
import { defineDictionary } from "../index.ts";

export const te = defineDictionary({
  moreSources: { id: "(dan {n} sumber lain di halaman grafik)", en: "(and {n} more sources on the chart's page)" },
  moreSourcesFiles: {
    id: "(dan {n} sumber lain, tercantum di berkas data yang ditautkan)",
    en: "(and {n} more sources, listed in the linked data files)",
  },
  release: { id: "rilis data {version}", en: "data release {version}" },
  pinnedRelease: { id: "dikunci pada rilis data {version}", en: "pinned to data release {version}" },
  shareTitle: { id: "Sematkan / unduh", en: "Embed / download" },
  csv: { id: "CSV (tabel)", en: "CSV (table)" },
  embedPage: { id: "Halaman sematan", en: "Embed page" },
  pngBrowser: { id: "PNG", en: "PNG" },
  printNote: {
    id: "SVG adalah berkas kualitas cetak. PNG grafik ini dibuat di peramban Anda (perlu JavaScript).",
    en: "The SVG is the print-quality file. The PNG of this chart is made in your browser (needs JavaScript).",
  },
  pngFailed: {
    id: "PNG tidak dapat dibuat di peramban ini; unduh SVG-nya.",
    en: "This browser could not make the PNG; download the SVG instead.",
  },
  snippets: { id: "Kode sematan (iframe)", en: "Embed code (iframe)" },
  live: { id: "Selalu data terbaru", en: "Always the latest data" },
  liveHint: { id: "Grafik ikut berubah ketika data diperbarui.", en: "The chart changes when the data is updated." },
  pinned: { id: "Dikunci pada rilis data {version}", en: "Pinned to data release {version}" },
  pinnedHint: {
    id: "Grafik tetap seperti sekarang, meski data diperbarui: pilihan untuk laporan.",
    en: "The chart stays as it is now, even when the data is updated: the choice for reports.",
  },
  copy: { id: "Salin kode", en: "Copy code" },
  copied: { id: "Kode tersalin", en: "Code copied" },
  preview: { id: "Pratinjau", en: "Preview" },
  embedTitle: { id: "{title} (sematan)", en: "{title} (embed)" },
  viewOnSite: { id: "Lihat grafik ini di Atlas Kota Layak Anak", en: "View this chart on Atlas Kota Layak Anak" },
});

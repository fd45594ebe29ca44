/**
 * Strings of the chart objects: the "Sematkan / unduh" block under a chart, the embed pages, the snippets and the
 * text inside standalone SVG files. Indonesian is the source; English must carry the same keys.
 */
import { defineDictionary } from "../index.ts";

export const te = defineDictionary({
  id: {
    moreSources: "(dan {n} sumber lain di halaman grafik)",
    release: "rilis data {version}",
    pinnedRelease: "dikunci pada rilis data {version}",
    shareTitle: "Sematkan / unduh",
    download: "Unduh",
    csv: "CSV (tabel)",
    embedPage: "Halaman sematan",
    pngBrowser: "PNG",
    printNote: "SVG adalah berkas kualitas cetak. PNG grafik ini dibuat di peramban Anda (perlu JavaScript).",
    pngFailed: "PNG tidak dapat dibuat di peramban ini; unduh SVG-nya.",
    snippets: "Kode sematan (iframe)",
    live: "Selalu data terbaru",
    liveHint: "Grafik ikut berubah ketika data diperbarui.",
    pinned: "Dikunci pada rilis data {version}",
    pinnedHint: "Grafik tetap seperti sekarang, meski data diperbarui: pilihan untuk laporan.",
    copy: "Salin kode",
    copied: "Kode tersalin",
    preview: "Pratinjau",
    embedTitle: "{title} (sematan)",
    viewOnSite: "Lihat grafik ini di Atlas Kota Layak Anak",
  },
  en: {
    moreSources: "(and {n} more sources on the chart's page)",
    release: "data release {version}",
    pinnedRelease: "pinned to data release {version}",
    shareTitle: "Embed / download",
    download: "Download",
    csv: "CSV (table)",
    embedPage: "Embed page",
    pngBrowser: "PNG",
    printNote: "The SVG is the print-quality file. The PNG of this chart is made in your browser (needs JavaScript).",
    pngFailed: "This browser could not make the PNG; download the SVG instead.",
    snippets: "Embed code (iframe)",
    live: "Always the latest data",
    liveHint: "The chart changes when the data is updated.",
    pinned: "Pinned to data release {version}",
    pinnedHint: "The chart stays as it is now, even when the data is updated: the choice for reports.",
    copy: "Copy code",
    copied: "Code copied",
    preview: "Preview",
    embedTitle: "{title} (embed)",
    viewOnSite: "View this chart on Atlas Kota Layak Anak",
  },
});

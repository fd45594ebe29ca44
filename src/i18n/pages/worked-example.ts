/**
 * Words of the methodology page's "reproduce a score" section (src/components/method/WorkedExample.astro and
 * CsvExcerpts.astro): the labels of each step of the worked example. The prose around them is in
 * src/components/method/prose/reproduce.{id,en}.astro. Both languages of each key side by side.
 */
import { defineDictionary } from "../translate.ts";

export const tw = defineDictionary({
  toc: { id: "Menghitung ulang skor, langkah demi langkah", en: "Reproduce a score, step by step" },
  title: { id: "Contoh: {place}, {year}", en: "Worked example: {place}, {year}" },
  chosen: {
    id: "Contoh ini tidak dipilih tangan: dari semua kabupaten/kota dan tahun, inilah yang paling banyak indikatornya dinilai ({present} dari {total}), dengan kode terkecil, pada tahun terakhirnya. Angka ditulis seperti di CSV (titik desimal) agar dapat disalin ke lembar kerja.",
    en: "This example is not picked by hand: of all regencies/cities and years, it has the most indicators scored ({present} of {total}), the lowest code, in its latest such year. Numbers are written as in the CSV files (decimal point), so they can be pasted into a spreadsheet.",
  },
  excerpt: { id: "{file}, baris {line}", en: "{file}, line {line}" },
  row: { id: "baris", en: "row" },
  step1: { id: "1. Nilai yang dipublikasikan", en: "1. The published value" },
  step1Regulation: { id: "1. Peraturan yang menentukan", en: "1. The deciding regulation" },
  step2: { id: "2. Aturan metode", en: "2. The method's rule" },
  step3: { id: "3. Hitungan", en: "3. The arithmetic" },
  step4: { id: "4. Baris yang harus sama", en: "4. The row it must equal" },
  seriesRule: {
    id: "method/series.csv: {series} → {indicator}, inverted = {inverted}, priority = {priority}",
    en: "method/series.csv: {series} → {indicator}, inverted = {inverted}, priority = {priority}",
  },
  boundsRule: {
    id: "method/indicators.csv: {indicator}, direction = {direction}, floor = {floor}, target = {target}, max_points = {max}",
    en: "method/indicators.csv: {indicator}, direction = {direction}, floor = {floor}, target = {target}, max_points = {max}",
  },
  yesNoRule: {
    id: "method/indicators.csv: {indicator}, kind = yes-no, max_points = {max}",
    en: "method/indicators.csv: {indicator}, kind = yes-no, max_points = {max}",
  },
  regulationRule: {
    id: "method/regulation-rules.csv: regulation_status = {status}, kind = {kind}, topic = {topic} → answer = {answer}, delay_years = {delay} (dihitung mulai {from}, jadi juga untuk {year})",
    en: "method/regulation-rules.csv: regulation_status = {status}, kind = {kind}, topic = {topic} → answer = {answer}, delay_years = {delay} (counts from {from}, so for {year} too)",
  },
  inverted: { id: "dibalik", en: "inverted" },
  mean: { id: "rata-rata", en: "mean" },
  rounded: { id: "dibulatkan", en: "rounded" },
  clustersTitle: { id: "5. Skor klaster", en: "5. Cluster scores" },
  clustersIntro: {
    id: "Skor klaster = jumlah poin (belum dibulatkan) indikator klaster itu yang ada, lalu dibulatkan sekali. Baris scores.csv untuk {place}, {year}:",
    en: "Cluster score = the sum of the unrounded points of the cluster's indicators present, rounded once. The rows of scores.csv for {place}, {year}:",
  },
  clusterCol: { id: "Klaster", en: "Cluster" },
  sumCol: { id: "Hitungan", en: "Arithmetic" },
  rowCol: { id: "Baris scores.csv", en: "scores.csv row" },
  nonepresent: { id: "tidak ada indikator → score kosong", en: "no indicator → score empty" },
  totalTitle: { id: "6. Total dan predikat", en: "6. Total and predikat" },
  total: {
    id: "{present} dari {total} indikator yang ada, jadi tidak ada total dan tidak ada predikat: keduanya hanya dihitung bila ke-{total} indikator ada. Total parsial tidak dipublikasikan, karena akan tampak seperti skor dari 1.000.",
    en: "{present} of {total} indicators are present, so there is no total and no predikat: both are computed only when all {total} are. No partial total is published, as it would read like a score out of 1,000.",
  },
  headCount: {
    id: "Pada {year}, {only} dari {yes} kabupaten/kota yang menjawab ya untuk indikator 1 menjawab ya hanya karena Perbup/Perwal: tanpa aturan itu, {unknown} akan menjadi tidak diketahui dan {no} akan menjawab tidak.",
    en: "In {year}, {only} of the {yes} regencies/cities answering yes to indicator 1 do so only because of a Perbup/Perwal: without those rules, {unknown} would be unknown and {no} would answer no.",
  },
});

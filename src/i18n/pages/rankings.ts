/**
 * Strings of the kab/kota ranking views (per indicator series, cluster III, indicator 1 as counts) and of the
 * comparison's indicator rows (issue 15). Each key holds both languages side by side (src/i18n/translate.ts).
 */
import { defineDictionary } from "../index.ts";

export const tr = defineDictionary({
  // The section on the rankings index page.
  "views.title": { id: "Peringkat menurut indikator", en: "Rankings by indicator" },
  "views.intro": {
    id: "Selain predikat, kabupaten/kota dapat diurutkan menurut data indikator KLA yang tersedia per kabupaten/kota. Setiap peringkat menyebut berapa daerah yang diurutkan dan berapa yang tidak punya nilai.",
    en: "Besides the predikat, regencies and cities can be ordered by the KLA indicator data held for each of them. Every ranking says how many places it orders and how many have no value.",
  },
  "views.series": { id: "{series} (indikator {number}), {year}", en: "{series} (indicator {number}), {year}" },
  "views.cluster": {
    id: "Klaster III: skor kesehatan dasar dan kesejahteraan, {year}",
    en: "Cluster III: basic health and welfare score, {year}",
  },
  "views.yesNo": {
    id: "Indikator {number}, {name}, berupa jawaban ya/tidak, jadi tidak diurutkan. Pada {year}: ya {yes}, tidak {no}, tidak diketahui {unknown} dari {total} kabupaten/kota.",
    en: "Indicator {number}, {name}, is a yes/no answer, so it is not ranked. In {year}: yes {yes}, no {no}, unknown {unknown} of {total} regencies and cities.",
  },
  "views.yesNoRule": { id: "aturan penilaiannya", en: "how it is scored" },
  back: { id: "Semua peringkat", en: "All rankings" },
  // One series' ranking.
  "ind.metaTitle": { id: "Peringkat: {series}, {year}", en: "Ranking: {series}, {year}" },
  "ind.description": {
    id: "Kabupaten/kota diurutkan menurut {series} tahun {year}, dengan nilai yang bermasalah dan daerah tanpa nilai dihitung terpisah.",
    en: "Regencies and cities ordered by {series} in {year}, with caveated values and places without a value counted apart.",
  },
  "ind.h1": { id: "Peringkat kabupaten/kota: {series}, {year}", en: "Regency and city ranking: {series}, {year}" },
  "ind.lead": {
    id: "{survey}. Mengukur indikator KLA {number}; {direction}. Sumber: {primary}.",
    en: "{survey}. Measures KLA indicator {number}; {direction}. Source: {primary}.",
  },
  "ind.better.lower": { id: "makin rendah makin baik", en: "lower is better" },
  "ind.better.higher": { id: "makin tinggi makin baik", en: "higher is better" },
  "ind.summary": {
    id: "Diurutkan: {ranked} dari {total}; tidak diurutkan karena catatan: {apart}; tanpa nilai: {none}.",
    en: "Ranked: {ranked} of {total}; not ranked because of a caveat: {apart}; no value: {none}.",
  },
  "ind.rule": {
    id: "Aturan: terbaik di atas menurut arah seri ini; nilai sama berbagi peringkat (1, 2, 2, 4). Nilai dengan catatan apa pun (sumber berbeda, diragukan, RSE>25%, N<50, sampel kecil) tidak diurutkan dan didaftar terpisah dengan alasannya, termasuk nilai sampel kecil yang tetap dinilai metode: 0,0 % dari sedikit kelahiran bukan \u201cyang terbaik\u201d. Daerah tanpa nilai dihitung, bukan dilewati.",
    en: "Rule: best first by this series' direction; equal values share a rank (1, 2, 2, 4). A value with any caveat (sources differ, doubtful, RSE>25%, N<50, small sample) is not ranked and is listed apart with the reason, including small-sample values the method still scores: 0.0 % from a handful of births is not \u201cthe best\u201d. Places without a value are counted, not skipped.",
  },
  "ind.years": { id: "Tahun", en: "Year" },
  "ind.indicatorPage": { id: "Halaman seri ini", en: "This series' page" },
  "ind.caption": {
    id: "{series}, {year}: {ranked} kabupaten/kota diurutkan, terbaik di atas",
    en: "{series}, {year}: {ranked} regencies and cities ranked, best first",
  },
  "ind.colRank": { id: "Peringkat", en: "Rank" },
  "ind.colValue": { id: "Nilai {year}", en: "Value {year}" },
  "ind.ci": { id: "IK 95 %: {lower}–{upper}", en: "95 % CI: {lower}–{upper}" },
  "ind.apartTitle": { id: "Tidak diurutkan: nilai dengan catatan ({n})", en: "Not ranked: values with a caveat ({n})" },
  "ind.apartCaption": {
    id: "{series}, {year}: nilai yang tidak diurutkan dan alasannya",
    en: "{series}, {year}: values not ranked, and why",
  },
  "ind.colWhy": { id: "Alasan", en: "Why" },
  "ind.noValueTitle": { id: "Tanpa nilai pada {year} ({n})", en: "No value in {year} ({n})" },
  "ind.noValueNone": {
    id: "Setiap kabupaten/kota punya nilai pada {year}.",
    en: "Every regency and city has a value in {year}.",
  },
  // The cluster III ranking.
  "cl.none": {
    id: "Belum ada skor klaster III untuk kabupaten/kota mana pun",
    en: "No regency or city has a cluster III score yet",
  },
  "cl.metaTitle": { id: "Peringkat skor klaster III, {year}", en: "Cluster III score ranking, {year}" },
  "cl.description": {
    id: "Kabupaten/kota diurutkan menurut skor klaster III (kesehatan dasar dan kesejahteraan) tahun {year}, hanya di antara daerah dengan indikator terhitung yang sama.",
    en: "Regencies and cities ordered by their cluster III (basic health and welfare) score in {year}, only among places scored on the same indicators.",
  },
  "cl.h1": {
    id: "Peringkat skor klaster III (kesehatan dasar dan kesejahteraan), {year}",
    en: "Cluster III (basic health and welfare) score ranking, {year}",
  },
  "cl.lead": {
    id: "Skor klaster dihitung dari data terbuka menurut metode situs ini: poin indikator yang ada datanya saja, dari {total} indikator klaster III (maksimum {max} poin). Skor ini sebagian, bukan skor resmi KemenPPPA.",
    en: "Cluster scores are computed from open data by this site's method: the points of the indicators with data only, of cluster III's {total} indicators (at most {max} points). They are partial, not KemenPPPA's official scores.",
  },
  "cl.rule": {
    id: "Aturan: skor yang dihitung dari indikator berbeda tidak dapat dibandingkan (skor 1 dari {total} indikator bukan skor 3 dari {total}). Karena itu setiap tabel hanya mengurutkan daerah yang dinilai pada indikator yang persis sama, dengan maksimum poin indikator itu. Tahun {year} dipakai karena paling banyak indikator klaster III terhitung pada tahun itu.",
    en: "Rule: scores computed from different indicators cannot be compared (a score on 1 of {total} indicators is not a score on 3 of {total}). So each table ranks only places scored on exactly the same indicators, against those indicators' maximum. The year {year} is used because it has the most cluster III indicators scored.",
  },
  "cl.smallSample": {
    id: "Skor yang memakai nilai sampel kecil (yang tetap dinilai metode) diberi tanda.",
    en: "Scores that use a small-sample value (which the method still scores) are marked.",
  },
  "cl.summary": {
    id: "Diurutkan dalam {groups} kelompok: {ranked} dari {total}; tanpa skor klaster III pada {year}: {none}.",
    en: "Ranked in {groups} groups: {ranked} of {total}; no cluster III score in {year}: {none}.",
  },
  "cl.groupTitle": {
    id: "{n} dari {total} indikator: {list} ({places} daerah)",
    en: "{n} of {total} indicators: {list} ({places} places)",
  },
  "cl.caption": {
    id: "Skor klaster III {year}, daerah yang dinilai pada {list}: maksimum {max} poin, terbaik di atas",
    en: "Cluster III score {year}, places scored on {list}: at most {max} points, best first",
  },
  "cl.colScore": { id: "Skor (maks. {max})", en: "Score (max {max})" },
  "cl.colCoverage": { id: "Indikator", en: "Indicators" },
  "cl.coverage": { id: "{n} dari {total}", en: "{n} of {total}" },
  "cl.colPoints": { id: "Poin {id}", en: "Points {id}" },
  "cl.noScoreTitle": { id: "Tanpa skor klaster III pada {year} ({n})", en: "No cluster III score in {year} ({n})" },
  "cl.method": { id: "Cara skor dihitung", en: "How scores are computed" },
  // The comparison page's indicator rows.
  "cmp.seriesRow": { id: "{series}, data terbaru", en: "{series}, latest figure" },
  "cmp.seriesNote": { id: "{survey} {year}; nasional {national}", en: "{survey} {year}; national {national}" },
  "cmp.seriesNoteNoNational": { id: "{survey} {year}", en: "{survey} {year}" },
  "cmp.clusterRow": { id: "Skor {cluster} (sebagian)", en: "Score, {cluster} (partial)" },
  "cmp.clusterCell": { id: "{score} dari {max}", en: "{score} of {max}" },
  "cmp.clusterNote": { id: "{present} dari {total} indikator, {year}", en: "{present} of {total} indicators, {year}" },
  "cmp.clusterWarning": {
    id: "Skor klaster hanya sebanding bila dihitung dari indikator yang sama: lihat jumlah indikator di bawah setiap skor.",
    en: "Cluster scores are comparable only when computed from the same indicators: see the number of indicators under each score.",
  },
  "cmp.rankLink": { id: "Peringkat kabupaten/kota", en: "Regency and city rankings" },
  // The link from an indicator page.
  indicatorLink: { id: "Peringkat kab/kota, {year}", en: "Regency/city ranking, {year}" },
});

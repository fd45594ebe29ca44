/**
 * Strings of the Findings section (/temuan/, /en/findings/): the sentences each finding is written from, with its
 * computed figures as placeholders, and the page's own words. Each key holds both languages side by side. No digit
 * is typed into a sentence of a finding: every number in one is a placeholder (tests/unit/findings-text.test.ts).
 */
import { defineDictionary } from "../index.ts";

export const tf = defineDictionary({
  "type.kota": { id: "kota", en: "kota (cities)" },
  "type.kabupaten": { id: "kabupaten", en: "kabupaten (regencies)" },
  "out.title": {
    id: "Predikat KLA {year} dan {series} {dataYear}",
    en: "KLA predikat {year} and {series} {dataYear}",
  },
  "out.typeLead": {
    id: "Di antara {n} {type} yang predikat {year}-nya dinyatakan sumber dan yang punya angka untuk {series} {dataYear}, mediannya menurut predikat: {list}.",
    en: "Among the {n} {type} whose {year} predikat a source states and that have a figure for {series} {dataYear}, the median by predikat is: {list}.",
  },
  "out.typeNone": {
    id: "Tidak ada {type} dengan predikat {year} yang dinyatakan sumber dan angka {series} {dataYear}.",
    en: "No {type} has both a {year} predikat a source states and a figure for {series} {dataYear}.",
  },
  "out.tierItem": { id: "{predikat} {median}\u00a0% (n = {n})", en: "{predikat} {median}% (n = {n})" },
  "out.compareOverlap": {
    id: "Pada {type}, median {high} ({highMedian}\u00a0%) {direction} median {low} ({lowMedian}\u00a0%), tetapi setengah tengah kedua kelompok bertumpang tindih: {high} {highQ1}–{highQ3}\u00a0%, {low} {lowQ1}–{lowQ3}\u00a0%. Predikat saja tidak memisahkan daerah menurut angka ini.",
    en: "Among {type}, the {high} median ({highMedian}%) is {direction} the {low} median ({lowMedian}%), but the middle halves of the two groups overlap: {high} {highQ1}–{highQ3}%, {low} {lowQ1}–{lowQ3}%. The predikat alone does not separate places on this figure.",
  },
  "out.compareApart": {
    id: "Pada {type}, median {high} ({highMedian}\u00a0%) {direction} median {low} ({lowMedian}\u00a0%), dan setengah tengah kedua kelompok tidak bertumpang tindih: {high} {highQ1}–{highQ3}\u00a0%, {low} {lowQ1}–{lowQ3}\u00a0%.",
    en: "Among {type}, the {high} median ({highMedian}%) is {direction} the {low} median ({lowMedian}%), and the middle halves of the two groups do not overlap: {high} {highQ1}–{highQ3}%, {low} {lowQ1}–{lowQ3}%.",
  },
  "dir.higher": { id: "lebih tinggi dari", en: "higher than" },
  "dir.lower": { id: "lebih rendah dari", en: "lower than" },
  "dir.same": { id: "sama dengan", en: "the same as" },
  "out.farAbove": {
    id: "{predikat} {year}: {series} {value}\u00a0%, jauh di atas median predikatnya ({median}\u00a0%)",
    en: "{predikat} {year}: {series} {value}%, far above its tier's median ({median}%)",
  },
  "out.farBelow": {
    id: "{predikat} {year}: {series} {value}\u00a0%, jauh di bawah median predikatnya ({median}\u00a0%)",
    en: "{predikat} {year}: {series} {value}%, far below its tier's median ({median}%)",
  },
  "out.previous": {
    id: "Grafik juga menampilkan putaran {year}: {kota} kota dan {kabupaten} kabupaten dengan predikat yang dinyatakan sumber dan angka yang dapat dipakai.",
    en: "The chart also shows the {year} round: {kota} kota and {kabupaten} kabupaten with a predikat a source states and a usable figure.",
  },
  "pop.stated": {
    id: "Pada {year}, sumber menyatakan predikat {n} kabupaten/kota.",
    en: "In {year}, sources state the predikat of {n} kab/kota.",
  },
  "pop.tierOut": {
    id: "Tidak dihitung: {list}.",
    en: "Left out: {list}.",
  },
  "pop.out.inferred": { id: "{n} yang predikatnya hanya disimpulkan", en: "{n} whose tier rests on inference only" },
  "pop.out.conflict": { id: "{n} yang sumbernya berbeda soal predikat", en: "{n} where sources disagree on the tier" },
  "pop.out.tierUnknown": {
    id: "{n} yang menerima penghargaan tanpa predikat yang disebut",
    en: "{n} awarded with no tier stated",
  },
  "pop.withValue": {
    id: "Dari yang dihitung, {n} punya angka {series} {dataYear} yang dapat dipakai.",
    en: "Of those counted, {n} have a usable figure for {series} {dataYear}.",
  },
  "pop.valueOut": { id: "Tanpa angka: {list}.", en: "Without one: {list}." },
  "pop.out.noValue": { id: "{n} tanpa data", en: "{n} with no data" },
  "pop.out.sourcesDiffer": {
    id: "{n} yang angkanya berbeda antarsumber",
    en: "{n} whose sources give different figures",
  },
  "pop.out.doubtful": {
    id: "{n} yang barisnya ditandai diragukan (asal angkanya tidak diketahui)",
    en: "{n} whose row is marked doubtful (the figure's origin is unknown)",
  },
  "pop.out.flagged": {
    id: "{n} yang ditandai survei sebagai tidak presisi",
    en: "{n} the survey flags as imprecise",
  },
  "caveat.association": {
    id: "Keterkaitan bukan sebab-akibat: daerah berbeda dalam kemampuan fiskal, ukuran dan keterpencilan, dan penilaian KLA menilai kelembagaan dan program pemerintah daerah, bukan angka ini sendiri.",
    en: "Association is not causation: places differ in wealth, size and remoteness, and the KLA evaluation assesses the local government's institutions and programmes, not this figure itself.",
  },
  "caveat.kotaKabupaten": {
    id: "Kota dan kabupaten berbeda: di semua kabupaten/kota dengan angka yang dapat dipakai, median {series} {dataYear} adalah {kota}\u00a0% di kota dan {kabupaten}\u00a0% di kabupaten, sehingga keduanya dibandingkan terpisah.",
    en: "Kota and kabupaten differ: across every kab/kota with a usable figure, the median {series} {dataYear} is {kota}% in kota and {kabupaten}% in kabupaten, so the two are compared apart.",
  },
  "caveat.coverage": {
    id: "Cakupan: predikat yang dinyatakan sumber pada {year} mencakup {n} dari {total} kabupaten/kota. Daerah yang tidak menerima penghargaan atau yang predikatnya tidak diketahui tidak ada di sini, jadi kelompok-kelompok ini bukan sampel dari semua daerah.",
    en: "Coverage: predikat stated by a source in {year} cover {n} of the {total} kab/kota. Places not awarded, or whose tier is unknown, are not here, so these groups are not a sample of all places.",
  },
  "caveat.series.survey": {
    id: "Angka stunting kabupaten/kota berasal dari survei (SSGI): setiap angka adalah perkiraan dengan galat sampel, bukan hitungan.",
    en: "Kab/kota stunting figures come from a survey (SSGI): each is an estimate with sampling error, not a count.",
  },
  "caveat.series.inverted": {
    id: "Deret ini terbalik: BPS menerbitkan bagian persalinan yang BUKAN di fasilitas kesehatan, dan kami menampilkannya apa adanya (makin rendah makin baik); indikator KLA menghitung persalinan DI fasilitas, yaitu kebalikannya.",
    en: "This series is inverted: BPS publishes the share of births NOT in a health facility, shown here as published (lower is better); the KLA indicator counts births IN a facility, its complement.",
  },
  "caveat.series.households": {
    id: "Deret ini menghitung rumah tangga, bukan anak (BPS Susenas), dan hanya separuh dari indikator KLA tentang air minum dan sanitasi.",
    en: "This series counts households, not children (BPS Susenas), and is only half of the KLA indicator on water and sanitation.",
  },
  "caveat.smallGroups": {
    id: "Kelompok dengan kurang dari {min} daerah digambar dan dihitung, tetapi mediannya tidak dibandingkan dan tidak ada daerahnya yang disebut.",
    en: "Groups of fewer than {min} places are drawn and counted, but their median is not compared and none of their places is named.",
  },
  "caveat.smallSample": {
    id: "{n} angka tepat nol atau seratus persen: perkiraan dari sedikit kelahiran tanpa galat yang diterbitkan. Angka itu dipakai, seperti dalam penilaian metode.",
    en: "{n} figures are exactly zero or one hundred per cent: estimates from few births with no published error. They are kept, as the method scores them.",
  },
  "reg.title": { id: "Perda KLA dan predikat {year}", en: "Regulation on KLA and the {year} predikat" },
  "reg.chartTitle": {
    id: "Predikat {year} menurut status Perda KLA daerah",
    en: "The {year} predikat by the state of a place's regulation on KLA",
  },
  "reg.lead": {
    id: "Bagian predikat Nindya atau lebih tinggi pada {year}, di antara daerah dengan predikat yang dinyatakan sumber: {list}.",
    en: "The share holding Nindya or higher in {year}, among places with a predikat a source states: {list}.",
  },
  "reg.previous": { id: "Pada putaran {year}: {list}.", en: "In the {year} round: {list}." },
  "reg.item": {
    id: "{group}: {upper} dari {n} ({share}\u00a0%)",
    en: "{group}: {upper} of {n} ({share}%)",
  },
  "reg.itemNone": { id: "{group}: tidak ada", en: "{group}: none" },
  "reg.named": {
    id: "{n} daerah yang menurut sumber belum punya Perda KLA tetap memegang Nindya atau lebih tinggi pada {year}: {list}.",
    en: "{n} places a source says have no Perda on KLA still hold Nindya or higher in {year}: {list}.",
  },
  "reg.namedNone": {
    id: "{predikat} {year}, padahal menurut sumber belum punya Perda KLA pada {noneYear}",
    en: "{predikat} {year}, though a source says it had no Perda on KLA in {noneYear}",
  },
  "reg.popStates": {
    id: "Status peraturan adalah pernyataan sumber terbaru untuk tiap daerah; diketahui untuk {known} dari {total} kabupaten/kota, sisanya tidak diketahui.",
    en: "A place's regulation state is the newest source statement about it; known for {known} of the {total} kab/kota, the rest are unknown.",
  },
  "reg.caveatAssociation": {
    id: "Keterkaitan bukan sebab-akibat: daerah yang sudah lama ikut KLA cenderung punya Perda dan predikat lebih tinggi sekaligus; data ini tidak menunjukkan bahwa Perda menaikkan predikat.",
    en: "Association is not causation: places long in the KLA programme tend to have both a Perda and a higher tier; this data does not show that a Perda raises the tier.",
  },
  "reg.caveatUnknown": {
    id: "Tidak diketahui berarti kami belum menemukan sumber, bukan bahwa daerah itu tidak punya Perda.",
    en: "Unknown means we have found no source, not that the place has no Perda.",
  },
  "reg.caveatWhen": {
    id: "Status peraturan adalah status terbaru, bukan status pada saat penilaian: pernyataan yang menentukannya bertahun sesudah putarannya untuk {n} daerah yang dihitung pada {year} dan {previous} daerah yang dihitung pada {previousYear}.",
    en: "The regulation state is the newest, not the state at the time of the evaluation: the statement that decides it dates from after the round for {n} of the places counted in {year} and {previous} of those counted in {previousYear}.",
  },
  "reg.caveatTypes": {
    id: "Kota dan kabupaten dihitung bersama di sini ({kota} kota, {kabupaten} kabupaten); kelompok yang kecil bisa berubah banyak karena satu daerah.",
    en: "Kota and kabupaten are counted together here ({kota} kota, {kabupaten} kabupaten); a small group can change a lot with one place.",
  },
  // ---- The page ----
  "page.title": { id: "Temuan", en: "Findings" },
  "page.metaTitle": {
    id: "Temuan: apa kata data tentang predikat KLA",
    en: "Findings: what the data says about KLA awards",
  },
  "page.description": {
    id: "Pertanyaan lintas daerah yang dijawab dari data: predikat KLA dan angka anak, Perda KLA dan predikat. Setiap angka dihitung dari data saat situs dibangun.",
    en: "Questions across places answered from the data: KLA predikat and children's outcomes, regulations and predikat. Every figure is computed from the data when the site is built.",
  },
  "page.intro": {
    id: "Setiap temuan di bawah ditulis dari data saat situs dibangun: ketika datanya berubah, kalimatnya ikut berubah. Hanya predikat yang dinyatakan sumber yang dihitung; predikat yang disimpulkan dan yang sumbernya berbeda tidak dihitung, dan jumlahnya disebut.",
    en: "Each finding below is written from the data when the site is built: when the data changes, the sentences change with it. Only predikat a source states are counted; inferred tiers and tiers sources disagree on are left out, and how many is said.",
  },
  "page.toc": { id: "Daftar temuan", en: "The findings" },
  "page.population": { id: "Siapa yang dihitung", en: "Who is counted" },
  "page.caveats": { id: "Catatan", en: "Caveats" },
  "page.named": { id: "Daerah yang disebut", en: "Places named" },
  "page.csv": { id: "Unduh tabel grafik (CSV)", en: "Download the chart's table (CSV)" },
  "page.data": {
    id: "Data lengkap per daerah: awards.csv, indicators.csv dan regulations.csv di halaman data.",
    en: "The full data per place: awards.csv, indicators.csv and regulations.csv on the data page.",
  },
  "home.link": { id: "Temuan", en: "Findings" },
  "home.linkText": {
    id: "Apa kata data lintas daerah: predikat dan angka anak, Perda dan predikat",
    en: "What the data says across places: predikat and children's outcomes, regulations and predikat",
  },
  "profile.appearsIn": { id: "Muncul di temuan", en: "Appears in findings" },
});

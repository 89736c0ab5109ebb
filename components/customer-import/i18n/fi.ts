import type { importEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-import>` in Finnish: Tuo asiakkaita, Valitse tiedosto, Yhdistä sarakkeet, Esikatselu, Tuonti. */
const fi: typeof importEn = {
  importCustomers: 'Tuo asiakkaita',
  stepChoose: 'Valitse tiedosto',
  stepMap: 'Yhdistä sarakkeet', // review: "map columns"; "kohdista" is the other candidate
  stepPreview: 'Esikatselu',
  stepImport: 'Tuonti',
  chooseIntro:
    'Valitse CSV-tiedosto tai Excelin puolipisteellä eroteltu tiedosto, merkistönä UTF-8 tai Windows-1252. Yksi rivi kutakin asiakasta kohden; yhteyshenkilöt sarakkeina Yhteyshenkilö 1 nimi, Yhteyshenkilö 2 sähköposti, … tai omilla riveillään samalla ulkoisella viitteellä.',
  chooseFile: 'Valitse tiedosto',
  dropHint: 'tai pudota se tähän',
  downloadTemplate: 'Lataa pohja',
  reading: 'Luetaan tiedostoa…',
  readAs: (name, encoding, rows) => `${name}: ${rows} riviä, luettu merkistönä ${encoding}.`,
  problemEmpty: 'Tiedosto on tyhjä.',
  problemTooLarge: (size, max) =>
    `Tiedoston koko on ${size}; tuotavan tiedoston enimmäiskoko on ${max}. Jaa se pienempiin tiedostoihin ja tuo ne yksi kerrallaan.`,
  problemPdf:
    'Tämä on PDF-asiakirja, ei CSV-tiedosto. Avaa taulukko Excelissä, tallenna se CSV-muodossa ja valitse se tiedosto.',
  problemZip:
    'Tämä on ZIP-arkisto (Excelin .xlsx-työkirja on sellainen), ei CSV-tiedosto. Valitse Excelissä Tallenna nimellä → CSV ja valitse se tiedosto.',
  problemImage: 'Tämä on kuva, ei CSV-tiedosto.',
  problemBinary:
    'Tämä tiedosto ei ole tekstiä, joten se ei voi olla CSV-tiedosto. Tallenna taulukko CSV-muodossa ja valitse se.',
  problemNul: (rows) =>
    `Tiedostossa on NUL-tavuja (riveillä ${rows}): se on vioittunut tai ei ole CSV-tiedosto. Tallenna se uudelleen CSV-muodossa.`,
  problemMixed: (rows) =>
    `Tiedostossa on kahta merkistöä: rivit ${rows} eivät ole UTF-8-muodossa, muut rivit ovat. Tallenna koko tiedosto uudelleen muodossa ”CSV UTF-8” ja valitse se uudelleen.`,
  problemNoRows: 'Tiedostossa ei ole rivejä otsikkorivin alla.',
  problemTooManyRows: (max) =>
    `Tiedostossa on yli ${max} riviä. Jaa se enintään ${max} rivin tiedostoihin ja tuo ne yksi kerrallaan.`,
  problemQuote: (row) =>
    `Rivillä ${row} alkavaa lainausmerkeissä olevaa solua ei suljeta, joten loppu tiedostosta luettaisiin yhtenä soluna. Tarkista rivin lainausmerkit.`,
  raggedRows: (count, rows) =>
    plural('fi', count, {
      one: `Rivillä ${rows} on eri määrä soluja kuin otsikkorivillä: tarkista sen erottimet ja lainausmerkit.`,
      other: `${count} rivillä on eri määrä soluja kuin otsikkorivillä (rivit ${rows}): tarkista niiden erottimet ja lainausmerkit.`,
    }),
  mapIntro: 'Tarkista, mihin kukin tiedoston sarake tuodaan. Tunnistetut otsikot on jo yhdistetty; voit muuttaa niitä.',
  fileColumn: 'Tiedoston sarake',
  sample: 'Ensimmäinen arvo',
  mapsTo: 'Tuodaan kenttään', // review: "Imported as" column header; short for 320 px
  ignoreColumn: 'Älä tuo',
  contactSlot: (slot, field) => `Yhteyshenkilö ${slot}: ${field}`,
  contactRow: (field) => `Yhteyshenkilö (yksi rivillä): ${field}`,
  columnCustomerId: 'Asiakastunnus',
  columnContactName: 'nimi',
  needNameColumn: 'Yhdistä yksi sarake kenttään Nimi: jokaisella asiakkaalla on oltava nimi.',
  checking: (done, total) => `Tarkistetaan rivejä… ${done}/${total}`,
  summary: (created, updated, errors, duplicates) =>
    `Uusia ${created}, päivitettäviä ${updated}, virheellisiä ${errors}, mahdollisia kaksoiskappaleita ${duplicates}`,
  filterAll: 'Kaikki rivit',
  filterErrors: 'Virheelliset',
  filterDuplicates: 'Mahdolliset kaksoiskappaleet', // review: long at 320 px; "Kaksoiskappaleet?" is shorter
  filterUpdates: 'Päivitykset',
  filterNew: 'Uudet',
  show: 'Näytä',
  row: 'Rivi',
  status: 'Tila',
  statusNew: 'Uusi',
  statusUpdate: 'Päivitys',
  statusDuplicate: 'Mahdollinen kaksoiskappale',
  statusError: 'Virhe',
  problems: 'Ongelmat',
  rowProblem: 'Rivi',
  looksLike: (names) => `Muistuttaa asiakasta ${names}.`,
  sameAsLine: (line) => `Kuten tämän tiedoston rivi ${line}.`,
  updates: (name) => `Päivittää asiakkaan ${name}.`,
  decision: (row) => `Rivi ${row}: mitä tehdään`,
  decideLater: 'Valitse…',
  importAsNew: 'Tuo uutena',
  skipRow: 'Ohita',
  allAsNew: 'Tuo kaikki mahdolliset kaksoiskappaleet uusina',
  skipAll: 'Ohita kaikki mahdolliset kaksoiskappaleet',
  undecided: (count) =>
    plural('fi', count, {
      one: 'Päätä ennen tuontia, mitä tehdään 1 mahdolliselle kaksoiskappaleelle.',
      other: `Päätä ennen tuontia, mitä tehdään ${count} mahdolliselle kaksoiskappaleelle.`,
    }),
  pageOf: (page, pages) => `Sivu ${page}/${pages}`,
  previousPage: 'Edellinen sivu',
  nextPage: 'Seuraava sivu',
  noRowsShown: 'Tämän tyyppisiä rivejä ei ole.',
  importRows: (count) => `Tuo ${count} riviä`,
  nothingToImport: 'Tuotavaa ei ole: korjaa virheelliset rivit tiedostossa tai muuta sarakkeiden yhdistämistä.',
  importing: (done, total) => `Tuodaan… ${done}/${total} riviä`,
  cancelImport: 'Peruuta tuonti',
  cancelled: 'Tuonti peruutettiin. Jo lähetetyt rivit säilyvät.',
  doneTitle: 'Tuonti valmis',
  doneSummary: (created, updated, unchanged, failed) =>
    `Luotu ${created}, päivitetty ${updated}, ennallaan ${unchanged}, tuomatta ${failed}`,
  downloadFailed: (count) => `Lataa ${count} tuomatta jäänyttä riviä (CSV)`,
  retryFailed: 'Yritä epäonnistuneita rivejä uudelleen',
  reasonColumn: 'Syy',
  reasonCancelled: 'Ei tuotu: tuonti peruutettiin.',
  reasonSkipped: 'Ohitettu: mahdollinen kaksoiskappale.',
  undo: 'Kumoa tämä tuonti',
  undoConfirmTitle: 'Kumotaanko tämä tuonti?',
  undoConfirmBody: (created, updated) =>
    `Tämä poistaa tuonnin luomat ${created} asiakasta ja palauttaa sen päivittämät ${updated} asiakasta. Tuonnin jälkeen muutettuihin asiakkaisiin ei kosketa.`,
  undoing: (done, total) => `Kumotaan… ${done}/${total}`,
  undone: 'Tuonti kumottiin.',
  undoRefused: (count) =>
    plural('fi', count, {
      one: '1 asiakas muutettiin tuonnin jälkeen, joten se jätettiin ennalleen:',
      other: `${count} asiakasta muutettiin tuonnin jälkeen, joten ne jätettiin ennalleen:`,
    }),
  undoRefusedRow: (row, name) => `Rivi ${row}, ${name}: muutettu tuonnin jälkeen, joten sitä ei kumottu.`,
  undoFailedRow: (row, name, reason) => `Rivi ${row}, ${name}: ${reason}`,
  startOver: 'Tuo toinen tiedosto',
  failedFileName: 'asiakkaat-tuomatta.csv',
};
export default fi;

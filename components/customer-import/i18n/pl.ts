import type { importEn } from './en.js';
import { plural } from '../../shared/plural.js';

/**
 * `<customer-import>` in Polish (Importuj klientów, Wybierz plik, Przypisz kolumny, Podgląd). A row of the file is a
 * "wiersz"; counts that arrive already formatted follow a colon, so no noun has to agree with them.
 */
const pl: typeof importEn = {
  importCustomers: 'Importuj klientów',
  stepChoose: 'Wybierz plik',
  stepMap: 'Przypisz kolumny',
  stepPreview: 'Podgląd',
  stepImport: 'Import',
  chooseIntro:
    'Wybierz plik CSV lub plik z Excela rozdzielany średnikami, w kodowaniu UTF-8 lub Windows-1252. Jeden wiersz na klienta; kontakty jako Kontakt 1 imię i nazwisko, Kontakt 2 e-mail, … lub w osobnych wierszach z tym samym identyfikatorem zewnętrznym.',
  chooseFile: 'Wybierz plik',
  dropHint: 'lub upuść go tutaj',
  downloadTemplate: 'Pobierz szablon',
  reading: 'Wczytywanie pliku…',
  readAs: (name, encoding, rows) => `${name}: liczba wierszy: ${rows}, odczytano jako ${encoding}.`,
  problemEmpty: 'Plik jest pusty.',
  problemTooLarge: (size, max) =>
    `Plik ma rozmiar ${size}; import przyjmuje pliki do ${max}. Podziel go na mniejsze pliki i zaimportuj je po kolei.`,
  problemPdf: 'To jest dokument PDF, a nie plik CSV. Otwórz arkusz w Excelu, zapisz go jako CSV i wybierz ten plik.',
  problemZip:
    'To jest archiwum ZIP (skoroszyt Excela .xlsx też nim jest), a nie plik CSV. W Excelu wybierz Zapisz jako → CSV i wybierz ten plik.',
  problemImage: 'To jest obraz, a nie plik CSV.',
  problemBinary: 'Ten plik nie jest tekstem, więc nie może być plikiem CSV. Zapisz arkusz jako CSV i wybierz ten plik.',
  problemNul: (rows) =>
    `Plik zawiera bajty NUL (wiersze: ${rows}): jest uszkodzony lub nie jest plikiem CSV. Zapisz go ponownie jako CSV.`,
  problemMixed: (rows) =>
    `Plik łączy dwa kodowania tekstu: wiersze ${rows} nie są w UTF-8, a pozostałe tak. Zapisz cały plik ponownie jako „CSV UTF-8” i wybierz go jeszcze raz.`,
  problemNoRows: 'Plik nie ma wierszy pod wierszem nagłówka.',
  problemTooManyRows: (max) =>
    `Plik ma ponad ${max} wierszy. Podziel go na pliki po najwyżej ${max} wierszy i zaimportuj je po kolei.`, // review: "wierszy" after a formatted number that may end in 2–4
  problemQuote: (row) =>
    `Komórka w cudzysłowie zaczynająca się w wierszu ${row} nie jest zamknięta, więc reszta pliku zostałaby odczytana jako jedna komórka. Sprawdź cudzysłowy w tym wierszu.`,
  raggedRows: (count, rows) =>
    plural('pl', count, {
      one: `Wiersz ${rows} ma inną liczbę komórek niż nagłówek: sprawdź jego separatory i cudzysłowy.`,
      few: `${count} wiersze mają inną liczbę komórek niż nagłówek (wiersze ${rows}): sprawdź ich separatory i cudzysłowy.`,
      many: `${count} wierszy ma inną liczbę komórek niż nagłówek (wiersze ${rows}): sprawdź ich separatory i cudzysłowy.`,
      other: `${count} wiersza ma inną liczbę komórek niż nagłówek (wiersze ${rows}): sprawdź ich separatory i cudzysłowy.`,
    }),
  mapIntro:
    'Sprawdź, dokąd trafia każda kolumna pliku. Rozpoznane nagłówki są już przypisane; każdy z nich możesz zmienić.',
  fileColumn: 'Kolumna w pliku',
  sample: 'Pierwsza wartość',
  mapsTo: 'Importuj jako',
  ignoreColumn: 'Nie importuj',
  contactSlot: (slot, field) => `Kontakt ${slot}: ${field}`,
  contactRow: (field) => `Kontakt (jeden na wiersz): ${field}`,
  columnCustomerId: 'ID klienta',
  columnContactName: 'imię i nazwisko',
  needNameColumn: 'Przypisz jedną kolumnę do pola Nazwa: każdy klient musi mieć nazwę.',
  checking: (done, total) => `Sprawdzanie wierszy… ${done} z ${total}`,
  summary: (created, updated, errors, duplicates) =>
    `Nowe: ${created}, aktualizacje: ${updated}, z błędami: ${errors}, możliwe duplikaty: ${duplicates}`,
  filterAll: 'Wszystkie wiersze',
  filterErrors: 'Z błędami',
  filterDuplicates: 'Możliwe duplikaty',
  filterUpdates: 'Aktualizacje',
  filterNew: 'Nowe',
  show: 'Pokaż',
  row: 'Wiersz',
  status: 'Status',
  statusNew: 'Nowy',
  statusUpdate: 'Aktualizacja',
  statusDuplicate: 'Możliwy duplikat',
  statusError: 'Błąd',
  problems: 'Problemy',
  rowProblem: 'Wiersz',
  looksLike: (names) => `Przypomina: ${names}.`,
  sameAsLine: (line) => `Jak wiersz ${line} tego pliku.`,
  updates: (name) => `Aktualizuje: ${name}.`,
  decision: (row) => `Wiersz ${row}: co zrobić`,
  decideLater: 'Wybierz…',
  importAsNew: 'Importuj jako nowy',
  skipRow: 'Pomiń',
  allAsNew: 'Importuj wszystkie możliwe duplikaty jako nowe',
  skipAll: 'Pomiń wszystkie możliwe duplikaty',
  undecided: (count) =>
    plural('pl', count, {
      one: `Przed importem zdecyduj, co zrobić z ${count} możliwym duplikatem.`,
      few: `Przed importem zdecyduj, co zrobić z ${count} możliwymi duplikatami.`,
      many: `Przed importem zdecyduj, co zrobić z ${count} możliwymi duplikatami.`,
      other: `Przed importem zdecyduj, co zrobić z ${count} możliwego duplikatu.`,
    }),
  pageOf: (page, pages) => `Strona ${page} z ${pages}`,
  previousPage: 'Poprzednia strona',
  nextPage: 'Następna strona',
  noRowsShown: 'Brak wierszy tego rodzaju.',
  importRows: (count) => `Importuj wiersze (${count})`,
  nothingToImport: 'Nie ma nic do zaimportowania: popraw w pliku wiersze z błędami lub zmień przypisanie kolumn.',
  importing: (done, total) => `Importowanie… ${done} z ${total} wierszy`,
  cancelImport: 'Anuluj import',
  cancelled: 'Import anulowano. To, co zostało już wysłane, pozostaje.',
  doneTitle: 'Import zakończony',
  doneSummary: (created, updated, unchanged, failed) =>
    `Utworzone: ${created}, zaktualizowane: ${updated}, bez zmian: ${unchanged}, niezaimportowane: ${failed}`,
  downloadFailed: (count) => `Pobierz niezaimportowane wiersze (${count}) jako CSV`,
  retryFailed: 'Ponów nieudane wiersze',
  reasonColumn: 'Powód',
  reasonCancelled: 'Nie zaimportowano: import anulowano.',
  reasonSkipped: 'Pominięto: możliwy duplikat.',
  undo: 'Cofnij ten import',
  undoConfirmTitle: 'Cofnąć ten import?',
  undoConfirmBody: (created, updated) =>
    `Zostaną usunięci klienci utworzeni przez import (${created}) i przywróceni klienci, których import zaktualizował (${updated}). Klienci zmienieni po imporcie pozostaną bez zmian.`,
  undoing: (done, total) => `Cofanie… ${done} z ${total}`,
  undone: 'Import został cofnięty.',
  undoRefused: (count) =>
    plural('pl', count, {
      one: `Pominięto ${count} klienta zmienionego po imporcie:`,
      few: `Pominięto ${count} klientów zmienionych po imporcie:`,
      many: `Pominięto ${count} klientów zmienionych po imporcie:`,
      other: `Pominięto ${count} klienta zmienionego po imporcie:`,
    }),
  undoRefusedRow: (row, name) => `Wiersz ${row}, ${name}: zmieniony po imporcie, więc nie został cofnięty.`,
  undoFailedRow: (row, name, reason) => `Wiersz ${row}, ${name}: ${reason}`,
  startOver: 'Importuj inny plik',
  failedFileName: 'klienci-niezaimportowani.csv',
};
export default pl;

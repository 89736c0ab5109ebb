import type { customerListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-list>` in Polish (Klienci, Utwórz klienta). */
const pl: typeof customerListEn = {
  customers: 'Klienci',
  customerCount: (count, formatted) =>
    plural('pl', count, {
      one: `${formatted} klient`,
      few: `${formatted} klientów`, // review: "2 klientów" (read "dwóch klientów") vs "2 klienci"; same in customerMatches
      many: `${formatted} klientów`,
      other: `${formatted} klienta`,
    }),
  customerMatches: (count, formatted) =>
    plural('pl', count, {
      one: `${formatted} pasujący klient`,
      few: `${formatted} pasujących klientów`,
      many: `${formatted} pasujących klientów`,
      other: `${formatted} pasującego klienta`,
    }),
  createCustomer: 'Utwórz klienta',
  searchCustomers: 'Szukaj klientów',
  searchCustomersHint: 'Nazwa, identyfikator zewnętrzny, e-mail lub miejscowość.',
  typeFilter: 'Typ relacji',
  allTypes: 'Wszystkie typy',
  typesChosen: (count) =>
    plural('pl', count, {
      one: `${count} typ`,
      few: `${count} typy`,
      many: `${count} typów`,
      other: `${count} typu`,
    }),
  sortBy: 'Sortuj według',
  sortOptions: {
    name: 'Nazwa (A–Z)',
    '-name': 'Nazwa (Z–A)',
    type: 'Typ relacji',
    '-type': 'Typ relacji, odwrotnie',
    contactCount: 'Najmniej kontaktów',
    '-contactCount': 'Najwięcej kontaktów',
    equipmentCount: 'Najmniej sprzętu',
    '-equipmentCount': 'Najwięcej sprzętu',
    updatedAt: 'Ostatnia zmiana (od najstarszej)',
    '-updatedAt': 'Ostatnia zmiana (od najnowszej)',
  },
  colName: 'Nazwa',
  colType: 'Typ relacji',
  colPlace: 'Miejscowość i kraj',
  colContacts: 'Kontakty',
  colEquipment: 'Sprzęt',
  colUpdated: 'Ostatnia zmiana',
  noCustomers: 'Nie ma jeszcze klientów.',
  nothingMatches: (search) => `Nic nie pasuje do „${search}”.`,
  nothingOfTypes: 'Żaden klient nie ma wybranych typów relacji.',
  clearFilters: 'Wyczyść wyszukiwanie i filtry',
  customersLoadFailed: 'Nie udało się wczytać klientów.',
  listKeys: 'Strzałki, Home, End, Page Up i Page Down przesuwają zaznaczenie; Enter lub spacja otwiera klienta.',
  exportAction: 'Eksportuj',
  exportTitle: 'Eksport klientów',
  exportScope: (count, formatted, filtered) =>
    filtered
      ? plural('pl', count, {
          one: `${formatted} klient pasujący do wyszukiwania i filtrów, jako plik CSV (UTF-8).`,
          few: `${formatted} klientów pasujących do wyszukiwania i filtrów, jako plik CSV (UTF-8).`,
          many: `${formatted} klientów pasujących do wyszukiwania i filtrów, jako plik CSV (UTF-8).`,
          other: `${formatted} klienta pasującego do wyszukiwania i filtrów, jako plik CSV (UTF-8).`,
        })
      : count === 1
        ? '1 klient, jako plik CSV (UTF-8).'
        : `Wszyscy klienci (${formatted}), jako plik CSV (UTF-8).`,
  exportSeparator: 'Separator',
  // Polish, like Danish, writes numbers with a decimal comma.
  exportSeparatorHint:
    'Excel oczekuje średnika tam, gdzie liczby zapisuje się z przecinkiem dziesiętnym, jak w języku polskim.',
  exportSemicolon: 'Średnik (;)',
  exportComma: 'Przecinek (,)',
  exportWithContacts: 'Jeden wiersz na kontakt',
  exportWithContactsHint: 'Dodaje kolumny kontaktów; klient bez kontaktów ma jeden wiersz.',
  exportStart: 'Eksportuj',
  exportRunning: 'Eksportowanie klientów',
  exportProgress: (done, total) => `${done} z ${total} klientów`,
  exportCancel: 'Anuluj eksport',
  exportCancelled: 'Eksport anulowano. Nic nie zostało pobrane.',
  exportDone: (count, formatted) =>
    plural('pl', count, {
      one: `Wyeksportowano ${formatted} klienta.`,
      few: `Wyeksportowano ${formatted} klientów.`,
      many: `Wyeksportowano ${formatted} klientów.`,
      other: `Wyeksportowano ${formatted} klienta.`,
    }),
  exportFailed: 'Eksport nie powiódł się.',
  exportTemplate: 'Pobierz szablon importu',
  exportTemplateHint: 'Aby zaimportować klientów, wypełnij szablon: ma te same kolumny.',
  exportFileName: 'klienci',
};
export default pl;

import type { managerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-manager>` in Polish: the tabs Szczegóły, Lista kontaktów, Sprzęt. */
const pl: typeof managerEn = {
  tabs: { details: 'Szczegóły', contacts: 'Lista kontaktów', equipment: 'Sprzęt' },
  customerSections: (name) => `${name}: sekcje`,
  backToCustomers: 'Wróć do klientów',
  hideList: 'Ukryj listę',
  showList: 'Pokaż listę',
  contactsCount: (count, formatted) =>
    plural('pl', count, {
      one: `${formatted} kontakt`,
      few: `${formatted} kontakty`,
      many: `${formatted} kontaktów`,
      other: `${formatted} kontaktu`,
    }),
  unitsCount: (count, formatted) =>
    plural('pl', count, {
      one: `${formatted} jednostka sprzętu`, // review: "jednostka sprzętu" for a counted equipment unit (vs "szt.")
      few: `${formatted} jednostki sprzętu`,
      many: `${formatted} jednostek sprzętu`,
      other: `${formatted} jednostki sprzętu`,
    }),
  chooseCustomer: 'Wybierz klienta z listy, aby zobaczyć jego szczegóły, kontakty i sprzęt.',
  customerLoadFailed: 'Nie udało się wczytać klienta.',
  partLoadFailed: 'Nie udało się wczytać tej części aplikacji.',
  customerDeletedNotice: (name) => `Klient ${name} został usunięty wraz z kontaktami i przypisaniami sprzętu.`,
  importCustomers: 'Importuj klientów',
};
export default pl;

import type { detailsEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The details element in Polish (Szczegóły, Edytuj, Zapisz, Usuń klienta). */
const pl: typeof detailsEn = {
  details: 'Szczegóły',
  contactsLabel: 'Kontakty',
  equipmentLabel: 'Sprzęt',
  createdAt: 'Utworzono',
  updatedAt: 'Ostatnia zmiana',
  changesSaved: 'Zmiany zostały zapisane.',
  noChanges: 'Nic nie zostało zmienione.',
  deleteCustomer: 'Usuń klienta',
  deleting: 'Usuwanie…',
  deleteTitle: (name) => `Usunąć klienta: ${name}?`,
  // "Klient X": the name stays in the nominative, next to the noun the verb agrees with.
  deleteConsequences: (name, equipment, contacts, format) =>
    `Klient ${name} zostanie usunięty. Spowoduje to usunięcie ${plural('pl', equipment, {
      one: `${format(equipment)} przypisania sprzętu`,
      few: `${format(equipment)} przypisań sprzętu`,
      many: `${format(equipment)} przypisań sprzętu`,
      other: `${format(equipment)} przypisania sprzętu`,
    })} i ${plural('pl', contacts, {
      one: `${format(contacts)} kontaktu`,
      few: `${format(contacts)} kontaktów`,
      many: `${format(contacts)} kontaktów`,
      other: `${format(contacts)} kontaktu`,
    })}.${equipment ? ' Sprzęt pozostanie we flocie, bez przypisania.' : ''} Tej operacji nie można cofnąć.`,
  customerDeleted: (name) => `Klient ${name} został usunięty.`,
  deleteFailed: 'Klient nie został usunięty.',
  deleteStale: 'Klient zmienił się od czasu wyświetlenia, więc nic nie usunięto. Sprawdź dane i usuń ponownie.',
  customerNotFound: 'Nie znaleziono klienta',
  customerNotFoundBody: 'Mógł zostać usunięty przez kogoś innego lub link jest nieaktualny.',
  customerLoadFailed: 'Nie udało się wczytać klienta.',
  noCustomerChosen: 'Nie wybrano klienta.',
  conflictTitle: 'Ktoś inny zmienił tego klienta podczas Twojej edycji',
  conflictBody:
    'Nic nie zapisano; Twoje zmiany nadal są w formularzu. Nadpisanie zastępuje tylko zmienione przez Ciebie pola.',
  conflictTheirs: 'Obecnie zapisane',
  conflictYours: 'Twoja zmiana',
  conflictNotChangedByYou: 'Niezmienione przez Ciebie',
  conflictReload: 'Wczytaj ich wersję',
  conflictOverwrite: 'Nadpisz moimi zmianami',
  keptEditsTitle: 'Twoje niezapisane zmiany',
  keptEditsBody: 'Formularz pokazuje teraz zapisaną wersję. Skopiuj stąd to, czego nadal potrzebujesz.',
};
export default pl;

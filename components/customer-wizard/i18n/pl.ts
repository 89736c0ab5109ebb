import type { wizardEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The wizard in Polish (Utwórz klienta, Firma, Kontakty, Podsumowanie, Zapisz). */
const pl: typeof wizardEn = {
  createCustomer: 'Utwórz klienta',
  stepCompany: 'Firma',
  stepContacts: 'Kontakty',
  stepReview: 'Podsumowanie',
  duplicateName: (names) => `Istnieje już klient o podobnej nazwie: ${names}.`,
  duplicateReference: (names) => `Inny klient ma ten identyfikator zewnętrzny: ${names}.`,
  duplicateContinue: 'Sprawdź, czy to nowy klient. Możesz kontynuować mimo to.',
  contactsIntro: 'Dodaj osoby u klienta, które mają otrzymywać powiadomienia o zdarzeniach dotyczących sprzętu.',
  contactsEmpty: 'Brak kontaktów. To nic: możesz zapisać klienta bez kontaktów i dodać je później.',
  contactsLimit: (max) =>
    `Z nowym klientem można zapisać do ${plural('pl', max, {
      one: `${max} kontaktu`,
      few: `${max} kontaktów`,
      many: `${max} kontaktów`,
      other: `${max} kontaktu`,
    })}.`,
  contactsTooMany: (max, over) =>
    `Z nowym klientem można zapisać maksymalnie ${plural('pl', max, {
      one: `${max} kontakt`,
      few: `${max} kontakty`,
      many: `${max} kontaktów`,
      other: `${max} kontaktu`,
    })}. Usuń ${plural('pl', over, {
      one: `${over} kontakt`,
      few: `${over} kontakty`,
      many: `${over} kontaktów`,
      other: `${over} kontaktu`,
    })} lub dodaj pozostałe po zapisaniu.`,
  contactN: (position) => `Kontakt ${position}`,
  removeContact: (position) => `Usuń kontakt ${position}`,
  contactAdded: (position) => `Dodano kontakt ${position}.`,
  contactRemoved: (position) => `Usunięto kontakt ${position}.`,
  reviewIntro: 'Sprawdź dane przed zapisaniem. Kliknij Edytuj, aby wrócić do kroku.',
  // The step's name stays in the nominative, quoted: "Edytuj krok „Firma”".
  editStep: (step) => `Edytuj krok „${step}”`,
  noContacts: 'Brak kontaktów.',
  savingCustomer: 'Zapisywanie klienta…',
  customerCreated: (name) => `Utworzono klienta ${name}.`,
  customerCreatedBody: 'Klient i jego kontakty zostały zapisane. Przypisz sprzęt na karcie Sprzęt klienta.',
  createAnother: 'Utwórz kolejnego klienta',
};
export default pl;

import type { wizardEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The wizard in German: Kunde anlegen, Firma, Kontakte, Prüfen, Speichern. */
const de: typeof wizardEn = {
  createCustomer: 'Kunde anlegen',
  stepCompany: 'Firma',
  stepContacts: 'Kontakte',
  stepReview: 'Prüfen',
  duplicateName: (names) => `Es gibt bereits einen Kunden mit ähnlichem Namen: ${names}.`,
  duplicateReference: (names) => `Ein anderer Kunde hat diese externe Referenz: ${names}.`,
  duplicateContinue: 'Prüfen Sie, ob es ein neuer Kunde ist. Sie können trotzdem fortfahren.',
  contactsIntro: 'Fügen Sie die Personen beim Kunden hinzu, die über Geräteereignisse benachrichtigt werden sollen.',
  contactsEmpty:
    'Noch keine Kontakte. Das ist in Ordnung: Sie können ohne Kontakte speichern und sie später hinzufügen.',
  contactsLimit: (max) => `Mit einem neuen Kunden können bis zu ${max} Kontakte gespeichert werden.`,
  contactsTooMany: (max, over) =>
    `Mit einem neuen Kunden können höchstens ${max} Kontakte gespeichert werden. Entfernen Sie ${plural('de', over, { one: '1 Kontakt', other: `${over} Kontakte` })} oder fügen Sie die übrigen nach dem Speichern hinzu.`,
  contactN: (position) => `Kontakt ${position}`,
  removeContact: (position) => `Kontakt ${position} entfernen`,
  contactAdded: (position) => `Kontakt ${position} hinzugefügt.`,
  contactRemoved: (position) => `Kontakt ${position} entfernt.`,
  reviewIntro: 'Prüfen Sie die Angaben vor dem Speichern. Mit „Bearbeiten“ kehren Sie zu einem Schritt zurück.',
  // The step name is a noun ("Firma", "Kontakte"): it keeps its capital.
  editStep: (step) => `${step} bearbeiten`,
  noContacts: 'Keine Kontakte.',
  savingCustomer: 'Kunde wird gespeichert…',
  customerCreated: (name) => `${name} wurde angelegt.`,
  customerCreatedBody:
    'Der Kunde und seine Kontakte sind gespeichert. Geräte weisen Sie auf dem Tab „Geräte“ des Kunden zu.',
  createAnother: 'Weiteren Kunden anlegen',
};
export default de;

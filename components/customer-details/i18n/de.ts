import type { detailsEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The details element in German: Details, Bearbeiten, Speichern, Kunde löschen. */
const de: typeof detailsEn = {
  details: 'Details',
  contactsLabel: 'Kontakte',
  equipmentLabel: 'Geräte',
  createdAt: 'Angelegt',
  updatedAt: 'Zuletzt geändert',
  changesSaved: 'Ihre Änderungen wurden gespeichert.',
  noChanges: 'Es wurde nichts geändert.',
  deleteCustomer: 'Kunde löschen',
  deleting: 'Wird gelöscht…',
  deleteTitle: (name) => `${name} löschen?`,
  deleteConsequences: (name, equipment, contacts, format) =>
    `${name} wird gelöscht. Dabei ${plural('de', equipment, { one: 'wird 1 Gerätezuweisung', other: `werden ${format(equipment)} Gerätezuweisungen` })} aufgehoben und ${plural('de', contacts, { one: '1 Kontakt', other: `${format(contacts)} Kontakte` })} gelöscht.${equipment ? ' Die Geräte bleiben ohne Zuweisung in Ihrer Flotte.' : ''} Dies kann nicht rückgängig gemacht werden.`,
  customerDeleted: (name) => `${name} wurde gelöscht.`,
  deleteFailed: 'Der Kunde wurde nicht gelöscht.',
  deleteStale:
    'Der Kunde wurde seit der Anzeige geändert, daher wurde nichts gelöscht. Prüfen Sie ihn und löschen Sie ihn dann erneut.',
  customerNotFound: 'Kunde nicht gefunden',
  customerNotFoundBody: 'Möglicherweise hat ihn jemand anderes gelöscht, oder der Link ist veraltet.',
  customerLoadFailed: 'Der Kunde konnte nicht geladen werden.',
  noCustomerChosen: 'Kein Kunde gewählt.',
  conflictTitle: 'Jemand anderes hat diesen Kunden geändert, während Sie ihn bearbeitet haben',
  conflictBody:
    'Es wurde nichts gespeichert; Ihre Änderungen stehen noch im Formular. Beim Überschreiben werden nur die Felder ersetzt, die Sie geändert haben.',
  conflictTheirs: 'Jetzt gespeichert',
  conflictYours: 'Ihre Änderung',
  conflictNotChangedByYou: 'Nicht von Ihnen geändert',
  conflictReload: 'Gespeicherte Version laden',
  conflictOverwrite: 'Mit meinen Änderungen überschreiben',
  keptEditsTitle: 'Ihre nicht gespeicherten Änderungen',
  keptEditsBody: 'Das Formular zeigt jetzt die gespeicherte Version. Kopieren Sie von hier, was Sie noch brauchen.',
};
export default de;

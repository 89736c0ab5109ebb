import type { customerListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The customer list in German: Kunden, Kunde anlegen. */
const de: typeof customerListEn = {
  customers: 'Kunden',
  customerCount: (count, formatted) => plural('de', count, { one: '1 Kunde', other: `${formatted} Kunden` }),
  customerMatches: (count, formatted) =>
    plural('de', count, { one: '1 passender Kunde', other: `${formatted} passende Kunden` }),
  createCustomer: 'Kunde anlegen', // review: "Kunde anlegen" (usual in German business software) or "Kunde erstellen"
  searchCustomers: 'Kunden durchsuchen',
  searchCustomersHint: 'Name, externe Referenz, E-Mail oder Ort.',
  typeFilter: 'Beziehungstyp',
  allTypes: 'Alle Typen',
  typesChosen: (count) => plural('de', count, { one: '1 Typ', other: `${count} Typen` }),
  sortBy: 'Sortieren nach',
  sortOptions: {
    name: 'Name (A–Z)',
    '-name': 'Name (Z–A)',
    type: 'Beziehungstyp',
    '-type': 'Beziehungstyp, umgekehrt',
    contactCount: 'Wenigste Kontakte',
    '-contactCount': 'Meiste Kontakte',
    equipmentCount: 'Wenigste Geräte',
    '-equipmentCount': 'Meiste Geräte',
    updatedAt: 'Zuletzt geändert (älteste zuerst)',
    '-updatedAt': 'Zuletzt geändert (neueste zuerst)',
  },
  colName: 'Name',
  colType: 'Beziehungstyp',
  colPlace: 'Ort und Land',
  colContacts: 'Kontakte',
  colEquipment: 'Geräte',
  colUpdated: 'Zuletzt geändert',
  noCustomers: 'Es gibt noch keine Kunden.',
  nothingMatches: (search) => `Keine Treffer für „${search}“.`,
  nothingOfTypes: 'Kein Kunde hat die gewählten Beziehungstypen.',
  clearFilters: 'Suche und Filter zurücksetzen',
  customersLoadFailed: 'Die Kunden konnten nicht geladen werden.',
  listKeys: 'Pfeiltasten, Pos1, Ende, Bild auf und Bild ab bewegen; Eingabe oder Leertaste öffnet den Kunden.',
  exportAction: 'Exportieren',
  exportTitle: 'Kunden exportieren',
  exportScope: (count, formatted, filtered) =>
    filtered
      ? plural('de', count, {
          one: 'Der 1 Kunde, der zu Suche und Filtern passt, als CSV-Datei (UTF-8).',
          other: `Die ${formatted} Kunden, die zu Suche und Filtern passen, als CSV-Datei (UTF-8).`,
        })
      : plural('de', count, {
          one: 'Der 1 Kunde als CSV-Datei (UTF-8).',
          other: `Alle ${formatted} Kunden als CSV-Datei (UTF-8).`,
        }),
  exportSeparator: 'Trennzeichen',
  exportSeparatorHint: 'Excel erwartet ein Semikolon, wo Zahlen mit Dezimalkomma geschrieben werden, wie im Deutschen.',
  exportSemicolon: 'Semikolon (;)',
  exportComma: 'Komma (,)',
  exportWithContacts: 'Eine Zeile pro Kontakt',
  exportWithContactsHint: 'Fügt die Kontaktspalten hinzu; ein Kunde ohne Kontakte erhält eine Zeile.',
  exportStart: 'Exportieren',
  exportRunning: 'Kunden werden exportiert',
  exportProgress: (done, total) => `${done} von ${total} Kunden`,
  exportCancel: 'Export abbrechen',
  exportCancelled: 'Export abgebrochen. Es wurde nichts heruntergeladen.',
  exportDone: (count, formatted) =>
    plural('de', count, { one: '1 Kunde exportiert.', other: `${formatted} Kunden exportiert.` }),
  exportFailed: 'Der Export ist fehlgeschlagen.',
  exportTemplate: 'Importvorlage herunterladen',
  exportTemplateHint: 'Um Kunden zu importieren, füllen Sie die Vorlage aus: Sie hat dieselben Spalten.',
  exportFileName: 'kunden',
};
export default de;

import type { customerListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The customer list in Dutch: Klanten, Klant aanmaken. */
const nl: typeof customerListEn = {
  customers: 'Klanten',
  customerCount: (count, formatted) => plural('nl', count, { one: '1 klant', other: `${formatted} klanten` }),
  customerMatches: (count, formatted) =>
    plural('nl', count, { one: '1 overeenkomende klant', other: `${formatted} overeenkomende klanten` }),
  createCustomer: 'Klant aanmaken',
  searchCustomers: 'Klanten zoeken',
  searchCustomersHint: 'Naam, externe referentie, e-mail of plaats.',
  typeFilter: 'Relatietype',
  allTypes: 'Alle typen',
  typesChosen: (count) => plural('nl', count, { one: '1 type', other: `${count} typen` }),
  sortBy: 'Sorteren op',
  sortOptions: {
    name: 'Naam (A–Z)',
    '-name': 'Naam (Z–A)',
    type: 'Relatietype',
    '-type': 'Relatietype, omgekeerd',
    contactCount: 'Minste contactpersonen',
    '-contactCount': 'Meeste contactpersonen',
    equipmentCount: 'Minste materieel',
    '-equipmentCount': 'Meeste materieel',
    updatedAt: 'Laatst gewijzigd (oudste eerst)',
    '-updatedAt': 'Laatst gewijzigd (nieuwste eerst)',
  },
  colName: 'Naam',
  colType: 'Relatietype',
  colPlace: 'Plaats en land',
  colContacts: 'Contactpersonen',
  colEquipment: 'Materieel',
  colUpdated: 'Laatst gewijzigd',
  noCustomers: 'Er zijn nog geen klanten.',
  nothingMatches: (search) => `Niets gevonden voor ‘${search}’.`,
  nothingOfTypes: 'Geen klanten met de gekozen relatietypen.',
  clearFilters: 'Zoekopdracht en filters wissen',
  customersLoadFailed: 'De klanten konden niet worden geladen.',
  listKeys: 'Pijltoetsen, Home, End, Page Up en Page Down verplaatsen; Enter of spatie opent de klant.',
  exportAction: 'Exporteren',
  exportTitle: 'Klanten exporteren',
  exportScope: (count, formatted, filtered) =>
    filtered
      ? plural('nl', count, {
          one: 'De 1 klant die overeenkomt met de zoekopdracht en filters, als CSV-bestand (UTF-8).',
          other: `De ${formatted} klanten die overeenkomen met de zoekopdracht en filters, als CSV-bestand (UTF-8).`,
        })
      : plural('nl', count, {
          one: 'De 1 klant, als CSV-bestand (UTF-8).',
          other: `Alle ${formatted} klanten, als CSV-bestand (UTF-8).`,
        }),
  exportSeparator: 'Scheidingsteken',
  exportSeparatorHint:
    'Excel verwacht een puntkomma waar getallen met een decimale komma worden geschreven, zoals in het Nederlands.',
  exportSemicolon: 'Puntkomma (;)',
  exportComma: 'Komma (,)',
  exportWithContacts: 'Eén rij per contactpersoon',
  exportWithContactsHint:
    'Voegt de kolommen voor contactpersonen toe; een klant zonder contactpersonen krijgt één rij.',
  exportStart: 'Exporteren',
  exportRunning: 'Klanten worden geëxporteerd',
  exportProgress: (done, total) => `${done} van ${total} klanten`,
  exportCancel: 'Export annuleren',
  exportCancelled: 'Export geannuleerd. Er is niets gedownload.',
  exportDone: (count, formatted) =>
    plural('nl', count, { one: '1 klant geëxporteerd.', other: `${formatted} klanten geëxporteerd.` }),
  exportFailed: 'De export is mislukt.',
  exportTemplate: 'Importsjabloon downloaden',
  exportTemplateHint: 'Vul het sjabloon in om klanten te importeren: het heeft dezelfde kolommen.',
  exportFileName: 'klanten',
};
export default nl;

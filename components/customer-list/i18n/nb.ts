import type { customerListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The customer list in Bokmål: Kunder, Opprett kunde. */
const nb: typeof customerListEn = {
  customers: 'Kunder',
  customerCount: (count, formatted) => plural('nb', count, { one: '1 kunde', other: `${formatted} kunder` }),
  customerMatches: (count, formatted) =>
    plural('nb', count, { one: '1 passende kunde', other: `${formatted} passende kunder` }),
  createCustomer: 'Opprett kunde',
  searchCustomers: 'Søk i kunder',
  searchCustomersHint: 'Navn, ekstern referanse, e-post eller poststed.',
  typeFilter: 'Relasjonstype',
  allTypes: 'Alle typer',
  typesChosen: (count) => plural('nb', count, { one: '1 type', other: `${count} typer` }),
  sortBy: 'Sorter etter',
  sortOptions: {
    name: 'Navn (A–Å)',
    '-name': 'Navn (Å–A)',
    type: 'Relasjonstype',
    '-type': 'Relasjonstype, omvendt',
    contactCount: 'Færrest kontakter',
    '-contactCount': 'Flest kontakter',
    equipmentCount: 'Minst utstyr',
    '-equipmentCount': 'Mest utstyr',
    updatedAt: 'Sist endret (eldste først)',
    '-updatedAt': 'Sist endret (nyeste først)',
  },
  colName: 'Navn',
  colType: 'Relasjonstype',
  colPlace: 'Poststed og land',
  colContacts: 'Kontakter',
  colEquipment: 'Utstyr',
  colUpdated: 'Sist endret',
  noCustomers: 'Det finnes ingen kunder ennå.',
  nothingMatches: (search) => `Ingenting passer til «${search}».`,
  nothingOfTypes: 'Ingen kunder har de valgte relasjonstypene.',
  clearFilters: 'Fjern søk og filtre',
  customersLoadFailed: 'Kundene kunne ikke lastes inn.',
  listKeys: 'Piltastene, Home, End, Page Up og Page Down flytter; Enter eller mellomrom åpner kunden.',
  exportAction: 'Eksporter',
  exportTitle: 'Eksporter kunder',
  exportScope: (count, formatted, filtered) =>
    filtered
      ? plural('nb', count, {
          one: 'Den 1 kunden som passer til søket og filtrene, som CSV-fil (UTF-8).',
          other: `De ${formatted} kundene som passer til søket og filtrene, som CSV-fil (UTF-8).`,
        })
      : plural('nb', count, {
          one: 'Den 1 kunden, som CSV-fil (UTF-8).',
          other: `Alle ${formatted} kundene, som CSV-fil (UTF-8).`,
        }),
  exportSeparator: 'Skilletegn',
  exportSeparatorHint: 'Excel forventer semikolon der tall skrives med desimalkomma, som på norsk.',
  exportSemicolon: 'Semikolon (;)',
  exportComma: 'Komma (,)',
  exportWithContacts: 'Én rad per kontakt',
  exportWithContactsHint: 'Legger til kontaktkolonnene; en kunde uten kontakter får én rad.',
  exportStart: 'Eksporter',
  exportRunning: 'Eksporterer kunder',
  exportProgress: (done, total) => `${done} av ${total} kunder`,
  exportCancel: 'Avbryt eksport',
  exportCancelled: 'Eksporten ble avbrutt. Ingenting ble lastet ned.',
  exportDone: (count, formatted) =>
    plural('nb', count, { one: 'Eksporterte 1 kunde.', other: `Eksporterte ${formatted} kunder.` }),
  exportFailed: 'Eksporten mislyktes.',
  exportTemplate: 'Last ned importmal',
  exportTemplateHint: 'Fyll ut malen for å importere kunder: den har de samme kolonnene.',
  exportFileName: 'kunder',
};
export default nb;

import type { detailsEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The details element in Swedish: Uppgifter, Redigera, Spara, Ta bort kund. */
const sv: typeof detailsEn = {
  details: 'Uppgifter',
  contactsLabel: 'Kontakter',
  equipmentLabel: 'Utrustning',
  createdAt: 'Skapad',
  updatedAt: 'Senast ändrad',
  changesSaved: 'Dina ändringar har sparats.',
  noChanges: 'Inget ändrades.',
  deleteCustomer: 'Ta bort kund',
  deleting: 'Tar bort…',
  deleteTitle: (name) => `Ta bort ${name}?`,
  deleteConsequences: (name, equipment, contacts, format) =>
    `${name} tas bort. Det tar bort ${plural('sv', equipment, { one: '1 tilldelning av utrustning', other: `${format(equipment)} tilldelningar av utrustning` })} och ${plural('sv', contacts, { one: '1 kontakt', other: `${format(contacts)} kontakter` })}.${equipment ? ' Utrustningen blir kvar i flottan utan tilldelning.' : ''} Det går inte att ångra.`,
  customerDeleted: (name) => `${name} har tagits bort.`,
  deleteFailed: 'Kunden togs inte bort.',
  deleteStale: 'Kunden har ändrats sedan den visades, så inget togs bort. Kontrollera den och ta bort igen.',
  customerNotFound: 'Kunden hittades inte',
  customerNotFoundBody: 'Den kan ha tagits bort av någon annan, eller så är länken inaktuell.',
  customerLoadFailed: 'Kunden kunde inte läsas in.',
  noCustomerChosen: 'Ingen kund vald.',
  conflictTitle: 'Någon annan ändrade kunden medan du redigerade',
  conflictBody:
    'Inget sparades; dina ändringar finns kvar i formuläret. Om du skriver över ersätts bara de fält du har ändrat.',
  conflictTheirs: 'Sparat nu',
  conflictYours: 'Din ändring',
  conflictNotChangedByYou: 'Inte ändrat av dig',
  conflictReload: 'Hämta sparad version',
  conflictOverwrite: 'Skriv över med mina ändringar',
  keptEditsTitle: 'Dina ändringar som inte sparades',
  keptEditsBody: 'Formuläret visar nu den sparade versionen. Kopiera det du fortfarande behöver härifrån.',
};
export default sv;

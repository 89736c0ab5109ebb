import type { detailsEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The details element in Bokmål: Detaljer, Rediger, Lagre, Slett kunde. */
const nb: typeof detailsEn = {
  details: 'Detaljer', // review: "Detaljer" or "Opplysninger" (the Danish article's "Oplysninger")
  contactsLabel: 'Kontakter',
  equipmentLabel: 'Utstyr',
  createdAt: 'Opprettet',
  updatedAt: 'Sist endret',
  changesSaved: 'Endringene dine er lagret.',
  noChanges: 'Ingenting ble endret.',
  deleteCustomer: 'Slett kunde',
  deleting: 'Sletter…',
  deleteTitle: (name) => `Slette ${name}?`,
  deleteConsequences: (name, equipment, contacts, format) =>
    `${name} blir slettet. Det fjerner ${plural('nb', equipment, { one: '1 tildeling av utstyr', other: `${format(equipment)} tildelinger av utstyr` })} og sletter ${plural('nb', contacts, { one: '1 kontakt', other: `${format(contacts)} kontakter` })}.${equipment ? ' Utstyret blir værende i flåten uten tildeling.' : ''} Dette kan ikke angres.`,
  customerDeleted: (name) => `${name} er slettet.`,
  deleteFailed: 'Kunden ble ikke slettet.',
  deleteStale: 'Kunden er endret siden den ble vist, så ingenting ble slettet. Sjekk den, og slett igjen.',
  customerNotFound: 'Finner ikke kunden',
  customerNotFoundBody: 'Den kan være slettet av noen andre, eller lenken er utdatert.',
  customerLoadFailed: 'Kunden kunne ikke lastes inn.',
  noCustomerChosen: 'Ingen kunde valgt.',
  conflictTitle: 'Noen andre endret kunden mens du redigerte',
  conflictBody:
    'Ingenting ble lagret; endringene dine står fortsatt i skjemaet. Når du overskriver, erstattes bare feltene du har endret.',
  conflictTheirs: 'Lagret nå',
  conflictYours: 'Din endring',
  conflictNotChangedByYou: 'Ikke endret av deg',
  conflictReload: 'Hent lagret versjon',
  conflictOverwrite: 'Overskriv med mine endringer',
  keptEditsTitle: 'Endringene dine som ikke ble lagret',
  keptEditsBody: 'Skjemaet viser nå den lagrede versjonen. Kopier det du fortsatt trenger, herfra.',
};
export default nb;

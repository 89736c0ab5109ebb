import type { detailsEn } from './en.js';

/** The details element in Danish, worded as the help article (Oplysninger, Rediger, Gem, Slet kunde). */
const da: typeof detailsEn = {
  details: 'Oplysninger',
  contactsLabel: 'Kontakter',
  equipmentLabel: 'Udstyr',
  createdAt: 'Oprettet',
  updatedAt: 'Senest ændret',
  changesSaved: 'Dine ændringer er gemt.',
  noChanges: 'Intet blev ændret.',
  deleteCustomer: 'Slet kunde',
  deleting: 'Sletter…',
  deleteTitle: (name) => `Slet ${name}?`,
  deleteConsequences: (name, equipment, contacts, format) =>
    `${name} bliver slettet. Det fjerner ${equipment === 1 ? '1 tildeling af udstyr' : `${format(equipment)} tildelinger af udstyr`} og sletter ${contacts === 1 ? '1 kontakt' : `${format(contacts)} kontakter`}.${equipment ? ' Udstyret bliver i flåden uden tildeling.' : ''} Det kan ikke fortrydes.`,
  customerDeleted: (name) => `${name} er slettet.`,
  deleteFailed: 'Kunden blev ikke slettet.',
  deleteStale: 'Kunden er ændret, siden den blev vist, så intet blev slettet. Tjek den, og slet igen.',
  customerNotFound: 'Kunden blev ikke fundet',
  customerNotFoundBody: 'Den kan være slettet af en anden, eller linket er forældet.',
  customerLoadFailed: 'Kunden kunne ikke indlæses.',
  noCustomerChosen: 'Ingen kunde valgt.',
  conflictTitle: 'En anden har ændret kunden, mens du redigerede',
  conflictBody:
    'Intet blev gemt; dine ændringer står stadig i formularen. Når du overskriver, erstattes kun de felter, du har ændret.',
  conflictTheirs: 'Gemt nu',
  conflictYours: 'Din ændring',
  conflictNotChangedByYou: 'Ikke ændret af dig',
  conflictReload: 'Hent deres version',
  conflictOverwrite: 'Overskriv med mine ændringer',
  keptEditsTitle: 'Dine ændringer, der ikke blev gemt',
  keptEditsBody: 'Formularen viser nu den gemte version. Kopier det, du stadig skal bruge, herfra.',
};

export default da;

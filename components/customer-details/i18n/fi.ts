import type { detailsEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The details element in Finnish: Tiedot, Muokkaa, Tallenna, Poista asiakas. */
const fi: typeof detailsEn = {
  details: 'Tiedot',
  contactsLabel: 'Yhteyshenkilöt',
  equipmentLabel: 'Kalusto',
  createdAt: 'Luotu',
  updatedAt: 'Muutettu',
  changesSaved: 'Muutokset on tallennettu.',
  noChanges: 'Mitään ei muutettu.',
  deleteCustomer: 'Poista asiakas',
  deleting: 'Poistetaan…',
  deleteTitle: (name) => `Poistetaanko asiakas ${name}?`,
  deleteConsequences: (name, equipment, contacts, format) =>
    `Asiakas ${name} poistetaan. Samalla poistetaan ${plural('fi', equipment, { one: '1 kalustoliitos', other: `${format(equipment)} kalustoliitosta` })} ja ${plural('fi', contacts, { one: '1 yhteyshenkilö', other: `${format(contacts)} yhteyshenkilöä` })}.${equipment ? ' Laitteet jäävät kalustoosi ilman asiakasta.' : ''} Toimintoa ei voi kumota.`,
  customerDeleted: (name) => `Asiakas ${name} poistettiin.`,
  deleteFailed: 'Asiakasta ei poistettu.',
  deleteStale:
    'Asiakasta on muutettu sen jälkeen, kun se näytettiin, joten mitään ei poistettu. Tarkista tiedot ja poista uudelleen.',
  customerNotFound: 'Asiakasta ei löytynyt',
  customerNotFoundBody: 'Joku muu on ehkä poistanut sen, tai linkki on vanhentunut.',
  customerLoadFailed: 'Asiakasta ei voitu ladata.',
  noCustomerChosen: 'Asiakasta ei ole valittu.',
  conflictTitle: 'Joku muu muutti tätä asiakasta, kun muokkasit sitä',
  conflictBody:
    'Mitään ei tallennettu; muutoksesi ovat yhä lomakkeella. Korvaaminen muuttaa vain ne kentät, joita muutit.',
  conflictTheirs: 'Nyt tallennettu',
  conflictYours: 'Oma muutoksesi',
  conflictNotChangedByYou: 'Et muuttanut',
  conflictReload: 'Lataa tallennettu versio',
  conflictOverwrite: 'Korvaa omilla muutoksillani',
  keptEditsTitle: 'Tallentamattomat muutoksesi',
  keptEditsBody: 'Lomake näyttää nyt tallennetun version. Kopioi täältä, mitä vielä tarvitset.',
};
export default fi;

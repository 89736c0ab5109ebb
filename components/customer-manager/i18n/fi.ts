import type { managerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The Customers app in Finnish: Tiedot, Yhteyshenkilöt, Kalusto. */
const fi: typeof managerEn = {
  tabs: { details: 'Tiedot', contacts: 'Yhteyshenkilöt', equipment: 'Kalusto' },
  customerSections: (name) => `${name}: osiot`,
  backToCustomers: 'Takaisin asiakkaisiin',
  hideList: 'Piilota luettelo',
  showList: 'Näytä luettelo',
  contactsCount: (count, formatted) =>
    plural('fi', count, { one: '1 yhteyshenkilö', other: `${formatted} yhteyshenkilöä` }),
  unitsCount: (count, formatted) => plural('fi', count, { one: '1 laite', other: `${formatted} laitetta` }),
  chooseCustomer: 'Valitse asiakas luettelosta, niin näet sen tiedot, yhteyshenkilöt ja kaluston.',
  customerLoadFailed: 'Asiakasta ei voitu ladata.',
  partLoadFailed: 'Tätä sovelluksen osaa ei voitu ladata.',
  customerDeletedNotice: (name) => `Asiakas ${name} poistettiin yhteyshenkilöineen ja kalustoliitoksineen.`,
  importCustomers: 'Tuo asiakkaita',
};
export default fi;

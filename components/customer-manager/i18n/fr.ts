import type { managerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** French wording from Trackunit's French help article: Détails, Liste de contacts, Équipements. */
const fr: typeof managerEn = {
  tabs: { details: 'Détails', contacts: 'Liste de contacts', equipment: 'Équipements' },
  customerSections: (name) => `${name}\u202f: onglets`,
  backToCustomers: 'Retour aux clients',
  hideList: 'Masquer la liste',
  showList: 'Afficher la liste',
  contactsCount: (count, formatted) =>
    plural('fr', count, {
      one: `${formatted} contact`,
      many: `${formatted} de contacts`,
      other: `${formatted} contacts`,
    }),
  unitsCount: (count, formatted) =>
    plural('fr', count, {
      one: `${formatted} équipement`,
      many: `${formatted} d’équipements`,
      other: `${formatted} équipements`,
    }),
  chooseCustomer: 'Choisissez un client dans la liste pour voir ses détails, ses contacts et ses équipements.',
  customerLoadFailed: 'Impossible de charger le client.',
  partLoadFailed: 'Cette partie de l’application n’a pas pu être chargée.',
  customerDeletedNotice: (name) =>
    `Le client ${name} a été supprimé, avec ses contacts et ses affectations d’équipements.`,
  importCustomers: 'Importer des clients',
};
export default fr;

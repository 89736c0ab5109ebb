import type { customerListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** French wording from Trackunit's French help article (Clients, Créer un client, Type de relation). */
const fr: typeof customerListEn = {
  customers: 'Clients',
  customerCount: (count, formatted) =>
    plural('fr', count, { one: `${formatted} client`, many: `${formatted} de clients`, other: `${formatted} clients` }),
  customerMatches: (count, formatted) =>
    plural('fr', count, {
      one: `${formatted} client correspondant`,
      many: `${formatted} de clients correspondants`,
      other: `${formatted} clients correspondants`,
    }),
  createCustomer: 'Créer un client',
  searchCustomers: 'Rechercher des clients',
  searchCustomersHint: 'Nom, référence externe, e-mail ou ville.',
  typeFilter: 'Type de relation',
  allTypes: 'Tous les types',
  typesChosen: (count) =>
    plural('fr', count, { one: `${count} type`, many: `${count} de types`, other: `${count} types` }),
  sortBy: 'Trier par',
  sortOptions: {
    name: 'Nom (A–Z)',
    '-name': 'Nom (Z–A)',
    type: 'Type de relation',
    '-type': 'Type de relation, inversé',
    contactCount: 'Le moins de contacts',
    '-contactCount': 'Le plus de contacts',
    equipmentCount: 'Le moins d’équipements',
    '-equipmentCount': 'Le plus d’équipements',
    updatedAt: 'Modifié le (plus ancien d’abord)',
    '-updatedAt': 'Modifié le (plus récent d’abord)',
  },
  colName: 'Nom',
  colType: 'Type de relation',
  colPlace: 'Ville et pays',
  colContacts: 'Contacts',
  colEquipment: 'Équipements',
  colUpdated: 'Modifié le',
  noCustomers: 'Il n’y a pas encore de clients.',
  nothingMatches: (search) => `Aucun résultat pour «\u202f${search}\u202f».`,
  nothingOfTypes: 'Aucun client n’a les types de relation choisis.',
  clearFilters: 'Effacer la recherche et les filtres',
  customersLoadFailed: 'Impossible de charger les clients.',
  listKeys: 'Les flèches, Origine, Fin, Page préc. et Page suiv. déplacent\u202f; Entrée ou Espace ouvre le client.', // review: key names as printed on French keyboards
  exportAction: 'Exporter',
  exportTitle: 'Exporter les clients',
  exportScope: (count, formatted, filtered) =>
    filtered
      ? plural('fr', count, {
          one: `${formatted} client correspondant à la recherche et aux filtres, en fichier CSV (UTF-8).`,
          many: `Les ${formatted} de clients correspondant à la recherche et aux filtres, en fichier CSV (UTF-8).`,
          other: `Les ${formatted} clients correspondant à la recherche et aux filtres, en fichier CSV (UTF-8).`,
        })
      : plural('fr', count, {
          one: `${formatted} client, en fichier CSV (UTF-8).`,
          many: `Les ${formatted} de clients, en fichier CSV (UTF-8).`,
          other: `Les ${formatted} clients, en fichier CSV (UTF-8).`,
        }),
  exportSeparator: 'Séparateur',
  exportSeparatorHint:
    'Excel attend un point-virgule là où les nombres s’écrivent avec une virgule décimale, comme en français.',
  exportSemicolon: 'Point-virgule (;)',
  exportComma: 'Virgule (,)',
  exportWithContacts: 'Une ligne par contact',
  exportWithContactsHint: 'Ajoute les colonnes des contacts\u202f; un client sans contact occupe une ligne.',
  exportStart: 'Exporter',
  exportRunning: 'Export des clients',
  exportProgress: (done, total) => `${done} clients sur ${total}`,
  exportCancel: 'Annuler l’export',
  exportCancelled: 'Export annulé. Rien n’a été téléchargé.',
  exportDone: (count, formatted) =>
    plural('fr', count, {
      one: `${formatted} client exporté.`,
      many: `${formatted} de clients exportés.`,
      other: `${formatted} clients exportés.`,
    }),
  exportFailed: 'L’export a échoué.',
  exportTemplate: 'Télécharger le modèle d’import',
  exportTemplateHint: 'Pour importer des clients, remplissez le modèle\u202f: il a les mêmes colonnes.',
  exportFileName: 'clients',
};
export default fr;

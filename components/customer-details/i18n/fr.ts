import type { detailsEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The details element in French, worded as Trackunit's French help article (Détails, Modifier, Enregistrer). */
const fr: typeof detailsEn = {
  details: 'Détails',
  contactsLabel: 'Contacts',
  equipmentLabel: 'Équipements',
  createdAt: 'Créé le',
  updatedAt: 'Modifié le',
  changesSaved: 'Vos modifications sont enregistrées.',
  noChanges: 'Aucune modification.',
  deleteCustomer: 'Supprimer le client',
  deleting: 'Suppression…',
  deleteTitle: (name) => `Supprimer ${name}\u202f?`,
  deleteConsequences: (name, equipment, contacts, format) =>
    `Le client ${name} sera supprimé. Cela retire ${plural('fr', equipment, {
      one: `${format(equipment)} affectation d’équipement`,
      many: `${format(equipment)} d’affectations d’équipements`,
      other: `${format(equipment)} affectations d’équipements`,
    })} et supprime ${plural('fr', contacts, {
      one: `${format(contacts)} contact`,
      many: `${format(contacts)} de contacts`,
      other: `${format(contacts)} contacts`,
    })}.${equipment ? ' Les équipements restent dans votre flotte, sans affectation.' : ''} Cette action est irréversible.`,
  customerDeleted: (name) => `Le client ${name} a été supprimé.`,
  deleteFailed: 'Le client n’a pas été supprimé.',
  deleteStale:
    'Le client a changé depuis son affichage, rien n’a donc été supprimé. Vérifiez-le, puis supprimez-le à nouveau.',
  customerNotFound: 'Client introuvable',
  customerNotFoundBody: 'Il a peut-être été supprimé par quelqu’un d’autre, ou le lien n’est plus à jour.',
  customerLoadFailed: 'Impossible de charger le client.',
  noCustomerChosen: 'Aucun client choisi.',
  conflictTitle: 'Quelqu’un d’autre a modifié ce client pendant votre saisie',
  conflictBody:
    'Rien n’a été enregistré\u202f; vos modifications sont toujours dans le formulaire. Écraser ne remplace que les champs que vous avez modifiés.',
  conflictTheirs: 'Version enregistrée',
  conflictYours: 'Votre modification',
  conflictNotChangedByYou: 'Non modifié par vous',
  conflictReload: 'Recharger leur version',
  conflictOverwrite: 'Écraser avec mes modifications',
  keptEditsTitle: 'Vos modifications non enregistrées',
  keptEditsBody: 'Le formulaire affiche maintenant la version enregistrée. Copiez ici ce dont vous avez encore besoin.',
};
export default fr;

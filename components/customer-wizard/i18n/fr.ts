import type { wizardEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The wizard in French, worded as Trackunit's French help article (Créer un client, Enregistrer). */
const fr: typeof wizardEn = {
  createCustomer: 'Créer un client',
  stepCompany: 'Entreprise',
  stepContacts: 'Contacts',
  stepReview: 'Vérification',
  duplicateName: (names) => `Un client au nom similaire existe déjà\u202f: ${names}.`,
  duplicateReference: (names) => `Un autre client a cette référence externe\u202f: ${names}.`,
  duplicateContinue: 'Vérifiez qu’il s’agit bien d’un nouveau client. Vous pouvez tout de même continuer.',
  contactsIntro: 'Ajoutez les personnes du client à notifier des événements liés aux équipements.',
  contactsEmpty:
    'Aucun contact pour l’instant. Ce n’est pas un problème\u202f: vous pouvez enregistrer sans contacts et les ajouter plus tard.',
  contactsLimit: (max) => `Jusqu’à ${max}\u00a0contacts peuvent être enregistrés avec un nouveau client.`,
  contactsTooMany: (max, over) =>
    `Au maximum ${max}\u00a0contacts peuvent être enregistrés avec un nouveau client. Retirez ${plural('fr', over, {
      one: `${over} contact`,
      many: `${over} de contacts`,
      other: `${over} contacts`,
    })}, ou ajoutez les autres après l’enregistrement.`,
  contactN: (position) => `Contact ${position}`,
  removeContact: (position) => `Retirer le contact ${position}`,
  contactAdded: (position) => `Contact ${position} ajouté.`,
  contactRemoved: (position) => `Contact ${position} retiré.`,
  reviewIntro: 'Vérifiez les informations avant d’enregistrer. Utilisez Modifier pour revenir à une étape.',
  // The step's own title, capitalised as a name: « Modifier l’étape Entreprise ».
  editStep: (step) => `Modifier l’étape ${step}`,
  noContacts: 'Aucun contact.',
  savingCustomer: 'Enregistrement du client…',
  customerCreated: (name) => `Le client ${name} a été créé.`,
  customerCreatedBody:
    'Le client et ses contacts sont enregistrés. Affectez des équipements depuis l’onglet Équipements du client.',
  createAnother: 'Créer un autre client',
};
export default fr;

import type { Strings } from './en.js';
import { plural } from '../plural.js';

/**
 * French (France). Words from Trackunit's French help article on Customers: Clients, Créer un client, Enregistrer,
 * Modifier, administrateur de flotte, équipements, affectation, « Autres ». Typography: narrow no-break space
 * (U+202F) before ? ! : ; and inside « ».
 */
const fr: Strings = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  cancel: 'Annuler',
  close: 'Fermer',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  edit: 'Modifier',
  next: 'Suivant',
  back: 'Retour',
  remove: 'Retirer',
  confirm: 'Confirmer',
  optional: 'facultatif',
  notGiven: 'Non renseigné',
  selectedCount: (count, formatted) =>
    plural('fr', count, {
      one: `${formatted} sélectionné`,
      many: `${formatted} sélectionnés`,
      other: `${formatted} sélectionnés`,
    }),
  selectionActions: 'Actions sur la sélection',
  stepOf: (position, total) => `Étape ${position} sur ${total}`,
  progress: 'Progression',

  noClient: 'Non connecté\u202f: définissez la propriété client ou appelez setDefaultClient().',
  noPermissionCreate: 'Seuls les administrateurs et les administrateurs de flotte peuvent créer des clients.',
  noPermissionChange: 'Seuls les administrateurs et les administrateurs de flotte peuvent modifier les clients.',
  noPermissionTitle: 'Vous pouvez consulter les clients, mais pas les modifier',
  userLoadFailed: 'Impossible de charger vos autorisations.',

  errorNetwork: 'Le serveur est injoignable. Vérifiez la connexion et réessayez.',
  errorTimeout: 'Le serveur a mis trop de temps à répondre. Réessayez.',
  errorRateLimited: (seconds) =>
    seconds
      ? plural('fr', seconds, {
          one: `Trop de requêtes. Réessayez dans ${seconds}\u00a0seconde.`,
          many: `Trop de requêtes. Réessayez dans ${seconds}\u00a0de secondes.`,
          other: `Trop de requêtes. Réessayez dans ${seconds}\u00a0secondes.`,
        })
      : 'Trop de requêtes. Réessayez dans un instant.',
  errorServer: 'Une erreur s’est produite sur le serveur. Réessayez dans un instant.',
  errorAuthentication: 'Votre session a expiré. Reconnectez-vous, puis réessayez.',
  errorNotFound: 'Cet enregistrement n’existe plus.',
  errorConflict: 'Ceci est en conflit avec un autre enregistrement.',
  errorStale: 'Quelqu’un d’autre a modifié cet élément entre-temps. Rechargez pour voir ses modifications.',
  errorValidation: 'Certains champs sont à corriger.',
  errorUnknown: 'Une erreur s’est produite. Réessayez.',
  inputKept: 'Rien de ce que vous avez saisi n’est perdu.',

  violation: {
    required: 'Obligatoire.',
    too_long: 'Ce texte est trop long.',
    too_many: 'Il y a trop d’entrées.',
    invalid_email: 'Saisissez une adresse e-mail valide, p.\u00a0ex. nom@exemple.fr.',
    invalid_phone:
      'Saisissez un numéro avec l’indicatif du pays, p.\u00a0ex. +33 6 12 34 56 78, ou choisissez d’abord le pays.',
    invalid_url: 'Saisissez une adresse web commençant par https:// ou http://.',
    invalid_country: 'Choisissez un pays dans la liste.',
    invalid_choice: 'Choisissez l’une des options.',
    unreachable: 'Saisissez un e-mail ou un numéro de téléphone pour que le contact puisse être notifié.',
    sms_needs_phone: 'Les SMS exigent un numéro de téléphone\u202f: ajoutez-en un ou désactivez les SMS.',
    invalid: 'Cette valeur n’est pas valide.',
    duplicate: 'Un autre client a déjà cette référence externe.',
  },
  tooLong: (max) => `Ce texte est trop long\u202f: ${max}\u00a0caractères au maximum.`,
  tooMany: (max) => `Il y a trop d’entrées\u202f: ${max} au maximum.`,
  fieldsNeedAttention: (count) =>
    plural('fr', count, {
      one: `${count} champ est à corriger.`,
      many: `${count} de champs sont à corriger.`,
      other: `${count} champs sont à corriger.`,
    }),
  emailOrPhone: 'e-mail ou téléphone obligatoire',

  unsavedTitle: 'Abandonner vos modifications\u202f?',
  unsavedBody: 'Ce que vous avez saisi n’a pas été enregistré et sera perdu.',
  unsavedDiscard: 'Abandonner',
  unsavedKeep: 'Continuer la saisie',

  customerTypes: {
    CONTRACTOR: 'Entrepreneur', // review: or « Entreprise de travaux », the usual word in French construction
    DEALER: 'Concessionnaire',
    DISTRIBUTOR: 'Distributeur',
    OEM: 'OEM/Constructeur',
    RENTAL: 'Loueur', // review: the customer is a rental company; « Location » if the type names the activity
    SERVICE: 'Prestataire de services', // review: Trackunit's articles use both « Fournisseur de services » and « Prestataire de révision »
    OTHER: 'Autres',
  },

  country: 'Pays',
  countryHint: 'Tapez pour rechercher, puis choisissez dans la liste.',
  countryNoMatch: 'Aucun pays correspondant',
  countryMatches: (count) =>
    plural('fr', count, {
      one: `${count} pays trouvé`,
      many: `${count} de pays trouvés`,
      other: `${count} pays trouvés`,
    }),
  showCountries: 'Afficher les pays',

  companyName: 'Nom de l’entreprise',
  address: 'Adresse',
  street: 'Rue',
  postalCode: 'Code postal',
  city: 'Ville',
  phone: 'Téléphone',
  phoneHint: 'Enregistré au format international\u202f; sans indicatif, le pays ci-dessus est utilisé.',
  email: 'E-mail',
  externalReference: 'Référence externe',
  externalReferenceHint: 'Votre propre identifiant pour ce client, p.\u00a0ex. celui de votre ERP.',
  relationshipType: 'Type de relation',
  relationshipTypeHint: 'Quelle relation avez-vous avec ce client\u202f? Sans choix, «\u202fAutres\u202f» est utilisé.',
  contactsReachable: 'Chaque contact doit avoir un e-mail ou un numéro de téléphone.',
  contactName: 'Nom',
  contactTitle: 'Fonction',
  addContact: 'Ajouter un contact',
  saveFailed: 'Le client n’a pas été enregistré.',
  serverRejected: 'Le serveur a refusé certains champs. Ils sont signalés à côté de chaque champ.',

  region: 'Région',
  website: 'Site web',
  websiteHint: 'Commençant par https:// ou http://.',
  note: 'Note',
};
export default fr;

import type { contactListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The contact list in French, worded as Trackunit's French help article (Liste de contacts, Ajouter un contact). */
const fr: typeof contactListEn = {
  contactList: 'Liste de contacts',
  contactTitle: 'Fonction',
  contactCount: (count, formatted) =>
    plural('fr', count, {
      one: `${formatted} contact`,
      many: `${formatted} de contacts`,
      other: `${formatted} contacts`,
    }),
  contactsFound: (count, formatted) =>
    count === 0
      ? 'Aucun contact trouvé.'
      : plural('fr', count, {
          one: `${formatted} contact trouvé.`,
          many: `${formatted} de contacts trouvés.`,
          other: `${formatted} contacts trouvés.`,
        }),
  contactsShown: (shown, total) => `${shown} sur ${total} affichés`,
  searchContacts: 'Rechercher des contacts',
  showMoreContacts: 'Afficher plus de contacts',
  selectAllContacts: 'Sélectionner tous les contacts',
  selectContact: (name) => `Sélectionner ${name}`,
  contactField: (field, name) => `${field}, ${name}`,
  sortedBy: (column, descending) =>
    `Trié par ${column.toLowerCase()}, ordre ${descending ? 'décroissant' : 'croissant'}.`,
  noCustomer: 'Aucun client choisi\u202f: définissez l’attribut customer-id.',
  contactsNone: 'Ce client n’a pas encore de contacts.',
  contactsNoMatch: (search) => `Aucun contact ne correspond à «\u202f${search}\u202f».`,
  contactsLoadFailed: 'Impossible de charger les contacts.',
  contactsReadOnlyTitle: 'Vous pouvez consulter les contacts, mais pas les modifier',
  contactsReadOnly:
    'Seuls les administrateurs et les administrateurs de flotte peuvent ajouter, modifier ou supprimer des contacts.',
  editContacts: 'Modifier les contacts',
  deleteContacts: 'Supprimer les contacts',
  clearSelection: 'Effacer la sélection',
  editingContacts: (count, formatted) =>
    plural('fr', count, {
      one: `Modification de ${formatted} contact`,
      many: `Modification de ${formatted} de contacts`,
      other: `Modification de ${formatted} contacts`,
    }),
  contactsSaved: (count) =>
    plural('fr', count, {
      one: `${count} contact enregistré.`,
      many: `${count} de contacts enregistrés.`,
      other: `${count} contacts enregistrés.`,
    }),
  contactsNotSaved: (count) =>
    plural('fr', count, {
      one: `${count} contact n’a pas été enregistré\u202f: voir le message sur sa ligne.`,
      many: `${count} de contacts n’ont pas été enregistrés\u202f: voir le message sur chaque ligne.`,
      other: `${count} contacts n’ont pas été enregistrés\u202f: voir le message sur chaque ligne.`,
    }),
  contactsUnchanged: 'Aucune modification.',
  contactStale:
    'Quelqu’un d’autre a modifié ce contact entre-temps\u202f; sa version sert désormais de point de départ. Enregistrez à nouveau pour y appliquer vos modifications, ou cliquez sur Annuler pour la voir.',
  deleteContactsTitle: (count, formatted) =>
    plural('fr', count, {
      one: `Supprimer ${formatted} contact\u202f?`,
      many: `Supprimer ${formatted} de contacts\u202f?`,
      other: `Supprimer ${formatted} contacts\u202f?`,
    }),
  // Neither number nor gender of the names is known here, so the sentence does not agree with them.
  deleteContactsBody: (names) => `À supprimer\u202f: ${names}. Cette action est irréversible.`,
  andMore: (count) => `${count} autres`,
  deletingContacts: 'Suppression des contacts…',
  contactsDeleted: (count) =>
    plural('fr', count, {
      one: `${count} contact supprimé.`,
      many: `${count} de contacts supprimés.`,
      other: `${count} contacts supprimés.`,
    }),
  contactsNotDeleted: (count) =>
    plural('fr', count, {
      one: `${count} contact n’a pas été supprimé et reste sélectionné\u202f:`,
      many: `${count} de contacts n’ont pas été supprimés et restent sélectionnés\u202f:`,
      other: `${count} contacts n’ont pas été supprimés et restent sélectionnés\u202f:`,
    }),
  contactNotDeletedReason: (name, reason) => `${name}\u202f: ${reason}`,
  // A person's name: « ajouté » would need the person's gender, so the sentence avoids the participle.
  contactAddedNamed: (name) => `${name} figure désormais dans la liste de contacts.`,
  addContactFailed: 'Le contact n’a pas été ajouté.',
  contactPhoneHint: (country) =>
    country
      ? `Sans indicatif, pays utilisé\u202f: ${country}.`
      : 'Indiquez l’indicatif du pays, p.\u00a0ex. +33 6 12 34 56 78.',
  newContact: 'Nouveau',
  selectedHidden: (count, formatted) =>
    plural('fr', count, {
      one: `${formatted} contact sélectionné est masqué par la recherche et exclu de Modifier et Supprimer.`,
      many: `${formatted} de contacts sélectionnés sont masqués par la recherche et exclus de Modifier et Supprimer.`,
      other: `${formatted} contacts sélectionnés sont masqués par la recherche et exclus de Modifier et Supprimer.`,
    }),
  dismiss: 'Fermer',
  contactsNoneHint: 'Ajoutez les personnes du client à notifier des événements liés aux équipements.',
  // Notification preferences
  notifications: 'Notifications',
  notificationChannels: 'Canaux',
  notificationEvents: 'Événements',
  notificationLanguage: 'Langue des messages',
  notificationOptOut: 'Désinscrit\u202f: ne rien envoyer', // review: « Désinscrit » for opt-out; Trackunit may say « Ne plus recevoir »
  notificationOptOutHint:
    'Les choix ci-dessus sont conservés et s’appliquent à nouveau si la désinscription est levée.',
  smsNeedsPhoneHint: 'Les SMS exigent un numéro de téléphone.',
  channelName: { email: 'E-mail', sms: 'SMS' },
  eventName: {
    service_due: 'Entretien à prévoir', // review: Trackunit's French word for a service reminder
    fault_code: 'Codes d’erreur', // review: « Codes défaut » in some workshops
    geofence_enter: 'Entrée de zone', // review: Trackunit may keep « Geofence »
    geofence_exit: 'Sortie de zone',
    out_of_hours_use: 'Utilisation hors horaires',
    low_battery: 'Batterie faible',
    tamper: 'Sabotage', // review: tamper alarm of the telematics unit
  },
  optedOut: 'Désinscrit',
  noChannel: 'Aucun canal',
  eventCount: (count) =>
    plural('fr', count, {
      one: `${count} événement`,
      many: `${count} d’événements`,
      other: `${count} événements`,
    }),
  notifiedAbout: (channels, events) => `Par ${channels}\u202f: ${events}`,
  nothingChosen: 'rien',
  notifySelected: 'Notifications…',
  notifySelectedTitle: (count, formatted) =>
    plural('fr', count, {
      one: `Notifications pour ${formatted} contact`,
      many: `Notifications pour ${formatted} de contacts`,
      other: `Notifications pour ${formatted} contacts`,
    }),
  notifyChange: 'Modifier',
  notifyAdd: 'Activer',
  notifyRemove: 'Désactiver',
  notifyWhat: 'Événement ou canal',
  notifyApply: 'Appliquer',
  notifyOptOut: 'Désinscrire',
  notifyOptIn: 'Lever la désinscription',
  notifyDone: (count) =>
    plural('fr', count, {
      one: `Notifications modifiées pour ${count} contact.`,
      many: `Notifications modifiées pour ${count} de contacts.`,
      other: `Notifications modifiées pour ${count} contacts.`,
    }),
  notifyFailed: (name, reason) => `${name}\u202f: ${reason}`,
  whoIsTold: 'Qui est notifié',
  whoIsToldEvent: 'Quand une machine signale',
  whoIsToldNone: 'Personne n’est notifié de cet événement.',
  whoIsToldCount: (count) =>
    plural('fr', count, {
      one: `${count} contact est notifié.`,
      many: `${count} de contacts sont notifiés.`,
      other: `${count} contacts sont notifiés.`,
    }),
  whoIsToldFailed: 'Impossible de charger qui est notifié.',
  notifyNotChanged: (count) =>
    plural('fr', count, {
      one: `${count} contact n’a pas été modifié\u202f:`,
      many: `${count} de contacts n’ont pas été modifiés\u202f:`,
      other: `${count} contacts n’ont pas été modifiés\u202f:`,
    }),
};
export default fr;

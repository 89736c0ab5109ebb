import type { assignerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/**
 * The equipment-assigner in French. Trackunit's French articles count equipment as « équipements » (masculine)
 * and speak of « affectation » for an assignment.
 */
const fr: typeof assignerEn = {
  equipmentTitle: 'Équipements',
  assignEquipment: 'Affecter des équipements',
  selectEquipment: 'Sélectionner des équipements',
  unassignEquipment: 'Désaffecter', // review: the help article has no word for unassign; « Retirer l’affectation » is longer
  unitCount: (count, formatted) =>
    plural('fr', count, {
      one: `${formatted} équipement`,
      many: `${formatted} d’équipements`,
      other: `${formatted} équipements`,
    }),
  unitMatches: (count, formatted) =>
    plural('fr', count, {
      one: `${formatted} équipement correspondant`,
      many: `${formatted} d’équipements correspondants`,
      other: `${formatted} équipements correspondants`,
    }),
  assignedEquipment: 'Équipements affectés',
  fleetEquipment: 'Équipements de la flotte',
  searchEquipment: 'Rechercher',
  searchFleet: 'Rechercher dans la flotte',
  searchEquipmentHint: 'Nom, numéro de série ou référence externe',
  equipmentSortBy: 'Trier par',
  equipmentSorts: {
    name: 'Nom (A–Z)',
    '-name': 'Nom (Z–A)',
    brand: 'Marque (A–Z)',
    type: 'Type (A–Z)',
    serialNumber: 'Numéro de série',
    '-operatingHours': 'Le plus d’heures',
    operatingHours: 'Le moins d’heures',
    '-lastSeenAt': 'Vu en dernier, récent d’abord',
    lastSeenAt: 'Vu en dernier, ancien d’abord',
  },
  colName: 'Nom',
  colBrandModel: 'Marque et modèle',
  colType: 'Type',
  colSerial: 'N° de série',
  colHours: 'Heures de fonctionnement', // review: « Heures moteur » is shorter but only fits engines
  colLastSeen: 'Vu en dernier', // review: Trackunit may use « Dernier signal » or « Dernière activité »
  colAssignment: 'Affecté à',
  hoursValue: (formatted) => `${formatted}\u00a0h`,
  neverSeen: 'Jamais',
  assetTypes: {
    MACHINE: 'Machine',
    VEHICLE: 'Véhicule',
    EQUIPMENT: 'Équipement',
    TOOL: 'Outil',
    ATTACHMENT: 'Accessoire', // review: attachments on a carrier machine; « Équipement interchangeable » in some catalogues
    GATEWAY: 'Passerelle', // review: Trackunit may keep « Gateway »
    OTHER: 'Autre',
  },
  assetTypeFilter: 'Type d’équipement',
  allAssetTypes: 'Tous les types',
  brandFilter: 'Marque',
  allBrands: 'Toutes les marques',
  assignmentFilter: 'Affectation',
  assignmentFilters: {
    any: 'Tous les équipements',
    none: 'Non affectés',
    other: 'Affectés à un autre client',
  },
  facetOption: (label, count) => `${label} (${count})`,
  alreadyHere: 'Déjà affecté ici',
  equipmentKeys:
    'Les flèches déplacent, Espace sélectionne, Maj avec les flèches sélectionne une plage, Ctrl+A sélectionne tout.',
  equipmentKeysReadOnly: 'Utilisez les flèches pour parcourir la liste.',
  selectAllUnits: 'Tout sélectionner',
  clearSelection: 'Effacer la sélection',
  noCustomer: 'Aucun client choisi\u202f: définissez l’attribut customer-id.',
  noEquipmentAssigned: 'Aucun équipement n’est encore affecté à ce client.',
  noEquipmentMatches: 'Aucun équipement ne correspond à la recherche et aux filtres.',
  equipmentLoadFailed: 'Impossible de charger les équipements.',
  equipmentReadOnly:
    'Seuls les administrateurs et les administrateurs de flotte peuvent affecter et désaffecter des équipements.',
  selectingUnits: 'Sélection…',
  unassignTitle: (count, formatted) =>
    plural('fr', count, {
      one: `Désaffecter ${formatted} équipement\u202f?`,
      many: `Désaffecter ${formatted} d’équipements\u202f?`,
      other: `Désaffecter ${formatted} équipements\u202f?`,
    }),
  unassignBody: 'La sélection ne sera plus affectée à ce client, mais restera dans la flotte.',
  unassigning: 'Désaffectation…',
  unassignedDone: (count, formatted) =>
    plural('fr', count, {
      one: `${formatted} équipement désaffecté.`,
      many: `${formatted} d’équipements désaffectés.`,
      other: `${formatted} équipements désaffectés.`,
    }),
  unassignFailed: 'Les équipements n’ont pas été désaffectés.',
  selectionKept: 'Votre sélection est conservée\u202f: Réessayer la renvoie.',
  // Only formatted numbers arrive here, so the sentence is built not to agree with them.
  partialDone: (applied, remaining) =>
    `Traités avant l’erreur\u202f: ${applied}. Non traités et toujours sélectionnés\u202f: ${remaining}.`,
  notChanged: (count, formatted) =>
    plural('fr', count, {
      one: `${formatted} équipement n’a pas été modifié\u202f:`,
      many: `${formatted} d’équipements n’ont pas été modifiés\u202f:`,
      other: `${formatted} équipements n’ont pas été modifiés\u202f:`,
    }),
  skipReasons: {
    not_found: 'n’existe plus',
    already_assigned: 'était déjà affecté à ce client',
    not_assigned: 'n’était pas affecté à ce client',
  },
  skipReasonOther: 'n’a pas été modifié',
  skippedUnit: (name, reason) => `${name}\u202f: ${reason}`,
  moreUnits: (formatted) => `et ${formatted} de plus`,
  dismiss: 'Fermer',
  reviewSelection: 'Vérifier la sélection',
  backToFleet: 'Retour à tous les équipements',
  reviewHint: 'Décochez les équipements à exclure.',
  selectedEquipment: 'Équipements sélectionnés',
  nothingSelected: 'Aucun équipement sélectionné pour l’instant.',
  assigningProgress: (done, total) => `Affectation de ${done} sur ${total}…`,
  assignedDone: (count, formatted) =>
    plural('fr', count, {
      one: `${formatted} équipement affecté.`,
      many: `${formatted} d’équipements affectés.`,
      other: `${formatted} équipements affectés.`,
    }),
  assignFailed: 'Les équipements n’ont pas été affectés.',
  moveTitle: (count, formatted) =>
    plural('fr', count, {
      one: `Déplacer ${formatted} équipement d’un autre client\u202f?`,
      many: `Déplacer ${formatted} d’équipements d’autres clients\u202f?`,
      other: `Déplacer ${formatted} équipements d’autres clients\u202f?`,
    }),
  moveBody: (owners) => `Actuellement affectés à ${owners}. Les déplacer ici les retire de leur client actuel.`,
  moveConfirm: 'Déplacer ici',
  moveSkip: 'Affecter seulement les autres',
  conflictsFound: 'Entre-temps, certains équipements ont été affectés à d’autres clients.',
  discardTitle: 'Abandonner votre sélection\u202f?',
  discardBody: (count, formatted) =>
    plural('fr', count, {
      one: `${formatted} équipement est sélectionné. Il ne sera pas affecté.`,
      many: `${formatted} d’équipements sont sélectionnés. Ils ne seront pas affectés.`,
      other: `${formatted} équipements sont sélectionnés. Ils ne seront pas affectés.`,
    }),
  discard: 'Abandonner',
  keepSelecting: 'Continuer la sélection',
  equipmentViews: 'Vues des équipements',
  tabAssigned: 'Affectés',
  tabHistory: 'Historique',
  historyUnit: 'Équipement',
  historyAllUnits: 'Tous les équipements',
  historyAssigned: (unit, to) => `${unit} affecté à ${to}`,
  historyUnassigned: (unit, from) => `${unit} désaffecté de ${from}`,
  historyMoved: (unit, from, to) => `${unit} déplacé de ${from} vers ${to}`,
  historyCustomerDeleted: (unit, from) => `${unit} désaffecté\u202f: ${from} a été supprimé`,
  historyChanged: (unit) => `${unit} modifié`,
  historyBy: (name) => `par ${name}`,
  historyCount: (count, formatted) =>
    plural('fr', count, {
      one: `${formatted} modification`,
      many: `${formatted} de modifications`,
      other: `${formatted} modifications`,
    }),
  historyEmpty: 'Aucun équipement n’a encore été affecté à ce client ni désaffecté de celui-ci.',
  historyEmptyUnit: 'Aucune modification pour cet équipement.',
  historyShowMore: 'Afficher plus',
  historyLoadFailed: 'Impossible de charger l’historique.',
  historyMoreShown: (count, formatted) =>
    plural('fr', count, {
      one: `${formatted} modification de plus affichée.`,
      many: `${formatted} de modifications de plus affichées.`,
      other: `${formatted} modifications de plus affichées.`,
    }),
  lastAssigned: (name, date) => `Dernière\u202f: ${name}, ${date}`, // review: « Dernière affectation » is clearer but longer
};
export default fr;

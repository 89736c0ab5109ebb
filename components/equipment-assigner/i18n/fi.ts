import type { assignerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/**
 * The equipment-assigner in Finnish: Kalusto, Liitä kalustoa, Valitse kalusto, Poista liitos. One unit is
 * "laite"; after a numeral it takes the partitive ("5 laitetta") or, with "liitos", the genitive.
 */
const fi: typeof assignerEn = {
  equipmentTitle: 'Kalusto',
  assignEquipment: 'Liitä kalustoa', // review: "assign"; "liittää" (attach to a customer) or "kohdistaa"
  selectEquipment: 'Valitse kalusto',
  unassignEquipment: 'Poista liitos', // review: pairs with "Liitä"; or "Poista kohdistus"
  unitCount: (count, formatted) => plural('fi', count, { one: '1 laite', other: `${formatted} laitetta` }),
  unitMatches: (count, formatted) =>
    plural('fi', count, { one: '1 vastaava laite', other: `${formatted} vastaavaa laitetta` }),
  assignedEquipment: 'Liitetty kalusto',
  fleetEquipment: 'Koko kalusto',
  searchEquipment: 'Hae',
  searchFleet: 'Hae kalustosta',
  searchEquipmentHint: 'Nimi, sarjanumero tai ulkoinen viite',
  equipmentSortBy: 'Järjestä',
  equipmentSorts: {
    name: 'Nimi (A–Ö)',
    '-name': 'Nimi (Ö–A)',
    brand: 'Merkki (A–Ö)',
    type: 'Tyyppi (A–Ö)',
    serialNumber: 'Sarjanumero',
    '-operatingHours': 'Eniten käyttötunteja',
    operatingHours: 'Vähiten käyttötunteja',
    '-lastSeenAt': 'Viimeksi nähty, uusin ensin',
    lastSeenAt: 'Viimeksi nähty, vanhin ensin',
  },
  colName: 'Nimi',
  colBrandModel: 'Merkki ja malli',
  colType: 'Tyyppi',
  colSerial: 'Sarjanumero',
  colHours: 'Käyttötunnit',
  colLastSeen: 'Viimeksi nähty', // review: Trackunit's Finnish for "last seen"
  colAssignment: 'Asiakas', // review: "Assigned to" as a short header; "Liitetty asiakkaaseen" is too wide at 320 px
  hoursValue: (formatted) => `${formatted} h`,
  neverSeen: 'Ei koskaan',
  assetTypes: {
    MACHINE: 'Kone',
    VEHICLE: 'Ajoneuvo',
    EQUIPMENT: 'Laite', // review: the asset type "Equipment"; the same word as one unit ("laite")
    TOOL: 'Työkalu',
    ATTACHMENT: 'Lisälaite',
    GATEWAY: 'Gateway',
    OTHER: 'Muu',
  },
  assetTypeFilter: 'Laitetyyppi',
  allAssetTypes: 'Kaikki laitetyypit',
  brandFilter: 'Merkki',
  allBrands: 'Kaikki merkit',
  assignmentFilter: 'Liitos',
  assignmentFilters: {
    any: 'Kaikki laitteet',
    none: 'Ei liitetty',
    other: 'Liitetty toiseen asiakkaaseen',
  },
  facetOption: (label, count) => `${label} (${count})`,
  alreadyHere: 'Jo liitetty tähän',
  equipmentKeys:
    'Nuolinäppäimet siirtävät, välilyönti valitsee, Vaihto ja nuolet valitsevat alueen, Ctrl+A valitsee kaikki.',
  equipmentKeysReadOnly: 'Liiku luettelossa nuolinäppäimillä.',
  selectAllUnits: 'Valitse kaikki',
  clearSelection: 'Tyhjennä valinta',
  noCustomer: 'Asiakasta ei ole valittu: aseta customer-id-attribuutti.',
  noEquipmentAssigned: 'Tähän asiakkaaseen ei ole vielä liitetty kalustoa.',
  noEquipmentMatches: 'Haulla ja suodattimilla ei löytynyt kalustoa.',
  equipmentLoadFailed: 'Kalustoa ei voitu ladata.',
  equipmentReadOnly: 'Vain pääkäyttäjät ja kaluston pääkäyttäjät voivat liittää kalustoa ja poistaa liitoksia.',
  selectingUnits: 'Valitaan…',
  unassignTitle: (count, formatted) =>
    plural('fi', count, {
      one: 'Poistetaanko 1 laitteen liitos?',
      other: `Poistetaanko ${formatted} laitteen liitokset?`,
    }),
  unassignBody: 'Niitä ei enää ole liitetty tähän asiakkaaseen, mutta ne jäävät kalustoon.',
  unassigning: 'Poistetaan liitoksia…',
  unassignedDone: (count, formatted) =>
    plural('fi', count, { one: '1 laitteen liitos poistettu.', other: `${formatted} laitteen liitokset poistettu.` }),
  unassignFailed: 'Kaluston liitoksia ei poistettu.',
  selectionKept: 'Valintasi säilyy: Yritä uudelleen -painike lähettää sen uudestaan.',
  // A numeral subject takes a singular verb in Finnish, so bare formatted numbers read right.
  partialDone: (applied, remaining) =>
    `Ennen virhettä valmistui ${applied}; ${remaining} jäi tekemättä ja on yhä valittuna.`,
  notChanged: (count, formatted) =>
    plural('fi', count, { one: '1 laitetta ei muutettu:', other: `${formatted} laitetta ei muutettu:` }),
  skipReasons: {
    not_found: 'ei ole enää olemassa',
    already_assigned: 'oli jo liitetty tähän asiakkaaseen',
    not_assigned: 'ei ollut liitetty tähän asiakkaaseen',
  },
  skipReasonOther: 'ei muuttunut',
  skippedUnit: (name, reason) => `${name}: ${reason}`,
  moreUnits: (formatted) => `ja ${formatted} muuta`,
  dismiss: 'Piilota',
  reviewSelection: 'Tarkista valinta',
  backToFleet: 'Takaisin koko kalustoon',
  reviewHint: 'Poista valinta laitteista, joita et halua mukaan.',
  selectedEquipment: 'Valittu kalusto',
  nothingSelected: 'Kalustoa ei ole vielä valittu.',
  assigningProgress: (done, total) => `Liitetään ${done}/${total}…`,
  assignedDone: (count, formatted) =>
    plural('fi', count, { one: '1 laite liitetty.', other: `${formatted} laitetta liitetty.` }),
  assignFailed: 'Kalustoa ei liitetty.',
  moveTitle: (count, formatted) =>
    plural('fi', count, {
      one: 'Siirretäänkö 1 laite toiselta asiakkaalta?',
      other: `Siirretäänkö ${formatted} laitetta muilta asiakkailta?`,
    }),
  moveBody: (owners) => `Nykyinen asiakas: ${owners}. Siirto poistaa laitteet nykyiseltä asiakkaalta.`,
  moveConfirm: 'Siirrä tähän',
  moveSkip: 'Liitä vain muut',
  conflictsFound: 'Osa laitteista on sillä välin liitetty muihin asiakkaisiin.',
  discardTitle: 'Hylätäänkö valinta?',
  discardBody: (count, formatted) =>
    plural('fi', count, {
      one: '1 laite on valittuna. Sitä ei liitetä.',
      other: `${formatted} laitetta on valittuna. Niitä ei liitetä.`,
    }),
  discard: 'Hylkää',
  keepSelecting: 'Jatka valitsemista',
  equipmentViews: 'Kalustonäkymät',
  tabAssigned: 'Liitetty',
  tabHistory: 'Historia',
  historyUnit: 'Laite',
  historyAllUnits: 'Kaikki laitteet',
  historyAssigned: (unit, to) => `${unit} liitettiin asiakkaaseen ${to}`,
  historyUnassigned: (unit, from) => `${unit}: liitos asiakkaaseen ${from} poistettiin`,
  historyMoved: (unit, from, to) => `${unit} siirrettiin asiakkaalta ${from} asiakkaalle ${to}`,
  historyCustomerDeleted: (unit, from) => `${unit}: liitos poistettiin, asiakas ${from} poistettiin`,
  historyChanged: (unit) => `${unit} muuttui`,
  historyBy: (name) => `tekijä: ${name}`, // review: "by <name>" without inflecting the name
  historyCount: (count, formatted) => plural('fi', count, { one: '1 muutos', other: `${formatted} muutosta` }),
  historyEmpty: 'Tähän asiakkaaseen ei ole vielä liitetty kalustoa eikä liitoksia ole poistettu.',
  historyEmptyUnit: 'Tällä laitteella ei ole muutoksia.',
  historyShowMore: 'Näytä lisää',
  historyLoadFailed: 'Historiaa ei voitu ladata.',
  historyMoreShown: (count, formatted) =>
    plural('fi', count, { one: 'Näytetään 1 muutos lisää.', other: `Näytetään ${formatted} muutosta lisää.` }),
  lastAssigned: (name, date) => `Viimeksi: ${name}, ${date}`,
};
export default fi;

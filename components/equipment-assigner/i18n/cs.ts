import type { assignerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/**
 * The equipment-assigner in Czech (Zařízení, Přiřadit zařízení, Vybrat zařízení, Zrušit přiřazení). A counted unit
 * is a "jednotka" (1 jednotka, 2 jednotky, 5 jednotek).
 */
const cs: typeof assignerEn = {
  equipmentTitle: 'Zařízení',
  assignEquipment: 'Přiřadit zařízení',
  selectEquipment: 'Vybrat zařízení',
  unassignEquipment: 'Zrušit přiřazení',
  unitCount: (count, formatted) =>
    plural('cs', count, {
      one: `${formatted} jednotka`, // review: "jednotka" for a counted equipment unit (vs "kus")
      few: `${formatted} jednotky`,
      many: `${formatted} jednotky`,
      other: `${formatted} jednotek`,
    }),
  unitMatches: (count, formatted) =>
    plural('cs', count, {
      one: `${formatted} odpovídající jednotka`,
      few: `${formatted} odpovídající jednotky`,
      many: `${formatted} odpovídající jednotky`,
      other: `${formatted} odpovídajících jednotek`,
    }),
  assignedEquipment: 'Přiřazená zařízení',
  fleetEquipment: 'Zařízení ve flotile',
  searchEquipment: 'Hledat',
  searchFleet: 'Hledat ve flotile',
  searchEquipmentHint: 'Název, sériové číslo nebo externí ID',
  equipmentSortBy: 'Seřadit podle',
  equipmentSorts: {
    name: 'Název (A–Z)',
    '-name': 'Název (Z–A)',
    brand: 'Značka (A–Z)',
    type: 'Typ (A–Z)',
    serialNumber: 'Sériové číslo',
    '-operatingHours': 'Nejvíce motohodin',
    operatingHours: 'Nejméně motohodin',
    '-lastSeenAt': 'Naposledy viděno, nejnovější první',
    lastSeenAt: 'Naposledy viděno, nejstarší první',
  },
  colName: 'Název',
  colBrandModel: 'Značka a model',
  colType: 'Typ',
  colSerial: 'Sériové číslo',
  colHours: 'Motohodiny',
  colLastSeen: 'Naposledy viděno', // review: Trackunit's Czech word for "Last seen" (last report of the unit)
  colAssignment: 'Přiřazení',
  hoursValue: (formatted) => `${formatted} mth`, // review: "mth" (motohodiny) vs "h"
  neverSeen: 'Nikdy',
  assetTypes: {
    MACHINE: 'Stroj',
    VEHICLE: 'Vozidlo',
    EQUIPMENT: 'Zařízení',
    TOOL: 'Nářadí',
    ATTACHMENT: 'Přídavné zařízení',
    GATEWAY: 'Brána', // review: "Brána" for a telematics gateway; the trade may keep "Gateway"
    OTHER: 'Jiný',
  },
  assetTypeFilter: 'Typ zařízení', // review: no settled Czech word for "asset"; "Typ zařízení" reuses the equipment term
  allAssetTypes: 'Všechny typy zařízení',
  brandFilter: 'Značka',
  allBrands: 'Všechny značky',
  assignmentFilter: 'Přiřazení',
  assignmentFilters: {
    any: 'Všechny jednotky',
    none: 'Nepřiřazené',
    other: 'Přiřazené jinému zákazníkovi',
  },
  facetOption: (label, count) => `${label} (${count})`,
  alreadyHere: 'Už přiřazeno zde',
  equipmentKeys: 'Šipky posouvají, mezerník vybírá, Shift se šipkami vybírá rozsah, Ctrl+A vybere vše.',
  equipmentKeysReadOnly: 'Seznamem se pohybujte šipkami.',
  selectAllUnits: 'Vybrat vše',
  clearSelection: 'Zrušit výběr',
  noCustomer: 'Není vybrán zákazník: nastavte atribut customer-id.',
  noEquipmentAssigned: 'K tomuto zákazníkovi zatím není přiřazeno žádné zařízení.',
  noEquipmentMatches: 'Hledání a filtrům neodpovídá žádné zařízení.',
  equipmentLoadFailed: 'Zařízení se nepodařilo načíst.',
  equipmentReadOnly:
    'Zařízení mohou přiřazovat a rušit jejich přiřazení pouze administrátoři a administrátoři flotily.',
  selectingUnits: 'Vybírání…',
  unassignTitle: (count, formatted) =>
    plural('cs', count, {
      one: `Zrušit přiřazení ${formatted} jednotky?`,
      few: `Zrušit přiřazení ${formatted} jednotek?`,
      many: `Zrušit přiřazení ${formatted} jednotky?`,
      other: `Zrušit přiřazení ${formatted} jednotek?`,
    }),
  unassignBody: 'Zařízení už nebude přiřazeno tomuto zákazníkovi, ale zůstane ve flotile.',
  unassigning: 'Rušení přiřazení…',
  unassignedDone: (count, formatted) =>
    plural('cs', count, {
      one: `Přiřazení zrušeno u ${formatted} jednotky.`,
      few: `Přiřazení zrušeno u ${formatted} jednotek.`,
      many: `Přiřazení zrušeno u ${formatted} jednotky.`,
      other: `Přiřazení zrušeno u ${formatted} jednotek.`,
    }),
  unassignFailed: 'Přiřazení zařízení se nepodařilo zrušit.',
  selectionKept: 'Výběr zůstal zachován: Zkusit znovu ho odešle ještě jednou.',
  // Only formatted numbers arrive here, so the wording puts them after a colon or in brackets, with no noun to agree.
  partialDone: (applied, remaining) =>
    `Před chybou bylo dokončeno: ${applied}. Zbývající (${remaining}) dokončeny nebyly a zůstávají vybrané.`,
  notChanged: (count, formatted) =>
    plural('cs', count, {
      one: `${formatted} jednotka nebyla změněna:`,
      few: `${formatted} jednotky nebyly změněny:`,
      many: `${formatted} jednotky nebylo změněno:`,
      other: `${formatted} jednotek nebylo změněno:`,
    }),
  // After "Name: ": worded without a verb that would agree with the unit's gender.
  skipReasons: {
    not_found: 'už neexistuje',
    already_assigned: 'přiřazení k tomuto zákazníkovi už existovalo',
    not_assigned: 'bez přiřazení k tomuto zákazníkovi',
  },
  skipReasonOther: 'beze změny',
  skippedUnit: (name, reason) => `${name}: ${reason}`,
  moreUnits: (formatted) => `a ještě ${formatted}`,
  dismiss: 'Zavřít',
  reviewSelection: 'Zkontrolovat výběr',
  backToFleet: 'Zpět na všechna zařízení',
  reviewHint: 'Zrušte zaškrtnutí jednotek, které chcete vynechat.',
  selectedEquipment: 'Vybraná zařízení',
  nothingSelected: 'Zatím není vybráno žádné zařízení.',
  assigningProgress: (done, total) => `Přiřazování: ${done} z ${total}…`,
  assignedDone: (count, formatted) =>
    plural('cs', count, {
      one: `Přiřazena ${formatted} jednotka.`,
      few: `Přiřazeny ${formatted} jednotky.`,
      many: `Přiřazeno ${formatted} jednotky.`,
      other: `Přiřazeno ${formatted} jednotek.`,
    }),
  assignFailed: 'Zařízení se nepodařilo přiřadit.',
  moveTitle: (count, formatted) =>
    plural('cs', count, {
      one: `Přesunout ${formatted} jednotku od jiného zákazníka?`,
      few: `Přesunout ${formatted} jednotky od jiných zákazníků?`,
      many: `Přesunout ${formatted} jednotky od jiných zákazníků?`,
      other: `Přesunout ${formatted} jednotek od jiných zákazníků?`,
    }),
  moveBody: (owners) => `Současné přiřazení: ${owners}. Přesunem sem se zruší přiřazení k dosavadnímu zákazníkovi.`,
  moveConfirm: 'Přesunout sem',
  moveSkip: 'Přiřadit jen ostatní',
  conflictsFound: 'Některé jednotky byly mezitím přiřazeny jiným zákazníkům.',
  discardTitle: 'Zahodit výběr?',
  discardBody: (count, formatted) =>
    plural('cs', count, {
      one: `Je vybrána ${formatted} jednotka. Nebude přiřazena.`,
      few: `Jsou vybrány ${formatted} jednotky. Nebudou přiřazeny.`,
      many: `Je vybráno ${formatted} jednotky. Nebudou přiřazeny.`,
      other: `Je vybráno ${formatted} jednotek. Nebudou přiřazeny.`,
    }),
  discard: 'Zahodit',
  keepSelecting: 'Pokračovat ve výběru',
  equipmentViews: 'Zobrazení zařízení',
  tabAssigned: 'Přiřazené',
  tabHistory: 'Historie',
  historyUnit: 'Jednotka',
  historyAllUnits: 'Všechny jednotky',
  // Unit and customer names stay in the nominative: each follows a colon or an arrow, with no verb to agree.
  historyAssigned: (unit, to) => `${unit}: přiřazeno k: ${to}`,
  historyUnassigned: (unit, from) => `${unit}: zrušeno přiřazení k: ${from}`,
  historyMoved: (unit, from, to) => `${unit}: přesunuto (${from} → ${to})`,
  historyCustomerDeleted: (unit, from) => `${unit}: přiřazení zrušeno, zákazník ${from} byl smazán`,
  historyChanged: (unit) => `${unit}: změněno`,
  historyBy: (name) => `provedl(a): ${name}`, // review: gender-neutral "who did it" ("provedl(a)" vs "uživatel")
  historyCount: (count, formatted) =>
    plural('cs', count, {
      one: `${formatted} změna`,
      few: `${formatted} změny`,
      many: `${formatted} změny`,
      other: `${formatted} změn`,
    }),
  historyEmpty: 'K tomuto zákazníkovi zatím nebylo přiřazeno ani od něj odebráno žádné zařízení.',
  historyEmptyUnit: 'U této jednotky nejsou žádné změny.',
  historyShowMore: 'Zobrazit další',
  historyLoadFailed: 'Historii se nepodařilo načíst.',
  historyMoreShown: (count, formatted) =>
    plural('cs', count, {
      one: `Zobrazena ${formatted} další změna.`,
      few: `Zobrazeny ${formatted} další změny.`,
      many: `Zobrazeno ${formatted} další změny.`,
      other: `Zobrazeno ${formatted} dalších změn.`,
    }),
  lastAssigned: (name, date) => `Naposledy: ${name}, ${date}`,
};
export default cs;

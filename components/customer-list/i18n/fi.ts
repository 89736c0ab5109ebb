import type { customerListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The customer list in Finnish: Asiakkaat, Luo asiakas. */
const fi: typeof customerListEn = {
  customers: 'Asiakkaat',
  customerCount: (count, formatted) => plural('fi', count, { one: '1 asiakas', other: `${formatted} asiakasta` }),
  customerMatches: (count, formatted) =>
    plural('fi', count, { one: '1 vastaava asiakas', other: `${formatted} vastaavaa asiakasta` }),
  createCustomer: 'Luo asiakas',
  searchCustomers: 'Hae asiakkaita',
  searchCustomersHint: 'Nimi, ulkoinen viite, sähköposti tai paikkakunta.',
  typeFilter: 'Asiakassuhde',
  allTypes: 'Kaikki tyypit',
  typesChosen: (count) => plural('fi', count, { one: '1 tyyppi', other: `${count} tyyppiä` }),
  sortBy: 'Järjestä',
  sortOptions: {
    name: 'Nimi (A–Ö)',
    '-name': 'Nimi (Ö–A)',
    type: 'Asiakassuhde',
    '-type': 'Asiakassuhde, käänteinen',
    contactCount: 'Vähiten yhteyshenkilöitä',
    '-contactCount': 'Eniten yhteyshenkilöitä',
    equipmentCount: 'Vähiten kalustoa',
    '-equipmentCount': 'Eniten kalustoa',
    updatedAt: 'Muutettu (vanhin ensin)',
    '-updatedAt': 'Muutettu (uusin ensin)',
  },
  colName: 'Nimi',
  colType: 'Asiakassuhde',
  colPlace: 'Paikkakunta ja maa',
  colContacts: 'Yhteyshenkilöt',
  colEquipment: 'Kalusto',
  colUpdated: 'Muutettu',
  noCustomers: 'Asiakkaita ei ole vielä.',
  nothingMatches: (search) => `Haulla ”${search}” ei löytynyt mitään.`,
  nothingOfTypes: 'Valituilla asiakassuhteilla ei ole asiakkaita.',
  clearFilters: 'Tyhjennä haku ja suodattimet',
  customersLoadFailed: 'Asiakkaita ei voitu ladata.',
  listKeys: 'Nuolinäppäimet, Home, End, Page Up ja Page Down siirtävät; Enter tai välilyönti avaa asiakkaan.',
  exportAction: 'Vie',
  exportTitle: 'Vie asiakkaat',
  exportScope: (count, formatted, filtered) =>
    filtered
      ? plural('fi', count, {
          one: 'Haun ja suodattimien mukainen 1 asiakas CSV-tiedostona (UTF-8).',
          other: `Haun ja suodattimien mukaiset ${formatted} asiakasta CSV-tiedostona (UTF-8).`,
        })
      : plural('fi', count, {
          one: '1 asiakas CSV-tiedostona (UTF-8).',
          other: `Kaikki ${formatted} asiakasta CSV-tiedostona (UTF-8).`,
        }),
  exportSeparator: 'Erotin',
  exportSeparatorHint: 'Excel odottaa puolipistettä, kun desimaalierottimena on pilkku, kuten suomessa.',
  exportSemicolon: 'Puolipiste (;)',
  exportComma: 'Pilkku (,)',
  exportWithContacts: 'Rivi kullekin yhteyshenkilölle',
  exportWithContactsHint: 'Lisää yhteyshenkilösarakkeet; asiakas, jolla ei ole yhteyshenkilöitä, saa yhden rivin.',
  exportStart: 'Vie',
  exportRunning: 'Viedään asiakkaita',
  exportProgress: (done, total) => `${done}/${total} asiakasta`,
  exportCancel: 'Peruuta vienti',
  exportCancelled: 'Vienti peruutettiin. Mitään ei ladattu.',
  exportDone: (count, formatted) =>
    plural('fi', count, { one: 'Vietiin 1 asiakas.', other: `Vietiin ${formatted} asiakasta.` }),
  exportFailed: 'Vienti epäonnistui.',
  exportTemplate: 'Lataa tuontipohja',
  exportTemplateHint: 'Tuo asiakkaita täyttämällä pohja: siinä on samat sarakkeet.',
  exportFileName: 'asiakkaat',
};
export default fi;

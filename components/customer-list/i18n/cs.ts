import type { customerListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-list>` in Czech (Zákazníci, Vytvořit zákazníka). */
const cs: typeof customerListEn = {
  customers: 'Zákazníci',
  customerCount: (count, formatted) =>
    plural('cs', count, {
      one: `${formatted} zákazník`,
      few: `${formatted} zákazníci`,
      many: `${formatted} zákazníka`,
      other: `${formatted} zákazníků`,
    }),
  customerMatches: (count, formatted) =>
    plural('cs', count, {
      one: `${formatted} odpovídající zákazník`,
      few: `${formatted} odpovídající zákazníci`,
      many: `${formatted} odpovídajícího zákazníka`,
      other: `${formatted} odpovídajících zákazníků`,
    }),
  createCustomer: 'Vytvořit zákazníka',
  searchCustomers: 'Hledat zákazníky',
  searchCustomersHint: 'Název, externí ID, e-mail nebo město.',
  typeFilter: 'Typ vztahu',
  allTypes: 'Všechny typy',
  typesChosen: (count) =>
    plural('cs', count, {
      one: `${count} typ`,
      few: `${count} typy`,
      many: `${count} typu`,
      other: `${count} typů`,
    }),
  sortBy: 'Seřadit podle',
  sortOptions: {
    name: 'Název (A–Z)',
    '-name': 'Název (Z–A)',
    type: 'Typ vztahu',
    '-type': 'Typ vztahu, obráceně',
    contactCount: 'Nejméně kontaktů',
    '-contactCount': 'Nejvíce kontaktů',
    equipmentCount: 'Nejméně zařízení',
    '-equipmentCount': 'Nejvíce zařízení',
    updatedAt: 'Poslední změna (nejstarší první)',
    '-updatedAt': 'Poslední změna (nejnovější první)',
  },
  colName: 'Název',
  colType: 'Typ vztahu',
  colPlace: 'Město a země',
  colContacts: 'Kontakty',
  colEquipment: 'Zařízení',
  colUpdated: 'Poslední změna',
  noCustomers: 'Zatím tu nejsou žádní zákazníci.',
  nothingMatches: (search) => `Výrazu „${search}“ nic neodpovídá.`,
  nothingOfTypes: 'Žádný zákazník nemá vybrané typy vztahu.',
  clearFilters: 'Vymazat hledání a filtry',
  customersLoadFailed: 'Zákazníky se nepodařilo načíst.',
  listKeys: 'Šipky, Home, End, Page Up a Page Down posouvají výběr; Enter nebo mezerník otevře zákazníka.',
};
export default cs;

import type { customerListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-list>` in Hungarian (Ügyfelek, Ügyfél létrehozása). */
const hu: typeof customerListEn = {
  customers: 'Ügyfelek',
  customerCount: (count, formatted) =>
    plural('hu', count, { one: `${formatted} ügyfél`, other: `${formatted} ügyfél` }),
  customerMatches: (count, formatted) =>
    plural('hu', count, { one: `${formatted} egyező ügyfél`, other: `${formatted} egyező ügyfél` }),
  createCustomer: 'Ügyfél létrehozása',
  searchCustomers: 'Ügyfelek keresése',
  searchCustomersHint: 'Név, külső azonosító, e-mail vagy település.',
  typeFilter: 'Kapcsolat típusa',
  allTypes: 'Minden típus',
  typesChosen: (count) => plural('hu', count, { one: `${count} típus`, other: `${count} típus` }),
  sortBy: 'Rendezés',
  sortOptions: {
    name: 'Név (A–Z)',
    '-name': 'Név (Z–A)',
    type: 'Kapcsolat típusa',
    '-type': 'Kapcsolat típusa, fordítva',
    contactCount: 'Legkevesebb kapcsolattartó',
    '-contactCount': 'Legtöbb kapcsolattartó',
    equipmentCount: 'Legkevesebb eszköz',
    '-equipmentCount': 'Legtöbb eszköz',
    updatedAt: 'Utolsó módosítás (legrégebbi elöl)',
    '-updatedAt': 'Utolsó módosítás (legújabb elöl)',
  },
  colName: 'Név',
  colType: 'Kapcsolat típusa',
  colPlace: 'Település és ország',
  colContacts: 'Kapcsolattartók',
  colEquipment: 'Eszközök',
  colUpdated: 'Utolsó módosítás',
  noCustomers: 'Még nincsenek ügyfelek.',
  nothingMatches: (search) => `Nincs találat erre: „${search}”.`,
  nothingOfTypes: 'Egy ügyfél sem tartozik a kiválasztott kapcsolattípusokba.',
  clearFilters: 'Keresés és szűrők törlése',
  customersLoadFailed: 'Nem sikerült betölteni az ügyfeleket.',
  listKeys:
    'A nyílbillentyűk, a Home, az End, a Page Up és a Page Down mozgat; az Enter vagy a Szóköz megnyitja az ügyfelet.',
  exportAction: 'Exportálás',
  exportTitle: 'Ügyfelek exportálása',
  exportScope: (count, formatted, filtered) =>
    filtered
      ? plural('hu', count, {
          one: `A keresésnek és a szűrőknek megfelelő ${formatted} ügyfél, CSV-fájlként (UTF-8).`,
          other: `A keresésnek és a szűrőknek megfelelő ${formatted} ügyfél, CSV-fájlként (UTF-8).`,
        })
      : count === 1
        ? 'Az 1 ügyfél, CSV-fájlként (UTF-8).'
        : `Mind a(z) ${formatted} ügyfél, CSV-fájlként (UTF-8).`,
  exportSeparator: 'Elválasztó',
  exportSeparatorHint: 'Az Excel pontosvesszőt vár, ha a számokban tizedesvessző van, mint a magyarban.',
  exportSemicolon: 'Pontosvessző (;)',
  exportComma: 'Vessző (,)',
  exportWithContacts: 'Kapcsolattartónként egy sor',
  exportWithContactsHint: 'Hozzáadja a kapcsolattartók oszlopait; a kapcsolattartó nélküli ügyfél egy sort kap.',
  exportStart: 'Exportálás',
  exportRunning: 'Ügyfelek exportálása',
  exportProgress: (done, total) => `${done} / ${total} ügyfél`,
  exportCancel: 'Exportálás megszakítása',
  exportCancelled: 'Az exportálás megszakadt. Semmi sem töltődött le.',
  exportDone: (count, formatted) =>
    plural('hu', count, { one: `${formatted} ügyfél exportálva.`, other: `${formatted} ügyfél exportálva.` }),
  exportFailed: 'Az exportálás nem sikerült.',
  exportTemplate: 'Importsablon letöltése',
  exportTemplateHint: 'Ügyfelek importálásához töltse ki a sablont: ugyanezek az oszlopai.',
  exportFileName: 'ugyfelek', // review: file name without accents ("ugyfelek") vs "ügyfelek"
};
export default hu;

import type { detailsEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The details element in Hungarian (Adatok, Szerkesztés, Mentés, Ügyfél törlése). Names follow a colon. */
const hu: typeof detailsEn = {
  details: 'Adatok',
  contactsLabel: 'Kapcsolattartók',
  equipmentLabel: 'Eszközök',
  createdAt: 'Létrehozva',
  updatedAt: 'Utolsó módosítás',
  changesSaved: 'A módosítások mentve.',
  noChanges: 'Semmi sem változott.',
  deleteCustomer: 'Ügyfél törlése',
  deleting: 'Törlés…',
  deleteTitle: (name) => `Törli az ügyfelet: ${name}?`,
  deleteConsequences: (name, equipment, contacts, format) =>
    `A következő ügyfél törlődik: ${name}. Ezzel megszűnik ${plural('hu', equipment, {
      one: `${format(equipment)} eszköz-hozzárendelés`,
      other: `${format(equipment)} eszköz-hozzárendelés`,
    })}, és törlődik ${plural('hu', contacts, {
      one: `${format(contacts)} kapcsolattartó`,
      other: `${format(contacts)} kapcsolattartó`,
    })}.${equipment ? ' Az eszközök hozzárendelés nélkül a flottában maradnak.' : ''} Ez a művelet nem vonható vissza.`,
  customerDeleted: (name) => `Ügyfél törölve: ${name}.`,
  deleteFailed: 'Az ügyfél törlése nem sikerült.',
  deleteStale:
    'Az ügyfél megváltozott a megjelenítése óta, ezért semmi sem lett törölve. Ellenőrizze, majd törölje újra.',
  customerNotFound: 'Az ügyfél nem található',
  customerNotFoundBody: 'Lehet, hogy valaki más törölte, vagy a hivatkozás elavult.',
  customerLoadFailed: 'Nem sikerült betölteni az ügyfelet.',
  noCustomerChosen: 'Nincs kiválasztva ügyfél.',
  conflictTitle: 'Valaki más módosította ezt az ügyfelet, amíg Ön szerkesztette',
  conflictBody:
    'Semmi sem lett mentve; a módosításai továbbra is az űrlapon vannak. Felülíráskor csak az Ön által módosított mezők cserélődnek.',
  conflictTheirs: 'Most mentett',
  conflictYours: 'Az Ön módosítása',
  conflictNotChangedByYou: 'Ön nem módosította',
  conflictReload: 'Az ő változatuk betöltése',
  conflictOverwrite: 'Felülírás a módosításaimmal',
  keptEditsTitle: 'Nem mentett módosításai',
  keptEditsBody: 'Az űrlap most a mentett változatot mutatja. Innen másolja ki, amire még szüksége van.',
};
export default hu;

import type { wizardEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The wizard in Hungarian (Ügyfél létrehozása, Cég, Kapcsolattartók, Áttekintés, Mentés). */
const hu: typeof wizardEn = {
  createCustomer: 'Ügyfél létrehozása',
  stepCompany: 'Cég',
  stepContacts: 'Kapcsolattartók',
  stepReview: 'Áttekintés',
  duplicateName: (names) => `Már létezik hasonló nevű ügyfél: ${names}.`,
  duplicateReference: (names) => `Egy másik ügyfélnek ez a külső azonosítója: ${names}.`,
  duplicateContinue: 'Ellenőrizze, hogy valóban új ügyfélről van-e szó. Ettől még folytathatja.',
  contactsIntro:
    'Adja hozzá az ügyfél azon munkatársait, akiket értesíteni kell az eszközökkel kapcsolatos eseményekről.',
  contactsEmpty:
    'Még nincs kapcsolattartó. Nem baj: kapcsolattartók nélkül is mentheti, és később is hozzáadhatja őket.',
  contactsLimit: (max) =>
    `Új ügyfél létrehozásakor legfeljebb ${plural('hu', max, {
      one: `${max} kapcsolattartó`,
      other: `${max} kapcsolattartó`,
    })} menthető.`,
  contactsTooMany: (max, over) =>
    `Új ügyfél létrehozásakor legfeljebb ${plural('hu', max, {
      one: `${max} kapcsolattartó`,
      other: `${max} kapcsolattartó`,
    })} menthető. Távolítson el ${plural('hu', over, {
      one: `${over} kapcsolattartót`,
      other: `${over} kapcsolattartót`,
    })}, vagy a többit mentés után adja hozzá.`,
  contactN: (position) => `${position}. kapcsolattartó`,
  removeContact: (position) => `${position}. kapcsolattartó eltávolítása`,
  contactAdded: (position) => `${position}. kapcsolattartó hozzáadva.`,
  contactRemoved: (position) => `${position}. kapcsolattartó eltávolítva.`,
  reviewIntro: 'Mentés előtt ellenőrizze az adatokat. A Szerkesztés gombbal visszatérhet egy lépéshez.',
  // The step's name stays quoted, so it takes no suffix: "„Cég” lépés szerkesztése".
  editStep: (step) => `„${step}” lépés szerkesztése`,
  noContacts: 'Nincs kapcsolattartó.',
  savingCustomer: 'Ügyfél mentése…',
  customerCreated: (name) => `Ügyfél létrehozva: ${name}.`,
  customerCreatedBody: 'Az ügyfél és kapcsolattartói mentve. Eszközt az ügyfél Eszközök lapján rendelhet hozzá.',
  createAnother: 'Újabb ügyfél létrehozása',
};
export default hu;

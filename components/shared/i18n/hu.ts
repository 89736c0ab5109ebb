import type { Strings } from './en.js';
import { plural } from '../plural.js';

/**
 * Hungarian. Terms: ügyfél, kapcsolattartó, eszköz (a machine: gép), flottaadminisztrátor; the formal "Ön", and
 * buttons as Hungarian software names actions (Mentés, Mégse, Szerkesztés). A noun after a number stays singular
 * (5 mező), so `one` and `other` read alike.
 */
const hu: Strings = {
  loading: 'Betöltés…',
  retry: 'Újra',
  cancel: 'Mégse',
  close: 'Bezárás',
  save: 'Mentés',
  saving: 'Mentés…',
  edit: 'Szerkesztés',
  next: 'Tovább',
  back: 'Vissza',
  remove: 'Eltávolítás',
  confirm: 'Megerősítés',
  optional: 'nem kötelező',
  notGiven: 'Nincs megadva',
  selectedCount: (count, formatted) =>
    plural('hu', count, { one: `${formatted} kijelölve`, other: `${formatted} kijelölve` }),
  selectionActions: 'Műveletek a kijelöltekkel',
  stepOf: (position, total) => `${position}/${total}. lépés`,
  progress: 'Folyamat',

  noClient: 'Nincs kapcsolat: adja meg a client tulajdonságot, vagy hívja meg a setDefaultClient() függvényt.',
  noPermissionCreate: 'Ügyfelet csak adminisztrátorok és flottaadminisztrátorok hozhatnak létre.', // review: "flottaadminisztrátor" for Trackunit's "fleet administrator"
  noPermissionChange: 'Ügyfelet csak adminisztrátorok és flottaadminisztrátorok módosíthatnak.',
  noPermissionTitle: 'Megtekintheti az ügyfeleket, de nem módosíthatja őket',
  userLoadFailed: 'Nem sikerült betölteni a jogosultságait.',

  errorNetwork: 'A kiszolgáló nem érhető el. Ellenőrizze a kapcsolatot, és próbálja újra.',
  errorTimeout: 'A kiszolgáló nem válaszolt időben. Próbálja újra.',
  errorRateLimited: (seconds) =>
    seconds
      ? `Túl sok kérés. Próbálja újra ${plural('hu', seconds, {
          one: `${seconds} másodperc`,
          other: `${seconds} másodperc`,
        })} múlva.`
      : 'Túl sok kérés. Próbálja újra egy kis idő múlva.',
  errorServer: 'Hiba történt a kiszolgálón. Próbálja újra egy kis idő múlva.',
  errorAuthentication: 'A munkamenet lejárt. Jelentkezzen be újra, majd próbálja újra.',
  errorNotFound: 'Ez a rekord már nem létezik.',
  errorConflict: 'Ez ütközik egy másik rekorddal.',
  errorStale: 'Időközben valaki más módosította. Töltse be újra a módosítások megtekintéséhez.',
  errorValidation: 'Néhány mezőt javítani kell.',
  errorUnknown: 'Hiba történt. Próbálja újra.',
  inputKept: 'Semmi sem veszett el abból, amit beírt.',

  violation: {
    required: 'Kötelező mező.',
    too_long: 'Ez túl hosszú.',
    too_many: 'Túl sok elem van.',
    invalid_email: 'Adjon meg érvényes e-mail-címet, pl. nev@example.com.',
    invalid_phone: 'Adjon meg telefonszámot országkóddal, pl. +36 20 123 4567, vagy előbb válassza ki az országot.',
    invalid_url: 'Adjon meg https:// vagy http:// kezdetű webcímet.',
    invalid_country: 'Válasszon országot a listából.',
    invalid_choice: 'Válasszon a lehetőségek közül.',
    unreachable: 'Adjon meg e-mail-címet vagy telefonszámot, hogy a kapcsolattartó értesíthető legyen.',
    sms_needs_phone: 'SMS-hez telefonszám szükséges: adjon meg egyet, vagy kapcsolja ki az SMS-t.',
    invalid: 'Ez az érték érvénytelen.',
    duplicate: 'Egy másik ügyfélnek már van ilyen külső azonosítója.',
  },
  tooLong: (max) => `Ez túl hosszú: legfeljebb ${max} karakter lehet.`,
  tooMany: (max) => `Túl sok elem van: legfeljebb ${max} lehet.`,
  fieldsNeedAttention: (count) =>
    plural('hu', count, { one: `${count} mezőt javítani kell.`, other: `${count} mezőt javítani kell.` }),
  emailOrPhone: 'e-mail-cím vagy telefonszám szükséges',

  unsavedTitle: 'Elveti a módosításokat?',
  unsavedBody: 'A beírtak nincsenek mentve, és elvesznek.',
  unsavedDiscard: 'Módosítások elvetése',
  unsavedKeep: 'Szerkesztés folytatása',

  customerTypes: {
    CONTRACTOR: 'Kivitelező',
    DEALER: 'Márkakereskedő', // review: "Márkakereskedő" vs the plainer "Kereskedő"
    DISTRIBUTOR: 'Forgalmazó',
    OEM: 'OEM/Gyártó',
    RENTAL: 'Gépkölcsönző', // review: "Gépkölcsönző" (rental company) vs "Bérbeadás" (the activity)
    SERVICE: 'Szerviz', // review: "Szerviz" vs the longer "Szolgáltató"
    OTHER: 'Egyéb',
  },

  country: 'Ország',
  countryHint: 'Kezdjen gépelni, majd válasszon a listából.',
  countryNoMatch: 'Nincs egyező ország',
  countryMatches: (count) =>
    plural('hu', count, { one: `${count} ország található`, other: `${count} ország található` }),
  showCountries: 'Országok megjelenítése',

  companyName: 'Cégnév',
  address: 'Cím',
  street: 'Utca',
  postalCode: 'Irányítószám',
  city: 'Település',
  phone: 'Telefon',
  phoneHint: 'Nemzetközi formátumban mentjük; országkód nélkül a fent megadott országot feltételezzük.',
  email: 'E-mail',
  externalReference: 'Külső azonosító',
  externalReferenceHint: 'Az Ön saját azonosítója az ügyfélhez, pl. az ERP-rendszeréből.',
  relationshipType: 'Kapcsolat típusa',
  relationshipTypeHint: 'Milyen kapcsolatban áll ezzel az ügyféllel? Ha nem választ, az Egyéb lesz beállítva.',
  contactsReachable: 'Minden kapcsolattartóhoz meg kell adni e-mail-címet vagy telefonszámot.',
  contactName: 'Név',
  contactTitle: 'Beosztás',
  // Shorter than "Kapcsolattartó hozzáadása", which widened the contact list's header past 320 px.
  addContact: 'Új kapcsolattartó',
  saveFailed: 'Az ügyfél mentése nem sikerült.',
  serverRejected: 'A kiszolgáló nem fogadott el néhány mezőt. Ezek a mezőknél meg vannak jelölve.',

  region: 'Régió', // review: "Régió" vs "Megye" (right only for Hungarian addresses)
  website: 'Webhely',
  websiteHint: 'https:// vagy http:// kezdetű.',
  note: 'Megjegyzés',
};
export default hu;

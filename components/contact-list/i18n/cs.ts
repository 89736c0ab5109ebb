import type { contactListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The contact list in Czech (Seznam kontaktů, Přidat kontakt, Upravit kontakty, Smazat kontakty, Uložit). */
const cs: typeof contactListEn = {
  contactList: 'Seznam kontaktů',
  contactTitle: 'Pozice',
  contactCount: (count, formatted) =>
    plural('cs', count, {
      one: `${formatted} kontakt`,
      few: `${formatted} kontakty`,
      many: `${formatted} kontaktu`,
      other: `${formatted} kontaktů`,
    }),
  contactsFound: (count, formatted) =>
    count === 0
      ? 'Nebyly nalezeny žádné kontakty.'
      : plural('cs', count, {
          one: `Nalezen ${formatted} kontakt.`,
          few: `Nalezeny ${formatted} kontakty.`,
          many: `Nalezeno ${formatted} kontaktu.`,
          other: `Nalezeno ${formatted} kontaktů.`,
        }),
  contactsShown: (shown, total) => `Zobrazeno ${shown} z ${total}`,
  searchContacts: 'Hledat kontakty',
  showMoreContacts: 'Zobrazit další kontakty',
  selectAllContacts: 'Vybrat všechny kontakty',
  selectContact: (name) => `Vybrat: ${name}`,
  contactField: (field, name) => `${field}, ${name}`,
  // The column's name stays in the nominative, quoted, so no declension is needed.
  sortedBy: (column, descending) => `Seřazeno podle sloupce „${column}“, ${descending ? 'sestupně' : 'vzestupně'}.`,
  noCustomer: 'Není vybrán zákazník: nastavte atribut customer-id.',
  contactsNone: 'Tento zákazník zatím nemá žádné kontakty.',
  contactsNoMatch: (search) => `Výrazu „${search}“ neodpovídá žádný kontakt.`,
  contactsLoadFailed: 'Kontakty se nepodařilo načíst.',
  contactsReadOnlyTitle: 'Kontakty můžete zobrazit, ale ne měnit',
  contactsReadOnly: 'Kontakty mohou přidávat, upravovat a mazat pouze administrátoři a administrátoři flotily.',
  editContacts: 'Upravit kontakty',
  deleteContacts: 'Smazat kontakty',
  clearSelection: 'Zrušit výběr',
  editingContacts: (count, formatted) =>
    plural('cs', count, {
      one: `Úprava ${formatted} kontaktu`,
      few: `Úprava ${formatted} kontaktů`,
      many: `Úprava ${formatted} kontaktu`,
      other: `Úprava ${formatted} kontaktů`,
    }),
  contactsSaved: (count) =>
    plural('cs', count, {
      one: `Uložen ${count} kontakt.`,
      few: `Uloženy ${count} kontakty.`,
      many: `Uloženo ${count} kontaktu.`,
      other: `Uloženo ${count} kontaktů.`,
    }),
  contactsNotSaved: (count) =>
    plural('cs', count, {
      one: `Nepodařilo se uložit ${count} kontakt: viz zprávu v jeho řádku.`,
      few: `Nepodařilo se uložit ${count} kontakty: viz zprávy v jednotlivých řádcích.`,
      many: `Nepodařilo se uložit ${count} kontaktu: viz zprávy v jednotlivých řádcích.`,
      other: `Nepodařilo se uložit ${count} kontaktů: viz zprávy v jednotlivých řádcích.`,
    }),
  contactsUnchanged: 'Nic se nezměnilo.',
  contactStale:
    'Tento kontakt mezitím změnil někdo jiný; výchozím bodem je nyní jeho verze. Uložte znovu, chcete-li na ni použít své změny, nebo ji zobrazte tlačítkem Zrušit.',
  deleteContactsTitle: (count, formatted) =>
    plural('cs', count, {
      one: `Smazat ${formatted} kontakt?`,
      few: `Smazat ${formatted} kontakty?`,
      many: `Smazat ${formatted} kontaktu?`,
      other: `Smazat ${formatted} kontaktů?`,
    }),
  // The names are a list; "Ke smazání: …" keeps them in the nominative and fits one name or many.
  deleteContactsBody: (names) => `Ke smazání: ${names}. Tuto akci nelze vrátit zpět.`,
  // The last item of the list of contact names: "Anna, Bo, Carl a 4 další osoby".
  andMore: (count) =>
    plural('cs', count, {
      one: `${count} další osoba`,
      few: `${count} další osoby`,
      many: `${count} další osoby`,
      other: `${count} dalších osob`,
    }),
  deletingContacts: 'Mazání kontaktů…',
  contactsDeleted: (count) =>
    plural('cs', count, {
      one: `Smazán ${count} kontakt.`,
      few: `Smazány ${count} kontakty.`,
      many: `Smazáno ${count} kontaktu.`,
      other: `Smazáno ${count} kontaktů.`,
    }),
  contactsNotDeleted: (count) =>
    plural('cs', count, {
      one: `Nepodařilo se smazat ${count} kontakt; zůstává vybraný:`,
      few: `Nepodařilo se smazat ${count} kontakty; zůstávají vybrané:`,
      many: `Nepodařilo se smazat ${count} kontaktu; zůstávají vybrané:`,
      other: `Nepodařilo se smazat ${count} kontaktů; zůstávají vybrané:`,
    }),
  contactNotDeletedReason: (name, reason) => `${name}: ${reason}`,
  contactAddedNamed: (name) => `Kontakt ${name} byl přidán do seznamu kontaktů.`,
  addContactFailed: 'Kontakt nebyl přidán.',
  contactPhoneHint: (country) =>
    country ? `Bez předvolby se použije země: ${country}.` : 'Uveďte předvolbu země, např. +420 123 456 789.',
  newContact: 'Nový',
  selectedHidden: (count, formatted) =>
    plural('cs', count, {
      one: `${formatted} vybraný kontakt je skrytý vyhledáváním a nebude zahrnut do úprav ani mazání.`,
      few: `${formatted} vybrané kontakty jsou skryté vyhledáváním a nebudou zahrnuty do úprav ani mazání.`,
      many: `${formatted} vybraného kontaktu je skryto vyhledáváním a nebude zahrnuto do úprav ani mazání.`,
      other: `${formatted} vybraných kontaktů je skryto vyhledáváním a nebude zahrnuto do úprav ani mazání.`,
    }),
  dismiss: 'Zavřít',
  contactsNoneHint: 'Přidejte osoby u zákazníka, které mají dostávat upozornění na události zařízení.',
  // Notification preferences. "Upozornění" as in contactsNoneHint; "odhlášení" is the one word for opting out.
  notifications: 'Upozornění',
  notificationChannels: 'Kanály',
  notificationEvents: 'Události',
  notificationLanguage: 'Jazyk zpráv',
  notificationOptOut: 'Odhlášeno: nic neposílat', // review: "odhlášení" for opting out of all notifications
  notificationOptOutHint: 'Výše uvedené volby zůstanou uloženy a po zrušení odhlášení budou znovu platit.',
  smsNeedsPhoneHint: 'SMS vyžaduje telefonní číslo.',
  channelName: { email: 'E-mail', sms: 'SMS' },
  eventName: {
    service_due: 'Termín servisu',
    fault_code: 'Chybové kódy',
    geofence_enter: 'Vjezd do geozóny', // review: Trackunit's Czech word for geofence ("geozóna" vs "geofence")
    geofence_exit: 'Výjezd z geozóny',
    out_of_hours_use: 'Použití mimo pracovní dobu',
    low_battery: 'Slabá baterie',
    tamper: 'Neoprávněná manipulace', // review: tamper alarm ("neoprávněná manipulace" vs "sabotáž")
  },
  optedOut: 'Odhlášeno',
  noChannel: 'Žádný kanál',
  eventCount: (count) =>
    plural('cs', count, {
      one: `${count} událost`,
      few: `${count} události`,
      many: `${count} události`,
      other: `${count} událostí`,
    }),
  // The channels and events arrive as lists in the nominative ("e-mail a sms"), so they follow a colon.
  notifiedAbout: (channels, events) => `Kanály: ${channels}; události: ${events}`,
  nothingChosen: 'žádné',
  notifySelected: 'Upozornění…',
  notifySelectedTitle: (count, formatted) =>
    plural('cs', count, {
      one: `Upozornění pro ${formatted} kontakt`,
      few: `Upozornění pro ${formatted} kontakty`,
      many: `Upozornění pro ${formatted} kontaktu`,
      other: `Upozornění pro ${formatted} kontaktů`,
    }),
  notifyChange: 'Změna',
  notifyAdd: 'Zapnout',
  notifyRemove: 'Vypnout',
  notifyWhat: 'Událost nebo kanál',
  notifyApply: 'Použít',
  notifyOptOut: 'Odhlásit',
  notifyOptIn: 'Zrušit odhlášení',
  notifyDone: (count) =>
    plural('cs', count, {
      one: `Upozornění změněna u ${count} kontaktu.`,
      few: `Upozornění změněna u ${count} kontaktů.`,
      many: `Upozornění změněna u ${count} kontaktu.`,
      other: `Upozornění změněna u ${count} kontaktů.`,
    }),
  notifyFailed: (name, reason) => `${name}: ${reason}`,
  whoIsTold: 'Kdo dostane zprávu', // review: short heading for "who is told" (vs "Příjemci")
  whoIsToldEvent: 'Když stroj ohlásí',
  whoIsToldNone: 'O této události nikdo zprávu nedostane.',
  whoIsToldCount: (count) =>
    plural('cs', count, {
      one: `Zprávu dostane ${count} kontakt.`,
      few: `Zprávu dostanou ${count} kontakty.`,
      many: `Zprávu dostane ${count} kontaktu.`,
      other: `Zprávu dostane ${count} kontaktů.`,
    }),
  whoIsToldFailed: 'Nepodařilo se načíst, kdo dostane zprávu.',
  notifyNotChanged: (count) =>
    plural('cs', count, {
      one: `${count} kontakt nebyl změněn:`,
      few: `${count} kontakty nebyly změněny:`,
      many: `${count} kontaktu nebylo změněno:`,
      other: `${count} kontaktů nebylo změněno:`,
    }),
};
export default cs;

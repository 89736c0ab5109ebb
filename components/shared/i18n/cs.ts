import type { Strings } from './en.js';
import { plural } from '../plural.js';

/**
 * Czech. Terms: zákazník, kontakt, zařízení, administrátor flotily; buttons in the infinitive (Uložit, Zrušit,
 * Upravit). Counts go through `plural` with the CLDR forms one/few/many/other (1 pole, 2 pole, 5 polí; `many` is
 * for fractions: 1,5 pole).
 */
const cs: Strings = {
  loading: 'Načítání…',
  retry: 'Zkusit znovu',
  cancel: 'Zrušit',
  close: 'Zavřít',
  save: 'Uložit',
  saving: 'Ukládání…',
  edit: 'Upravit',
  next: 'Další',
  back: 'Zpět',
  remove: 'Odebrat',
  confirm: 'Potvrdit',
  optional: 'nepovinné',
  notGiven: 'Neuvedeno',
  // "Vybráno: 5" has no noun, so it fits contacts and equipment alike with no plural or gender to agree.
  selectedCount: (_count, formatted) => `Vybráno: ${formatted}`,
  selectionActions: 'Akce pro výběr',
  stepOf: (position, total) => `Krok ${position} z ${total}`,
  progress: 'Průběh',

  noClient: 'Nepřipojeno: nastavte vlastnost client nebo zavolejte setDefaultClient().',
  noPermissionCreate: 'Zákazníky mohou vytvářet pouze administrátoři a administrátoři flotily.',
  noPermissionChange: 'Zákazníky mohou měnit pouze administrátoři a administrátoři flotily.',
  noPermissionTitle: 'Zákazníky můžete zobrazit, ale ne měnit',
  userLoadFailed: 'Vaše oprávnění se nepodařilo načíst.',

  errorNetwork: 'Server není dostupný. Zkontrolujte připojení a zkuste to znovu.',
  errorTimeout: 'Server neodpověděl včas. Zkuste to znovu.',
  errorRateLimited: (seconds) =>
    seconds
      ? `Příliš mnoho požadavků. Zkuste to znovu za ${plural('cs', seconds, {
          one: `${seconds} sekundu`,
          few: `${seconds} sekundy`,
          many: `${seconds} sekundy`,
          other: `${seconds} sekund`,
        })}.`
      : 'Příliš mnoho požadavků. Zkuste to znovu za chvíli.',
  errorServer: 'Na serveru došlo k chybě. Zkuste to znovu za chvíli.',
  errorAuthentication: 'Vaše přihlášení vypršelo. Přihlaste se znovu a akci zopakujte.',
  errorNotFound: 'Tento záznam už neexistuje.',
  errorConflict: 'Je to v konfliktu s jiným záznamem.',
  errorStale: 'Mezitím to změnil někdo jiný. Načtěte znovu, abyste viděli jeho změny.',
  errorValidation: 'Některá pole je třeba opravit.',
  errorUnknown: 'Něco se pokazilo. Zkuste to znovu.',
  inputKept: 'Nic z toho, co jste zadali, se neztratilo.',

  violation: {
    required: 'Povinný údaj.',
    too_long: 'Text je příliš dlouhý.',
    too_many: 'Položek je příliš mnoho.',
    invalid_email: 'Zadejte platnou e-mailovou adresu, např. jmeno@example.com.',
    invalid_phone: 'Zadejte telefonní číslo s předvolbou země, např. +420 123 456 789, nebo nejprve vyberte zemi.',
    invalid_url: 'Zadejte webovou adresu začínající https:// nebo http://.',
    invalid_country: 'Vyberte zemi ze seznamu.',
    invalid_choice: 'Vyberte jednu z možností.',
    unreachable: 'Zadejte e-mail nebo telefonní číslo, aby bylo možné kontakt upozornit.',
    sms_needs_phone: 'SMS vyžaduje telefonní číslo: zadejte ho, nebo SMS vypněte.',
    invalid: 'Tato hodnota není platná.',
    duplicate: 'Jiný zákazník už má toto externí ID.',
  },
  // `max` arrives formatted, without its number: "maximální počet znaků je" reads right for any count.
  tooLong: (max) => `Text je příliš dlouhý: maximální počet znaků je ${max}.`,
  tooMany: (max) => `Položek je příliš mnoho: nejvýše ${max}.`,
  fieldsNeedAttention: (count) =>
    plural('cs', count, {
      one: `${count} pole je třeba opravit.`,
      few: `${count} pole je třeba opravit.`,
      many: `${count} pole je třeba opravit.`,
      other: `${count} polí je třeba opravit.`,
    }),
  emailOrPhone: 'je nutný e-mail nebo telefon',

  unsavedTitle: 'Zahodit změny?',
  unsavedBody: 'Zadané údaje nebyly uloženy a budou ztraceny.',
  unsavedDiscard: 'Zahodit změny',
  unsavedKeep: 'Pokračovat v úpravách',

  customerTypes: {
    CONTRACTOR: 'Zhotovitel', // review: "Zhotovitel" (building contractor) vs "Stavební firma"
    DEALER: 'Dealer',
    DISTRIBUTOR: 'Distributor',
    OEM: 'OEM/Výrobce',
    RENTAL: 'Půjčovna', // review: the rental company ("Půjčovna") rather than the activity ("Pronájem")
    SERVICE: 'Servis', // review: "Servis" vs the longer "Poskytovatel servisu"
    OTHER: 'Jiný',
  },

  country: 'Země',
  countryHint: 'Začněte psát a vyberte ze seznamu.',
  countryNoMatch: 'Žádná odpovídající země',
  countryMatches: (count) =>
    plural('cs', count, {
      one: `Nalezena ${count} země`,
      few: `Nalezeny ${count} země`,
      many: `Nalezeno ${count} země`,
      other: `Nalezeno ${count} zemí`,
    }),
  showCountries: 'Zobrazit země',

  companyName: 'Název firmy',
  address: 'Adresa',
  street: 'Ulice',
  postalCode: 'PSČ',
  city: 'Město',
  phone: 'Telefon',
  phoneHint: 'Ukládá se v mezinárodním formátu; bez předvolby se použije země uvedená výše.',
  email: 'E-mail',
  externalReference: 'Externí ID', // review: "Externí ID" vs "Externí reference" for the customer's ERP id
  externalReferenceHint: 'Vaše vlastní ID tohoto zákazníka, např. z vašeho systému ERP.',
  relationshipType: 'Typ vztahu',
  relationshipTypeHint: 'Jaký máte vztah s tímto zákazníkem? Bez výběru se použije Jiný.',
  contactsReachable: 'Každý kontakt musí mít e-mail nebo telefonní číslo.',
  contactName: 'Jméno',
  contactTitle: 'Pozice',
  addContact: 'Přidat kontakt',
  saveFailed: 'Zákazník nebyl uložen.',
  serverRejected: 'Server nepřijal některá pole. Jsou označena přímo u nich.',

  region: 'Region', // review: "Region" vs "Kraj" (right only for Czech addresses)
  website: 'Web',
  websiteHint: 'Začíná https:// nebo http://.',
  note: 'Poznámka',
};
export default cs;

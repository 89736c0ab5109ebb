import type { Strings } from './en.js';
import { plural } from '../plural.js';

/**
 * Swedish. Terms used in every Swedish table: kund, kontakt, utrustning (equipment) with enhet (one unit),
 * flotta, flottadministratör, tilldela / ta bort tilldelning. "Du", as in Swedish help articles.
 */
const sv: Strings = {
  loading: 'Läser in…',
  retry: 'Försök igen',
  cancel: 'Avbryt',
  close: 'Stäng',
  save: 'Spara',
  saving: 'Sparar…',
  edit: 'Redigera',
  next: 'Nästa',
  back: 'Tillbaka',
  remove: 'Ta bort',
  confirm: 'Bekräfta',
  optional: 'valfritt',
  notGiven: 'Inte angivet',
  selectedCount: (count, formatted) => plural('sv', count, { one: '1 vald', other: `${formatted} valda` }),
  selectionActions: 'Åtgärder för de valda',
  stepOf: (position, total) => `Steg ${position} av ${total}`,
  progress: 'Förlopp',

  noClient: 'Inte ansluten: ange egenskapen client eller anropa setDefaultClient().',
  noPermissionCreate: 'Endast administratörer och flottadministratörer kan skapa kunder.', // review: Trackunit's Swedish role names
  noPermissionChange: 'Endast administratörer och flottadministratörer kan ändra kunder.',
  noPermissionTitle: 'Du kan visa kunder, men inte ändra dem',
  userLoadFailed: 'Dina behörigheter kunde inte läsas in.',

  errorNetwork: 'Det gick inte att nå servern. Kontrollera anslutningen och försök igen.',
  errorTimeout: 'Servern tog för lång tid att svara. Försök igen.',
  errorRateLimited: (seconds) =>
    seconds
      ? `För många förfrågningar. Försök igen om ${plural('sv', seconds, { one: '1 sekund', other: `${seconds} sekunder` })}.`
      : 'För många förfrågningar. Försök igen om en stund.',
  errorServer: 'Något gick fel på servern. Försök igen om en stund.',
  errorAuthentication: 'Din session har gått ut. Logga in igen och försök sedan på nytt.',
  errorNotFound: 'Posten finns inte längre.',
  errorConflict: 'Detta står i konflikt med en annan post.',
  errorStale: 'Någon annan har ändrat detta under tiden. Läs in igen för att se ändringarna.',
  errorValidation: 'Vissa fält behöver rättas.',
  errorUnknown: 'Något gick fel. Försök igen.',
  inputKept: 'Inget av det du har angett har gått förlorat.',

  violation: {
    required: 'Obligatoriskt.',
    too_long: 'Texten är för lång.',
    too_many: 'Det är för många poster.',
    invalid_email: 'Ange en giltig e-postadress, t.ex. namn@exempel.se.',
    invalid_phone: 'Ange ett telefonnummer med landsnummer, t.ex. +46 8 123 456 78, eller välj land först.',
    invalid_url: 'Ange en webbadress som börjar med https:// eller http://.',
    invalid_country: 'Välj ett land i listan.',
    invalid_choice: 'Välj ett av alternativen.',
    unreachable: 'Ange en e-postadress eller ett telefonnummer så att kontakten kan aviseras.',
    sms_needs_phone: 'Sms kräver ett telefonnummer: ange ett, eller välj bort sms.',
    invalid: 'Värdet är ogiltigt.',
    duplicate: 'En annan kund har redan den här externa referensen.',
  },
  tooLong: (max) => `Texten är för lång: högst ${max} tecken.`,
  tooMany: (max) => `Det är för många: högst ${max}.`,
  fieldsNeedAttention: (count) =>
    plural('sv', count, { one: '1 fält behöver rättas.', other: `${count} fält behöver rättas.` }),
  emailOrPhone: 'e-post eller telefon krävs',

  unsavedTitle: 'Förkasta dina ändringar?',
  unsavedBody: 'Det du har skrivit har inte sparats och går förlorat.',
  unsavedDiscard: 'Förkasta ändringar',
  unsavedKeep: 'Fortsätt redigera',

  customerTypes: {
    CONTRACTOR: 'Entreprenör',
    DEALER: 'Återförsäljare',
    DISTRIBUTOR: 'Distributör',
    OEM: 'OEM/Tillverkare',
    RENTAL: 'Uthyrning',
    SERVICE: 'Serviceleverantör',
    OTHER: 'Övrigt',
  },

  country: 'Land',
  countryHint: 'Skriv för att söka och välj i listan.',
  countryNoMatch: 'Inget land matchar',
  countryMatches: (count) => plural('sv', count, { one: '1 land hittades', other: `${count} länder hittades` }),
  showCountries: 'Visa länder',

  companyName: 'Företagsnamn',
  address: 'Adress',
  street: 'Gatuadress',
  postalCode: 'Postnummer',
  city: 'Ort',
  phone: 'Telefon',
  phoneHint: 'Sparas i internationellt format; utan landsnummer används landet ovan.',
  email: 'E-post',
  externalReference: 'Extern referens',
  externalReferenceHint: 'Ert eget ID för kunden, t.ex. från ert affärssystem.',
  relationshipType: 'Relationstyp',
  relationshipTypeHint: 'Vilken relation har du till kunden? Om du inte väljer används ”Övrigt”.',
  contactsReachable: 'Varje kontakt behöver en e-postadress eller ett telefonnummer.',
  contactName: 'Namn',
  contactTitle: 'Titel',
  addContact: 'Lägg till kontakt',
  saveFailed: 'Kunden sparades inte.',
  serverRejected: 'Servern godkände inte alla fält. De är markerade vid fältet.',

  region: 'Region',
  website: 'Webbplats',
  websiteHint: 'Börjar med https:// eller http://.',
  note: 'Anteckning',
};
export default sv;

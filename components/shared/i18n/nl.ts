import type { Strings } from './en.js';
import { plural } from '../plural.js';

/**
 * Dutch. Terms used in every Dutch table: klant, contactpersoon, materieel (equipment) with eenheid (one unit),
 * vloot, vlootbeheerder, toewijzen / toewijzing opheffen. Informal "je", as in current Dutch help centres.
 */
const nl: Strings = {
  loading: 'Laden…',
  retry: 'Opnieuw proberen',
  cancel: 'Annuleren',
  close: 'Sluiten',
  save: 'Opslaan',
  saving: 'Bezig met opslaan…',
  edit: 'Bewerken',
  next: 'Volgende',
  back: 'Terug',
  remove: 'Verwijderen',
  confirm: 'Bevestigen',
  optional: 'optioneel',
  notGiven: 'Niet opgegeven',
  selectedCount: (_count, formatted) => `${formatted} geselecteerd`,
  selectionActions: 'Acties voor de selectie',
  stepOf: (position, total) => `Stap ${position} van ${total}`,
  progress: 'Voortgang',

  noClient: 'Niet verbonden: stel de eigenschap client in of roep setDefaultClient() aan.',
  noPermissionCreate: 'Alleen beheerders en vlootbeheerders kunnen klanten aanmaken.', // review: Trackunit's Dutch role names
  noPermissionChange: 'Alleen beheerders en vlootbeheerders kunnen klanten wijzigen.',
  noPermissionTitle: 'Je kunt klanten bekijken, maar niet wijzigen',
  userLoadFailed: 'Je rechten konden niet worden geladen.',

  errorNetwork: 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
  errorTimeout: 'De server deed er te lang over om te antwoorden. Probeer het opnieuw.',
  errorRateLimited: (seconds) =>
    seconds
      ? `Te veel verzoeken. Probeer het over ${plural('nl', seconds, { one: '1 seconde', other: `${seconds} seconden` })} opnieuw.`
      : 'Te veel verzoeken. Probeer het zo opnieuw.',
  errorServer: 'Er ging iets mis op de server. Probeer het zo opnieuw.',
  errorAuthentication: 'Je sessie is verlopen. Meld je opnieuw aan en probeer het dan nog eens.',
  errorNotFound: 'Dit record bestaat niet meer.',
  errorConflict: 'Dit conflicteert met een ander record.',
  errorStale: 'Iemand anders heeft dit intussen gewijzigd. Laad opnieuw om de wijzigingen te zien.',
  errorValidation: 'Sommige velden moeten worden gecorrigeerd.',
  errorUnknown: 'Er ging iets mis. Probeer het opnieuw.',
  inputKept: 'Niets van wat je hebt ingevoerd, is verloren gegaan.',

  violation: {
    required: 'Verplicht.',
    too_long: 'Dit is te lang.',
    too_many: 'Er zijn te veel items.',
    invalid_email: 'Voer een geldig e-mailadres in, bijv. naam@voorbeeld.nl.',
    invalid_phone: 'Voer een telefoonnummer met landcode in, bijv. +31 20 123 4567, of kies eerst het land.',
    invalid_url: 'Voer een webadres in dat begint met https:// of http://.',
    invalid_country: 'Kies een land uit de lijst.',
    invalid_choice: 'Kies een van de opties.',
    unreachable: 'Voer een e-mailadres of telefoonnummer in, zodat de contactpersoon meldingen kan krijgen.',
    sms_needs_phone: 'Voor sms is een telefoonnummer nodig: voer er een in, of zet sms uit.',
    invalid: 'Deze waarde is ongeldig.',
    duplicate: 'Een andere klant heeft al deze externe referentie.',
  },
  tooLong: (max) => `Dit is te lang: maximaal ${max} tekens.`,
  tooMany: (max) => `Er zijn te veel: maximaal ${max}.`,
  fieldsNeedAttention: (count) =>
    plural('nl', count, {
      one: '1 veld moet worden gecorrigeerd.',
      other: `${count} velden moeten worden gecorrigeerd.`,
    }),
  emailOrPhone: 'e-mail of telefoon verplicht',

  unsavedTitle: 'Wijzigingen verwerpen?',
  unsavedBody: 'Wat je hebt ingevoerd, is niet opgeslagen en gaat verloren.',
  unsavedDiscard: 'Wijzigingen verwerpen',
  unsavedKeep: 'Verder bewerken',

  customerTypes: {
    CONTRACTOR: 'Aannemer',
    DEALER: 'Dealer',
    DISTRIBUTOR: 'Distributeur',
    OEM: 'OEM/Fabrikant',
    RENTAL: 'Verhuur',
    SERVICE: 'Serviceverlener', // review: or "Servicepartner"
    OTHER: 'Overig',
  },

  country: 'Land',
  countryHint: 'Typ om te zoeken en kies uit de lijst.',
  countryNoMatch: 'Geen overeenkomend land',
  countryMatches: (count) => plural('nl', count, { one: '1 land gevonden', other: `${count} landen gevonden` }),
  showCountries: 'Landen tonen',

  companyName: 'Bedrijfsnaam',
  address: 'Adres',
  street: 'Straat',
  postalCode: 'Postcode',
  city: 'Plaats',
  phone: 'Telefoon',
  phoneHint: 'Opgeslagen in internationale notatie; zonder landcode geldt het land hierboven.',
  email: 'E-mail',
  externalReference: 'Externe referentie',
  externalReferenceHint: 'Je eigen ID voor deze klant, bijv. uit je ERP-systeem.',
  relationshipType: 'Relatietype',
  relationshipTypeHint: 'Wat is je relatie met deze klant? Zonder keuze wordt ‘Overig’ gebruikt.',
  contactsReachable: 'Elke contactpersoon heeft een e-mailadres of telefoonnummer nodig.',
  contactName: 'Naam',
  contactTitle: 'Functie',
  addContact: 'Contactpersoon toevoegen',
  saveFailed: 'De klant is niet opgeslagen.',
  serverRejected: 'De server heeft sommige velden niet geaccepteerd. Ze zijn bij het veld gemarkeerd.',

  region: 'Regio',
  website: 'Website',
  websiteHint: 'Begint met https:// of http://.',
  note: 'Notitie',
};
export default nl;

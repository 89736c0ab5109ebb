import type { Strings } from './en.js';
import { plural } from '../plural.js';

/**
 * German. Terms used in every German table: Kunde, Kontakt, Gerät/Geräte (equipment and its units), Flotte,
 * Flottenadministrator, zuweisen / Zuweisung aufheben. Formal „Sie“, as in Trackunit's German help articles.
 */
const de: Strings = {
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  cancel: 'Abbrechen',
  close: 'Schließen',
  save: 'Speichern',
  saving: 'Wird gespeichert…',
  edit: 'Bearbeiten',
  next: 'Weiter',
  back: 'Zurück',
  remove: 'Entfernen',
  confirm: 'Bestätigen',
  optional: 'optional',
  notGiven: 'Nicht angegeben',
  selectedCount: (_count, formatted) => `${formatted} ausgewählt`,
  selectionActions: 'Aktionen für die Auswahl',
  stepOf: (position, total) => `Schritt ${position} von ${total}`,
  progress: 'Fortschritt',

  noClient: 'Nicht verbunden: Legen Sie die Eigenschaft client fest oder rufen Sie setDefaultClient() auf.',
  noPermissionCreate: 'Nur Administratoren und Flottenadministratoren können Kunden anlegen.',
  noPermissionChange: 'Nur Administratoren und Flottenadministratoren können Kunden ändern.',
  noPermissionTitle: 'Sie können Kunden ansehen, aber nicht ändern',
  userLoadFailed: 'Ihre Berechtigungen konnten nicht geladen werden.',

  errorNetwork: 'Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  errorTimeout: 'Der Server hat zu lange nicht geantwortet. Versuchen Sie es erneut.',
  errorRateLimited: (seconds) =>
    seconds
      ? `Zu viele Anfragen. Versuchen Sie es in ${plural('de', seconds, { one: '1 Sekunde', other: `${seconds} Sekunden` })} erneut.`
      : 'Zu viele Anfragen. Versuchen Sie es gleich erneut.',
  errorServer: 'Auf dem Server ist ein Fehler aufgetreten. Versuchen Sie es gleich erneut.',
  errorAuthentication: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an und versuchen Sie es dann noch einmal.',
  errorNotFound: 'Dieser Datensatz existiert nicht mehr.',
  errorConflict: 'Dies steht im Konflikt mit einem anderen Datensatz.',
  errorStale: 'Jemand anderes hat dies inzwischen geändert. Laden Sie neu, um die Änderungen zu sehen.',
  errorValidation: 'Einige Felder müssen korrigiert werden.',
  errorUnknown: 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
  inputKept: 'Ihre Eingaben bleiben erhalten.',

  violation: {
    required: 'Pflichtfeld.',
    too_long: 'Der Text ist zu lang.',
    too_many: 'Es sind zu viele Einträge.',
    invalid_email: 'Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.',
    invalid_phone:
      'Geben Sie eine Telefonnummer mit Ländervorwahl ein, z. B. +49 30 12345678, oder wählen Sie zuerst das Land.',
    invalid_url: 'Geben Sie eine Webadresse ein, die mit https:// oder http:// beginnt.',
    invalid_country: 'Wählen Sie ein Land aus der Liste.',
    invalid_choice: 'Wählen Sie eine der Optionen.',
    unreachable: 'Geben Sie eine E-Mail-Adresse oder Telefonnummer an, damit der Kontakt benachrichtigt werden kann.',
    sms_needs_phone: 'SMS erfordert eine Telefonnummer: Geben Sie eine an, oder lassen Sie SMS aus.',
    invalid: 'Dieser Wert ist ungültig.',
    duplicate: 'Ein anderer Kunde hat bereits diese externe Referenz.',
  },
  tooLong: (max) => `Der Text ist zu lang: höchstens ${max} Zeichen.`,
  tooMany: (max) => `Es sind zu viele: höchstens ${max}.`,
  fieldsNeedAttention: (count) =>
    plural('de', count, { one: '1 Feld muss korrigiert werden.', other: `${count} Felder müssen korrigiert werden.` }),
  emailOrPhone: 'E-Mail oder Telefon erforderlich',

  unsavedTitle: 'Änderungen verwerfen?',
  unsavedBody: 'Ihre Eingaben wurden nicht gespeichert und gehen verloren.',
  unsavedDiscard: 'Änderungen verwerfen',
  unsavedKeep: 'Weiter bearbeiten',

  customerTypes: {
    CONTRACTOR: 'Bauunternehmen', // review: Contractor; "Bauunternehmen" or "Auftragnehmer" in Trackunit's German UI?
    DEALER: 'Händler',
    DISTRIBUTOR: 'Distributor', // review: or "Vertriebspartner"/"Großhändler"
    OEM: 'OEM/Hersteller',
    RENTAL: 'Vermietung',
    SERVICE: 'Serviceanbieter', // review: or "Servicepartner"/"Dienstleister"
    OTHER: 'Sonstige',
  },

  country: 'Land',
  countryHint: 'Tippen Sie zum Suchen und wählen Sie aus der Liste.',
  countryNoMatch: 'Kein passendes Land',
  countryMatches: (count) => plural('de', count, { one: '1 Land gefunden', other: `${count} Länder gefunden` }),
  showCountries: 'Länder anzeigen',

  companyName: 'Firmenname',
  address: 'Adresse',
  street: 'Straße',
  postalCode: 'Postleitzahl',
  city: 'Ort',
  phone: 'Telefon',
  phoneHint: 'Wird im internationalen Format gespeichert; ohne Ländervorwahl gilt das Land oben.',
  email: 'E-Mail',
  externalReference: 'Externe Referenz',
  externalReferenceHint: 'Ihre eigene ID für diesen Kunden, z. B. aus Ihrem ERP-System.',
  relationshipType: 'Beziehungstyp', // review: Trackunit's German word for the customer relationship
  relationshipTypeHint: 'Welche Beziehung haben Sie zu diesem Kunden? Ohne Auswahl gilt „Sonstige“.',
  contactsReachable: 'Jeder Kontakt braucht eine E-Mail-Adresse oder Telefonnummer.',
  contactName: 'Name',
  contactTitle: 'Position', // review: job title, not an academic "Titel"
  addContact: 'Kontakt hinzufügen',
  saveFailed: 'Der Kunde wurde nicht gespeichert.',
  serverRejected: 'Der Server hat einige Felder nicht akzeptiert; sie sind am Feld markiert.',

  region: 'Region',
  website: 'Website',
  websiteHint: 'Beginnt mit https:// oder http://.',
  note: 'Notiz',
};
export default de;

import type { Strings } from './en.js';
import { plural } from '../plural.js';

/**
 * Norwegian Bokmål. Terms used in every Bokmål table: kunde, kontakt, utstyr (equipment) with enhet (one unit),
 * flåte, flåteadministrator, tildel / fjern tildeling. Close to the Danish help article's words.
 */
const nb: Strings = {
  loading: 'Laster inn…',
  retry: 'Prøv igjen',
  cancel: 'Avbryt',
  close: 'Lukk',
  save: 'Lagre',
  saving: 'Lagrer…',
  edit: 'Rediger',
  next: 'Neste',
  back: 'Tilbake',
  remove: 'Fjern',
  confirm: 'Bekreft',
  optional: 'valgfritt',
  notGiven: 'Ikke oppgitt',
  selectedCount: (_count, formatted) => `${formatted} valgt`,
  selectionActions: 'Handlinger for de valgte',
  stepOf: (position, total) => `Trinn ${position} av ${total}`,
  progress: 'Fremdrift',

  noClient: 'Ikke tilkoblet: angi egenskapen client eller kall setDefaultClient().',
  noPermissionCreate: 'Bare administratorer og flåteadministratorer kan opprette kunder.', // review: Trackunit's Bokmål role names
  noPermissionChange: 'Bare administratorer og flåteadministratorer kan endre kunder.',
  noPermissionTitle: 'Du kan se kunder, men ikke endre dem',
  userLoadFailed: 'Tillatelsene dine kunne ikke lastes inn.',

  errorNetwork: 'Serveren kunne ikke nås. Sjekk tilkoblingen, og prøv igjen.',
  errorTimeout: 'Serveren brukte for lang tid på å svare. Prøv igjen.',
  errorRateLimited: (seconds) =>
    seconds
      ? `For mange forespørsler. Prøv igjen om ${plural('nb', seconds, { one: '1 sekund', other: `${seconds} sekunder` })}.`
      : 'For mange forespørsler. Prøv igjen om litt.',
  errorServer: 'Det oppstod en feil på serveren. Prøv igjen om litt.',
  errorAuthentication: 'Økten din er utløpt. Logg på igjen, og prøv på nytt.',
  errorNotFound: 'Oppføringen finnes ikke lenger.',
  errorConflict: 'Dette er i konflikt med en annen oppføring.',
  errorStale: 'Noen andre har endret dette i mellomtiden. Last inn på nytt for å se endringene.',
  errorValidation: 'Noen felt må rettes.',
  errorUnknown: 'Noe gikk galt. Prøv igjen.',
  inputKept: 'Ingenting av det du har skrevet inn, er tapt.',

  violation: {
    required: 'Må fylles ut.',
    too_long: 'Teksten er for lang.',
    too_many: 'Det er for mange.',
    invalid_email: 'Angi en gyldig e-postadresse, f.eks. navn@eksempel.no.',
    invalid_phone: 'Angi et telefonnummer med landskode, f.eks. +47 12 34 56 78, eller velg landet først.',
    invalid_url: 'Angi en nettadresse som begynner med https:// eller http://.',
    invalid_country: 'Velg et land fra listen.',
    invalid_choice: 'Velg et av alternativene.',
    unreachable: 'Angi en e-postadresse eller et telefonnummer, slik at kontakten kan varsles.',
    sms_needs_phone: 'SMS krever et telefonnummer: legg til et, eller la SMS være av.',
    invalid: 'Verdien er ikke gyldig.',
    duplicate: 'En annen kunde har allerede denne eksterne referansen.',
  },
  tooLong: (max) => `Teksten er for lang: maks ${max} tegn.`,
  tooMany: (max) => `Det er for mange: maks ${max}.`,
  fieldsNeedAttention: (count) => plural('nb', count, { one: '1 felt må rettes.', other: `${count} felt må rettes.` }),
  emailOrPhone: 'e-post eller telefon må fylles ut',

  unsavedTitle: 'Forkaste endringene?',
  unsavedBody: 'Det du har skrevet inn, er ikke lagret og går tapt.',
  unsavedDiscard: 'Forkast endringer',
  unsavedKeep: 'Fortsett å redigere',

  customerTypes: {
    CONTRACTOR: 'Entreprenør',
    DEALER: 'Forhandler',
    DISTRIBUTOR: 'Distributør',
    OEM: 'OEM/Produsent',
    RENTAL: 'Utleie',
    SERVICE: 'Serviceleverandør',
    OTHER: 'Annet',
  },

  country: 'Land',
  countryHint: 'Skriv for å søke, og velg fra listen.',
  countryNoMatch: 'Ingen land passer',
  countryMatches: (count) => plural('nb', count, { one: '1 land funnet', other: `${count} land funnet` }),
  showCountries: 'Vis land',

  companyName: 'Firmanavn',
  address: 'Adresse',
  street: 'Gate',
  postalCode: 'Postnummer',
  city: 'Poststed',
  phone: 'Telefon',
  phoneHint: 'Lagres i internasjonalt format; uten landskode brukes landet ovenfor.',
  email: 'E-post',
  externalReference: 'Ekstern referanse',
  externalReferenceHint: 'Deres egen ID for kunden, f.eks. fra ERP-systemet.',
  relationshipType: 'Relasjonstype',
  relationshipTypeHint: 'Hvilken relasjon har du til kunden? Hvis du ikke velger, brukes «Annet».',
  contactsReachable: 'Hver kontakt må ha en e-postadresse eller et telefonnummer.',
  contactName: 'Navn',
  contactTitle: 'Tittel',
  addContact: 'Legg til kontakt',
  saveFailed: 'Kunden ble ikke lagret.',
  serverRejected: 'Serveren godtok ikke alle feltene. De er merket ved feltet.',

  region: 'Region',
  website: 'Nettsted',
  websiteHint: 'Begynner med https:// eller http://.',
  note: 'Notat',
};
export default nb;

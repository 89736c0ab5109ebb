import type { en } from './en.js';

/**
 * Danish. Typed as `Strings`, so the typechecker fails when a key is missing. UI words follow the help article
 * (Kunder, Opret kunde, Forhandler, Serviceudbyder, Andet, Gem, Oplysninger, Kontaktliste, Udstyr, ...).
 */
const da: typeof en = {
  loading: 'Indlæser…',
  retry: 'Prøv igen',
  cancel: 'Annuller',
  close: 'Luk',
  save: 'Gem',
  saving: 'Gemmer…',
  edit: 'Rediger',
  next: 'Næste',
  back: 'Tilbage',
  remove: 'Fjern',
  confirm: 'Bekræft',
  optional: 'valgfri',
  notGiven: 'Ikke angivet',
  selectedCount: (_count, formatted) => `${formatted} valgt`,
  selectionActions: 'Handlinger for de valgte',
  stepOf: (position, total) => `Trin ${position} af ${total}`,
  progress: 'Forløb',

  noClient: 'Ikke forbundet: angiv egenskaben client eller kald setDefaultClient().',
  noPermissionCreate: 'Kun administratorer og flådeadministratorer kan oprette kunder.',
  noPermissionChange: 'Kun administratorer og flådeadministratorer kan ændre kunder.',
  noPermissionTitle: 'Du kan se kunder, men ikke ændre dem',
  userLoadFailed: 'Dine rettigheder kunne ikke indlæses.',

  errorNetwork: 'Serveren kunne ikke nås. Tjek forbindelsen, og prøv igen.',
  errorTimeout: 'Serveren var for længe om at svare. Prøv igen.',
  errorRateLimited: (seconds) =>
    seconds
      ? `For mange forespørgsler. Prøv igen om ${seconds} sekunder.`
      : 'For mange forespørgsler. Prøv igen om lidt.',
  errorServer: 'Der opstod en fejl på serveren. Prøv igen om lidt.',
  errorAuthentication: 'Din session er udløbet. Log ind igen, og prøv så igen.',
  errorNotFound: 'Posten findes ikke længere.',
  errorConflict: 'Dette er i konflikt med en anden post.',
  errorStale: 'En anden har ændret dette i mellemtiden. Genindlæs for at se ændringerne.',
  errorValidation: 'Nogle felter skal rettes.',
  errorUnknown: 'Noget gik galt. Prøv igen.',
  inputKept: 'Intet af det, du har indtastet, er gået tabt.',

  violation: {
    required: 'Skal udfyldes.',
    too_long: 'Teksten er for lang.',
    too_many: 'Der er for mange.',
    invalid_email: 'Angiv en gyldig e-mailadresse, f.eks. navn@eksempel.dk.',
    invalid_phone: 'Angiv et telefonnummer med landekode, f.eks. +45 12 34 56 78, eller vælg først landet.',
    invalid_url: 'Angiv en webadresse, der begynder med https:// eller http://.',
    invalid_country: 'Vælg et land på listen.',
    invalid_choice: 'Vælg en af mulighederne.',
    unreachable: 'Angiv en e-mail eller et telefonnummer, så kontakten kan underrettes.',
    sms_needs_phone: 'SMS kræver et telefonnummer: angiv et, eller fravælg SMS.',
    invalid: 'Værdien er ikke gyldig.',
    duplicate: 'En anden kunde har allerede denne eksterne reference.',
  },
  tooLong: (max) => `Teksten er for lang: højst ${max} tegn.`,
  tooMany: (max) => `Der er for mange: højst ${max}.`,
  fieldsNeedAttention: (count) => (count === 1 ? '1 felt skal rettes.' : `${count} felter skal rettes.`),
  emailOrPhone: 'e-mail eller telefon skal udfyldes',

  unsavedTitle: 'Kassér dine ændringer?',
  unsavedBody: 'Det, du har indtastet, er ikke gemt og går tabt.',
  unsavedDiscard: 'Kassér ændringer',
  unsavedKeep: 'Fortsæt redigering',

  customerTypes: {
    CONTRACTOR: 'Entreprenør',
    DEALER: 'Forhandler',
    DISTRIBUTOR: 'Distributør',
    OEM: 'OEM/Producent',
    RENTAL: 'Udlejning',
    SERVICE: 'Serviceudbyder',
    OTHER: 'Andet',
  },

  country: 'Land',
  countryHint: 'Skriv for at søge, og vælg på listen.',
  countryNoMatch: 'Intet land passer',
  countryMatches: (count) => (count === 1 ? '1 land fundet' : `${count} lande fundet`),
  showCountries: 'Vis lande',

  companyName: 'Virksomhedens navn',
  address: 'Adresse',
  street: 'Gade',
  postalCode: 'Postnummer',
  city: 'By',
  phone: 'Telefon',
  phoneHint: 'Gemmes i internationalt format; uden landekode bruges landet ovenfor.',
  email: 'E-mail',
  externalReference: 'Ekstern reference',
  externalReferenceHint: 'Jeres eget ID for kunden, f.eks. fra jeres ERP-system.',
  relationshipType: 'Relation',
  relationshipTypeHint: 'Hvilken relation har du til kunden? Hvis du ikke vælger, bruges Andet.',
  contactsReachable: 'Hver kontakt skal have en e-mail eller et telefonnummer.',
  contactName: 'Navn',
  contactTitle: 'Titel',
  addContact: 'Tilføj kontakt',
  saveFailed: 'Kunden blev ikke gemt.',
  serverRejected: 'Serveren godkendte ikke alle felter. De er markeret ved feltet.',

  // Company fields of the details form (shared company-fields.ts)
  region: 'Region',
  website: 'Websted',
  websiteHint: 'Begynder med https:// eller http://.',
  note: 'Note',
};

export default da;

import type { Strings } from './en.js';
import { plural } from '../plural.js';

/**
 * Romanian, formal (dumneavoastră) as in Romanian business software, with comma-below ș and ț and „…” quotes.
 * Counts: one (1), few (0, 2–19, 101–119, …), other (20 and up, with «de»: „20 de clienți”).
 * One word per concept: client, contact, echipament (countable), atribuire, flotă, administrator de flotă.
 */
const ro: Strings = {
  loading: 'Se încarcă…',
  retry: 'Reîncercați',
  cancel: 'Anulați',
  close: 'Închideți',
  save: 'Salvați',
  saving: 'Se salvează…',
  edit: 'Editați',
  next: 'Înainte',
  back: 'Înapoi',
  remove: 'Eliminați',
  confirm: 'Confirmați',
  optional: 'opțional',
  notGiven: 'Necompletat',
  selectedCount: (count, formatted) =>
    plural('ro', count, {
      one: `${formatted} selectat`,
      few: `${formatted} selectate`,
      other: `${formatted} selectate`, // review: no noun follows, so no «de» after 20 and up
    }),
  selectionActions: 'Acțiuni pentru selecție',
  stepOf: (position, total) => `Pasul ${position} din ${total}`,
  progress: 'Progres',

  noClient: 'Neconectat: setați proprietatea client sau apelați setDefaultClient().',
  noPermissionCreate: 'Doar administratorii și administratorii de flotă pot crea clienți.',
  noPermissionChange: 'Doar administratorii și administratorii de flotă pot modifica clienții.',
  noPermissionTitle: 'Puteți vedea clienții, dar nu îi puteți modifica',
  userLoadFailed: 'Permisiunile dvs. nu au putut fi încărcate.',

  errorNetwork: 'Serverul nu a putut fi contactat. Verificați conexiunea și încercați din nou.',
  errorTimeout: 'Serverul a întârziat prea mult cu răspunsul. Încercați din nou.',
  errorRateLimited: (seconds) =>
    seconds
      ? plural('ro', seconds, {
          one: `Prea multe solicitări. Încercați din nou peste ${seconds} secundă.`,
          few: `Prea multe solicitări. Încercați din nou peste ${seconds} secunde.`,
          other: `Prea multe solicitări. Încercați din nou peste ${seconds} de secunde.`,
        })
      : 'Prea multe solicitări. Încercați din nou peste puțin timp.',
  errorServer: 'A apărut o eroare pe server. Încercați din nou peste puțin timp.',
  errorAuthentication: 'Sesiunea a expirat. Conectați-vă din nou, apoi reîncercați.',
  errorNotFound: 'Această înregistrare nu mai există.',
  errorConflict: 'Aceasta intră în conflict cu o altă înregistrare.',
  errorStale: 'Altcineva a modificat între timp aceste date. Reîncărcați pentru a vedea modificările.',
  errorValidation: 'Unele câmpuri trebuie corectate.',
  errorUnknown: 'Ceva nu a funcționat. Încercați din nou.',
  inputKept: 'Nimic din ce ați introdus nu s-a pierdut.',

  violation: {
    required: 'Obligatoriu.',
    too_long: 'Textul este prea lung.',
    too_many: 'Sunt prea multe intrări.',
    invalid_email: 'Introduceți o adresă de e-mail validă, de ex. nume@exemplu.ro.',
    invalid_phone:
      'Introduceți un număr de telefon cu prefixul țării, de ex. +40 712 345 678, sau alegeți mai întâi țara.',
    invalid_url: 'Introduceți o adresă web care începe cu https:// sau http://.',
    invalid_country: 'Alegeți o țară din listă.',
    invalid_choice: 'Alegeți una dintre opțiuni.',
    unreachable: 'Introduceți un e-mail sau un număr de telefon, ca acest contact să poată primi notificări.',
    sms_needs_phone: 'Pentru SMS este nevoie de un număr de telefon: adăugați unul sau lăsați SMS dezactivat.',
    invalid: 'Această valoare nu este validă.',
    duplicate: 'Alt client are deja această referință externă.',
  },
  // The limit arrives formatted, without its number, so the sentence needs no «de».
  tooLong: (max) => `Textul este prea lung. Număr maxim de caractere: ${max}.`,
  tooMany: (max) => `Sunt prea multe intrări. Număr maxim: ${max}.`,
  fieldsNeedAttention: (count) =>
    plural('ro', count, {
      one: `${count} câmp trebuie corectat.`,
      few: `${count} câmpuri trebuie corectate.`,
      other: `${count} de câmpuri trebuie corectate.`,
    }),
  emailOrPhone: 'e-mail sau telefon obligatoriu',

  unsavedTitle: 'Renunțați la modificări?',
  unsavedBody: 'Ce ați introdus nu a fost salvat și se va pierde.',
  unsavedDiscard: 'Renunțați',
  unsavedKeep: 'Continuați editarea',

  customerTypes: {
    CONTRACTOR: 'Antreprenor', // review: or «Constructor» / «Firmă de construcții»
    DEALER: 'Dealer', // review: the loanword Romanian machine dealers use; «Reprezentanță» is the formal one
    DISTRIBUTOR: 'Distribuitor',
    OEM: 'OEM/Producător',
    RENTAL: 'Închiriere',
    SERVICE: 'Furnizor de servicii',
    OTHER: 'Altele',
  },

  country: 'Țară',
  countryHint: 'Tastați pentru a căuta, apoi alegeți din listă.',
  countryNoMatch: 'Nicio țară găsită',
  countryMatches: (count) =>
    plural('ro', count, {
      one: `${count} țară găsită`,
      few: `${count} țări găsite`,
      other: `${count} de țări găsite`,
    }),
  showCountries: 'Afișați țările',

  companyName: 'Numele companiei',
  address: 'Adresă',
  street: 'Stradă',
  postalCode: 'Cod poștal',
  city: 'Oraș',
  phone: 'Telefon',
  phoneHint: 'Se salvează în format internațional; fără prefixul țării, se folosește țara de mai sus.',
  email: 'E-mail',
  externalReference: 'Referință externă',
  externalReferenceHint: 'ID-ul dvs. pentru acest client, de ex. din sistemul ERP.',
  relationshipType: 'Tip de relație',
  relationshipTypeHint: 'Ce relație aveți cu acest client? Fără o alegere, se folosește „Altele”.',
  contactsReachable: 'Fiecare contact are nevoie de un e-mail sau de un număr de telefon.',
  contactName: 'Nume',
  contactTitle: 'Funcție',
  addContact: 'Adăugați contact',
  saveFailed: 'Clientul nu a fost salvat.',
  serverRejected: 'Serverul nu a acceptat unele câmpuri. Sunt marcate lângă fiecare câmp.',

  region: 'Regiune',
  website: 'Site web',
  websiteHint: 'Începe cu https:// sau http://.',
  note: 'Notă',
};
export default ro;

import type { Strings } from './en.js';
import { plural } from '../plural.js';

/**
 * Italian, with the informal imperative of Italian software (Salva, Inserisci, Riprova). One word per concept:
 * cliente, contatto, attrezzature (equipment), unità (a counted unit), assegnare, flotta, amministratore di flotta.
 */
const it: Strings = {
  loading: 'Caricamento…',
  retry: 'Riprova',
  cancel: 'Annulla',
  close: 'Chiudi',
  save: 'Salva',
  saving: 'Salvataggio…',
  edit: 'Modifica',
  next: 'Avanti',
  back: 'Indietro',
  remove: 'Rimuovi',
  confirm: 'Conferma',
  optional: 'facoltativo',
  notGiven: 'Non indicato',
  // Contacts are masculine and units feminine, so the count avoids an agreeing participle.
  selectedCount: (_count, formatted) => `Selezione: ${formatted}`,
  selectionActions: 'Azioni per la selezione',
  stepOf: (position, total) => `Passaggio ${position} di ${total}`,
  progress: 'Avanzamento',

  noClient: 'Non connesso: imposta la proprietà client o chiama setDefaultClient().',
  noPermissionCreate: 'Solo gli amministratori e gli amministratori di flotta possono creare clienti.',
  noPermissionChange: 'Solo gli amministratori e gli amministratori di flotta possono modificare i clienti.',
  noPermissionTitle: 'Puoi visualizzare i clienti, ma non modificarli',
  userLoadFailed: 'Impossibile caricare le tue autorizzazioni.',

  errorNetwork: 'Impossibile raggiungere il server. Controlla la connessione e riprova.',
  errorTimeout: 'Il server ha impiegato troppo tempo a rispondere. Riprova.',
  errorRateLimited: (seconds) =>
    seconds
      ? plural('it', seconds, {
          one: `Troppe richieste. Riprova tra ${seconds} secondo.`,
          many: `Troppe richieste. Riprova tra ${seconds} di secondi.`,
          other: `Troppe richieste. Riprova tra ${seconds} secondi.`,
        })
      : 'Troppe richieste. Riprova tra poco.',
  errorServer: 'Si è verificato un errore sul server. Riprova tra poco.',
  errorAuthentication: 'La sessione è scaduta. Accedi di nuovo, poi riprova.',
  errorNotFound: 'Questo elemento non esiste più.',
  errorConflict: 'È in conflitto con un altro elemento.',
  errorStale: 'Qualcun altro ha modificato questo elemento nel frattempo. Ricarica per vedere le modifiche.',
  errorValidation: 'Alcuni campi richiedono attenzione.',
  errorUnknown: 'Si è verificato un problema. Riprova.',
  inputKept: 'Nulla di quanto hai inserito è andato perso.',

  violation: {
    required: 'Obbligatorio.',
    too_long: 'Il testo è troppo lungo.',
    too_many: 'Ci sono troppe voci.',
    invalid_email: 'Inserisci un indirizzo e-mail valido, ad es. nome@esempio.it.',
    invalid_phone:
      'Inserisci un numero di telefono con il prefisso internazionale, ad es. +39 312 345 6789, oppure scegli prima il paese.',
    invalid_url: 'Inserisci un indirizzo web che inizi con https:// o http://.',
    invalid_country: 'Scegli un paese dall’elenco.',
    invalid_choice: 'Scegli una delle opzioni.',
    unreachable: 'Inserisci un’e-mail o un numero di telefono, così il contatto può ricevere le notifiche.',
    sms_needs_phone: 'Per gli SMS serve un numero di telefono: aggiungine uno o disattiva gli SMS.',
    invalid: 'Questo valore non è valido.',
    duplicate: 'Un altro cliente ha già questo riferimento esterno.',
  },
  tooLong: (max) => `Il testo è troppo lungo: massimo ${max} caratteri.`,
  tooMany: (max) => `Ci sono troppe voci: massimo ${max}.`,
  fieldsNeedAttention: (count) =>
    plural('it', count, {
      one: `${count} campo richiede attenzione.`,
      many: `${count} di campi richiedono attenzione.`,
      other: `${count} campi richiedono attenzione.`,
    }),
  emailOrPhone: 'e-mail o telefono obbligatori',

  unsavedTitle: 'Scartare le modifiche?',
  unsavedBody: 'Quanto hai inserito non è stato salvato e andrà perso.',
  unsavedDiscard: 'Scarta modifiche',
  unsavedKeep: 'Continua a modificare',

  customerTypes: {
    CONTRACTOR: 'Appaltatore', // review: «Impresa» is what Italian construction usually says
    DEALER: 'Concessionario',
    DISTRIBUTOR: 'Distributore',
    OEM: 'OEM/Produttore',
    RENTAL: 'Noleggio',
    SERVICE: 'Fornitore di servizi', // review: «Centro assistenza» if the type means a workshop
    OTHER: 'Altro',
  },

  country: 'Paese',
  countryHint: 'Digita per cercare, poi scegli dall’elenco.',
  countryNoMatch: 'Nessun paese corrispondente',
  countryMatches: (count) =>
    plural('it', count, {
      one: `${count} paese trovato`,
      many: `${count} di paesi trovati`,
      other: `${count} paesi trovati`,
    }),
  showCountries: 'Mostra paesi',

  companyName: 'Nome azienda',
  address: 'Indirizzo',
  street: 'Via',
  postalCode: 'CAP',
  city: 'Città',
  phone: 'Telefono',
  phoneHint: 'Salvato in formato internazionale; senza prefisso, si considera il paese indicato sopra.',
  email: 'E-mail',
  externalReference: 'Riferimento esterno',
  externalReferenceHint: 'Il tuo ID per questo cliente, ad es. quello del tuo sistema ERP.',
  relationshipType: 'Tipo di relazione',
  relationshipTypeHint: 'Che relazione hai con questo cliente? Se non scegli, si usa «Altro».',
  contactsReachable: 'Ogni contatto deve avere un’e-mail o un numero di telefono.',
  contactName: 'Nome',
  contactTitle: 'Ruolo',
  addContact: 'Aggiungi contatto',
  saveFailed: 'Il cliente non è stato salvato.',
  serverRejected: 'Il server non ha accettato alcuni campi. Sono segnalati accanto a ciascun campo.',

  region: 'Regione',
  website: 'Sito web',
  websiteHint: 'Deve iniziare con https:// o http://.',
  note: 'Nota',
};
export default it;

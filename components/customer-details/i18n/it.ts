import type { detailsEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The details element in Italian (Dettagli, Modifica, Salva, Elimina cliente). */
const it: typeof detailsEn = {
  details: 'Dettagli',
  contactsLabel: 'Contatti',
  equipmentLabel: 'Attrezzature',
  createdAt: 'Creato il',
  updatedAt: 'Modificato il',
  changesSaved: 'Le modifiche sono state salvate.',
  noChanges: 'Nessuna modifica.',
  deleteCustomer: 'Elimina cliente',
  deleting: 'Eliminazione…',
  deleteTitle: (name) => `Eliminare ${name}?`,
  deleteConsequences: (name, equipment, contacts, format) =>
    `Il cliente ${name} verrà eliminato. Questo rimuove ${plural('it', equipment, {
      one: `${format(equipment)} assegnazione di attrezzatura`,
      many: `${format(equipment)} di assegnazioni di attrezzature`,
      other: `${format(equipment)} assegnazioni di attrezzature`,
    })} ed elimina ${plural('it', contacts, {
      one: `${format(contacts)} contatto`,
      many: `${format(contacts)} di contatti`,
      other: `${format(contacts)} contatti`,
    })}.${equipment ? ' Le attrezzature restano nella flotta, senza assegnazione.' : ''} L’operazione non può essere annullata.`,
  customerDeleted: (name) => `Il cliente ${name} è stato eliminato.`,
  deleteFailed: 'Il cliente non è stato eliminato.',
  deleteStale:
    'Il cliente è cambiato da quando è stato visualizzato, quindi non è stato eliminato nulla. Controllalo, poi eliminalo di nuovo.',
  customerNotFound: 'Cliente non trovato',
  customerNotFoundBody: 'Potrebbe essere stato eliminato da qualcun altro, oppure il link non è aggiornato.',
  customerLoadFailed: 'Impossibile caricare il cliente.',
  noCustomerChosen: 'Nessun cliente scelto.',
  conflictTitle: 'Qualcun altro ha modificato questo cliente mentre lo stavi modificando',
  conflictBody:
    'Non è stato salvato nulla; le tue modifiche sono ancora nel modulo. Sovrascrivendo, si sostituiscono solo i campi che hai modificato.',
  conflictTheirs: 'Versione salvata',
  conflictYours: 'La tua modifica',
  conflictNotChangedByYou: 'Non modificato da te',
  conflictReload: 'Carica la versione salvata',
  conflictOverwrite: 'Sovrascrivi con le mie modifiche',
  keptEditsTitle: 'Le tue modifiche non salvate',
  keptEditsBody: 'Il modulo ora mostra la versione salvata. Copia da qui ciò che ti serve ancora.',
};
export default it;

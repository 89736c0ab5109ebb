import type { detailsEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The details element in Romanian (Detalii, Editați, Salvați, Ștergeți clientul). */
const ro: typeof detailsEn = {
  details: 'Detalii',
  contactsLabel: 'Contacte',
  equipmentLabel: 'Echipamente',
  createdAt: 'Creat la',
  updatedAt: 'Modificat la',
  changesSaved: 'Modificările au fost salvate.',
  noChanges: 'Nu s-a modificat nimic.',
  deleteCustomer: 'Ștergeți clientul',
  deleting: 'Se șterge…',
  deleteTitle: (name) => `Ștergeți ${name}?`,
  deleteConsequences: (name, equipment, contacts, format) =>
    `Clientul ${name} va fi șters. Acest lucru elimină ${plural('ro', equipment, {
      one: `${format(equipment)} atribuire de echipament`,
      few: `${format(equipment)} atribuiri de echipamente`,
      other: `${format(equipment)} de atribuiri de echipamente`,
    })} și șterge ${plural('ro', contacts, {
      one: `${format(contacts)} contact`,
      few: `${format(contacts)} contacte`,
      other: `${format(contacts)} de contacte`,
    })}.${equipment ? ' Echipamentele rămân în flotă, fără atribuire.' : ''} Acțiunea nu poate fi anulată.`,
  customerDeleted: (name) => `Clientul ${name} a fost șters.`,
  deleteFailed: 'Clientul nu a fost șters.',
  deleteStale:
    'Clientul s-a modificat de când a fost afișat, așa că nu s-a șters nimic. Verificați-l, apoi ștergeți-l din nou.',
  customerNotFound: 'Clientul nu a fost găsit',
  customerNotFoundBody: 'Poate a fost șters de altcineva sau linkul nu mai este actual.',
  customerLoadFailed: 'Clientul nu a putut fi încărcat.',
  noCustomerChosen: 'Niciun client ales.',
  conflictTitle: 'Altcineva a modificat acest client în timp ce îl editați',
  conflictBody:
    'Nu s-a salvat nimic; modificările dvs. sunt încă în formular. Suprascrierea înlocuiește doar câmpurile pe care le-ați modificat.',
  conflictTheirs: 'Versiunea salvată',
  conflictYours: 'Modificarea dvs.',
  conflictNotChangedByYou: 'Nemodificat de dvs.',
  conflictReload: 'Încărcați versiunea salvată',
  conflictOverwrite: 'Suprascrieți cu modificările mele',
  keptEditsTitle: 'Modificările dvs. care nu au fost salvate',
  keptEditsBody: 'Formularul afișează acum versiunea salvată. Copiați de aici ce vă mai trebuie.',
};
export default ro;

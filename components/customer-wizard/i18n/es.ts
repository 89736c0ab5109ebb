import type { wizardEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The wizard in Spanish (Crear cliente, Guardar). */
const es: typeof wizardEn = {
  createCustomer: 'Crear cliente',
  stepCompany: 'Empresa',
  stepContacts: 'Contactos',
  stepReview: 'Revisión',
  duplicateName: (names) => `Ya existe un cliente con un nombre parecido: ${names}.`,
  duplicateReference: (names) => `Otro cliente tiene esta referencia externa: ${names}.`,
  duplicateContinue: 'Compruebe que se trata de un cliente nuevo. Puede continuar igualmente.',
  contactsIntro: 'Añada las personas del cliente a las que se debe avisar de los eventos de los equipos.',
  contactsEmpty: 'Aún no hay contactos. No pasa nada: puede guardar sin contactos y añadirlos más tarde.',
  contactsLimit: (max) => `Se pueden guardar hasta ${max} contactos con un cliente nuevo.`,
  contactsTooMany: (max, over) =>
    `Se pueden guardar como máximo ${max} contactos con un cliente nuevo. Quite ${plural('es', over, {
      one: `${over} contacto`,
      many: `${over} de contactos`,
      other: `${over} contactos`,
    })} o añada el resto después de guardar.`,
  contactN: (position) => `Contacto ${position}`,
  removeContact: (position) => `Quitar contacto ${position}`,
  contactAdded: (position) => `Contacto ${position} añadido.`,
  contactRemoved: (position) => `Contacto ${position} quitado.`,
  reviewIntro: 'Revise los datos antes de guardar. Use Editar para volver a un paso.',
  // The step's own title, kept as a name: «Editar el paso Empresa».
  editStep: (step) => `Editar el paso ${step}`,
  noContacts: 'Sin contactos.',
  savingCustomer: 'Guardando el cliente…',
  customerCreated: (name) => `Se ha creado el cliente ${name}.`,
  customerCreatedBody:
    'El cliente y sus contactos se han guardado. Asigne equipos desde la pestaña Equipos del cliente.',
  createAnother: 'Crear otro cliente',
};
export default es;

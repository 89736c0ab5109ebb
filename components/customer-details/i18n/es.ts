import type { detailsEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The details element in Spanish (Detalles, Editar, Guardar, Eliminar cliente). */
const es: typeof detailsEn = {
  details: 'Detalles',
  contactsLabel: 'Contactos',
  equipmentLabel: 'Equipos',
  createdAt: 'Creado',
  updatedAt: 'Modificado',
  changesSaved: 'Se han guardado los cambios.',
  noChanges: 'No se ha cambiado nada.',
  deleteCustomer: 'Eliminar cliente',
  deleting: 'Eliminando…',
  deleteTitle: (name) => `¿Eliminar ${name}?`,
  deleteConsequences: (name, equipment, contacts, format) =>
    `Se eliminará el cliente ${name}. Esto quita ${plural('es', equipment, {
      one: `${format(equipment)} asignación de equipo`,
      many: `${format(equipment)} de asignaciones de equipos`,
      other: `${format(equipment)} asignaciones de equipos`,
    })} y elimina ${plural('es', contacts, {
      one: `${format(contacts)} contacto`,
      many: `${format(contacts)} de contactos`,
      other: `${format(contacts)} contactos`,
    })}.${equipment ? ' Los equipos siguen en su flota, sin asignar.' : ''} Esta acción no se puede deshacer.`,
  customerDeleted: (name) => `Se ha eliminado el cliente ${name}.`,
  deleteFailed: 'No se ha eliminado el cliente.',
  deleteStale:
    'El cliente ha cambiado desde que se mostró, así que no se ha eliminado nada. Revíselo y vuelva a eliminarlo.',
  customerNotFound: 'Cliente no encontrado',
  customerNotFoundBody: 'Puede que otra persona lo haya eliminado o que el enlace esté desactualizado.',
  customerLoadFailed: 'No se pudo cargar el cliente.',
  noCustomerChosen: 'No se ha elegido ningún cliente.',
  conflictTitle: 'Otra persona ha modificado este cliente mientras usted lo editaba',
  conflictBody:
    'No se ha guardado nada; sus cambios siguen en el formulario. Al sobrescribir, solo se reemplazan los campos que ha cambiado.',
  conflictTheirs: 'Versión guardada',
  conflictYours: 'Su cambio',
  conflictNotChangedByYou: 'No lo ha cambiado usted',
  conflictReload: 'Cargar la versión guardada',
  conflictOverwrite: 'Sobrescribir con mis cambios',
  keptEditsTitle: 'Sus cambios no guardados',
  keptEditsBody: 'El formulario muestra ahora la versión guardada. Copie de aquí lo que aún necesite.',
};
export default es;

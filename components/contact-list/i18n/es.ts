import type { contactListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The contact list in Spanish (Lista de contactos, Añadir contacto, Editar contactos, Eliminar contactos). */
const es: typeof contactListEn = {
  contactList: 'Lista de contactos',
  contactTitle: 'Cargo',
  contactCount: (count, formatted) =>
    plural('es', count, {
      one: `${formatted} contacto`,
      many: `${formatted} de contactos`,
      other: `${formatted} contactos`,
    }),
  contactsFound: (count, formatted) =>
    count === 0
      ? 'No se han encontrado contactos.'
      : plural('es', count, {
          one: `${formatted} contacto encontrado.`,
          many: `${formatted} de contactos encontrados.`,
          other: `${formatted} contactos encontrados.`,
        }),
  contactsShown: (shown, total) => `Se muestran ${shown} de ${total}`,
  searchContacts: 'Buscar contactos',
  showMoreContacts: 'Mostrar más contactos',
  selectAllContacts: 'Seleccionar todos los contactos',
  selectContact: (name) => `Seleccionar a ${name}`,
  contactField: (field, name) => `${field}, ${name}`,
  sortedBy: (column, descending) =>
    `Ordenado por ${column.toLowerCase()}, en orden ${descending ? 'descendente' : 'ascendente'}.`,
  noCustomer: 'No se ha elegido ningún cliente: defina el atributo customer-id.',
  contactsNone: 'Este cliente aún no tiene contactos.',
  contactsNoMatch: (search) => `Ningún contacto coincide con «${search}».`,
  contactsLoadFailed: 'No se pudieron cargar los contactos.',
  contactsReadOnlyTitle: 'Puede ver los contactos, pero no modificarlos',
  contactsReadOnly:
    'Solo los administradores y los administradores de flota pueden añadir, editar o eliminar contactos.',
  editContacts: 'Editar contactos',
  deleteContacts: 'Eliminar contactos',
  clearSelection: 'Borrar selección',
  editingContacts: (count, formatted) =>
    plural('es', count, {
      one: `Editando ${formatted} contacto`,
      many: `Editando ${formatted} de contactos`,
      other: `Editando ${formatted} contactos`,
    }),
  contactsSaved: (count) =>
    plural('es', count, {
      one: `${count} contacto guardado.`,
      many: `${count} de contactos guardados.`,
      other: `${count} contactos guardados.`,
    }),
  contactsNotSaved: (count) =>
    plural('es', count, {
      one: `${count} contacto no se ha guardado: vea el mensaje en su fila.`,
      many: `${count} de contactos no se han guardado: vea el mensaje en cada fila.`,
      other: `${count} contactos no se han guardado: vea el mensaje en cada fila.`,
    }),
  contactsUnchanged: 'No se ha cambiado nada.',
  contactStale:
    'Otra persona ha modificado este contacto mientras tanto; ahora se parte de esa versión. Guarde de nuevo para aplicar sus cambios sobre ella, o pulse Cancelar para verla.',
  deleteContactsTitle: (count, formatted) =>
    plural('es', count, {
      one: `¿Eliminar ${formatted} contacto?`,
      many: `¿Eliminar ${formatted} de contactos?`,
      other: `¿Eliminar ${formatted} contactos?`,
    }),
  // The names may be one or several, so the verb does not agree with them.
  deleteContactsBody: (names) => `Se eliminará lo siguiente: ${names}. Esta acción no se puede deshacer.`,
  andMore: (count) => `${count} más`,
  deletingContacts: 'Eliminando contactos…',
  contactsDeleted: (count) =>
    plural('es', count, {
      one: `${count} contacto eliminado.`,
      many: `${count} de contactos eliminados.`,
      other: `${count} contactos eliminados.`,
    }),
  contactsNotDeleted: (count) =>
    plural('es', count, {
      one: `${count} contacto no se ha eliminado y sigue seleccionado:`,
      many: `${count} de contactos no se han eliminado y siguen seleccionados:`,
      other: `${count} contactos no se han eliminado y siguen seleccionados:`,
    }),
  contactNotDeletedReason: (name, reason) => `${name}: ${reason}`,
  contactAddedNamed: (name) => `${name} se ha añadido a la lista de contactos.`,
  addContactFailed: 'No se ha añadido el contacto.',
  contactPhoneHint: (country) =>
    country ? `Sin prefijo del país, se asume ${country}.` : 'Incluya el prefijo del país, p. ej., +34 612 34 56 78.',
  newContact: 'Nuevo',
  selectedHidden: (count, formatted) =>
    plural('es', count, {
      one: `${formatted} contacto seleccionado está oculto por la búsqueda y no se incluye en Editar ni en Eliminar.`,
      many: `${formatted} de contactos seleccionados están ocultos por la búsqueda y no se incluyen en Editar ni en Eliminar.`,
      other: `${formatted} contactos seleccionados están ocultos por la búsqueda y no se incluyen en Editar ni en Eliminar.`,
    }),
  dismiss: 'Cerrar',
  contactsNoneHint: 'Añada las personas del cliente a las que se debe avisar de los eventos de los equipos.',
  // Notification preferences
  notifications: 'Notificaciones',
  notificationChannels: 'Canales',
  notificationEvents: 'Eventos',
  notificationLanguage: 'Idioma de los mensajes',
  notificationOptOut: 'Baja: no enviar nada', // review: «Baja» for opt-out; Trackunit may say «No recibir avisos»
  notificationOptOutHint: 'Las opciones de arriba se conservan y vuelven a aplicarse al anular la baja.',
  smsNeedsPhoneHint: 'Los SMS necesitan un número de teléfono.',
  channelName: { email: 'Correo electrónico', sms: 'SMS' },
  eventName: {
    service_due: 'Mantenimiento pendiente', // review: Trackunit's Spanish word for a service reminder
    fault_code: 'Códigos de avería', // review: «Códigos de error» is also used
    geofence_enter: 'Entrada en geocerca', // review: «geocerca» vs. «geovalla» vs. «Geofence»
    geofence_exit: 'Salida de geocerca',
    out_of_hours_use: 'Uso fuera de horario',
    low_battery: 'Batería baja',
    tamper: 'Manipulación', // review: tamper alarm of the telematics unit
  },
  optedOut: 'De baja',
  noChannel: 'Ningún canal',
  eventCount: (count) =>
    plural('es', count, { one: `${count} evento`, many: `${count} de eventos`, other: `${count} eventos` }),
  notifiedAbout: (channels, events) => `Por ${channels}: ${events}`,
  nothingChosen: 'nada',
  notifySelected: 'Notificaciones…',
  notifySelectedTitle: (count, formatted) =>
    plural('es', count, {
      one: `Notificaciones de ${formatted} contacto`,
      many: `Notificaciones de ${formatted} de contactos`,
      other: `Notificaciones de ${formatted} contactos`,
    }),
  notifyChange: 'Cambiar',
  notifyAdd: 'Activar',
  notifyRemove: 'Desactivar',
  notifyWhat: 'Evento o canal',
  notifyApply: 'Aplicar',
  notifyOptOut: 'Dar de baja',
  notifyOptIn: 'Anular la baja',
  notifyDone: (count) =>
    plural('es', count, {
      one: `Notificaciones cambiadas para ${count} contacto.`,
      many: `Notificaciones cambiadas para ${count} de contactos.`,
      other: `Notificaciones cambiadas para ${count} contactos.`,
    }),
  notifyFailed: (name, reason) => `${name}: ${reason}`,
  whoIsTold: 'A quién se avisa',
  whoIsToldEvent: 'Cuando una máquina notifica',
  whoIsToldNone: 'No se avisa a nadie de este evento.',
  whoIsToldCount: (count) =>
    plural('es', count, {
      one: `Se avisa a ${count} contacto.`,
      many: `Se avisa a ${count} de contactos.`,
      other: `Se avisa a ${count} contactos.`,
    }),
  whoIsToldFailed: 'No se pudo cargar a quién se avisa.',
  notifyNotChanged: (count) =>
    plural('es', count, {
      one: `${count} contacto no se ha cambiado:`,
      many: `${count} de contactos no se han cambiado:`,
      other: `${count} contactos no se han cambiado:`,
    }),
};
export default es;

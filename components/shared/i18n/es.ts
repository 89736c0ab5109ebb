import type { Strings } from './en.js';
import { plural } from '../plural.js';

/**
 * Spanish (Spain, as CLDR's `es`), formal «usted» as in fleet software help centres. One word per concept:
 * cliente, contacto, equipo (a countable unit of the fleet), asignar, flota, administrador de flota.
 */
const es: Strings = {
  loading: 'Cargando…',
  retry: 'Reintentar',
  cancel: 'Cancelar',
  close: 'Cerrar',
  save: 'Guardar',
  saving: 'Guardando…',
  edit: 'Editar',
  next: 'Siguiente',
  back: 'Atrás',
  remove: 'Quitar',
  confirm: 'Confirmar',
  optional: 'opcional',
  notGiven: 'Sin indicar',
  selectedCount: (count, formatted) =>
    plural('es', count, {
      one: `${formatted} seleccionado`,
      many: `${formatted} seleccionados`,
      other: `${formatted} seleccionados`,
    }),
  selectionActions: 'Acciones para la selección',
  stepOf: (position, total) => `Paso ${position} de ${total}`,
  progress: 'Progreso',

  noClient: 'Sin conexión: defina la propiedad client o llame a setDefaultClient().',
  noPermissionCreate: 'Solo los administradores y los administradores de flota pueden crear clientes.',
  noPermissionChange: 'Solo los administradores y los administradores de flota pueden modificar clientes.',
  noPermissionTitle: 'Puede ver los clientes, pero no modificarlos',
  userLoadFailed: 'No se pudieron cargar sus permisos.',

  errorNetwork: 'No se pudo conectar con el servidor. Compruebe la conexión y vuelva a intentarlo.',
  errorTimeout: 'El servidor tardó demasiado en responder. Vuelva a intentarlo.',
  errorRateLimited: (seconds) =>
    seconds
      ? plural('es', seconds, {
          one: `Demasiadas solicitudes. Vuelva a intentarlo dentro de ${seconds} segundo.`,
          many: `Demasiadas solicitudes. Vuelva a intentarlo dentro de ${seconds} de segundos.`,
          other: `Demasiadas solicitudes. Vuelva a intentarlo dentro de ${seconds} segundos.`,
        })
      : 'Demasiadas solicitudes. Vuelva a intentarlo en un momento.',
  errorServer: 'Se ha producido un error en el servidor. Vuelva a intentarlo en un momento.',
  errorAuthentication: 'Su sesión ha caducado. Inicie sesión de nuevo y vuelva a intentarlo.',
  errorNotFound: 'Este registro ya no existe.',
  errorConflict: 'Esto entra en conflicto con otro registro.',
  errorStale: 'Otra persona lo ha modificado mientras tanto. Vuelva a cargar para ver esos cambios.',
  errorValidation: 'Revise algunos campos.',
  errorUnknown: 'Algo ha salido mal. Vuelva a intentarlo.',
  inputKept: 'No se ha perdido nada de lo que ha introducido.',

  violation: {
    required: 'Obligatorio.',
    too_long: 'Es demasiado largo.',
    too_many: 'Hay demasiadas entradas.',
    invalid_email: 'Introduzca un correo electrónico válido, p. ej., nombre@ejemplo.es.',
    invalid_phone: 'Introduzca un teléfono con el prefijo del país, p. ej., +34 612 34 56 78, o elija antes el país.',
    invalid_url: 'Introduzca una dirección web que empiece por https:// o http://.',
    invalid_country: 'Elija un país de la lista.',
    invalid_choice: 'Elija una de las opciones.',
    unreachable: 'Introduzca un correo electrónico o un teléfono para poder avisar al contacto.',
    sms_needs_phone: 'Los SMS necesitan un número de teléfono: añada uno o desactive los SMS.',
    invalid: 'Este valor no es válido.',
    duplicate: 'Otro cliente ya tiene esta referencia externa.',
  },
  tooLong: (max) => `Es demasiado largo: ${max} caracteres como máximo.`,
  tooMany: (max) => `Hay demasiadas entradas: ${max} como máximo.`,
  fieldsNeedAttention: (count) =>
    plural('es', count, {
      one: `${count} campo requiere atención.`,
      many: `${count} de campos requieren atención.`,
      other: `${count} campos requieren atención.`,
    }),
  emailOrPhone: 'correo electrónico o teléfono obligatorio',

  unsavedTitle: '¿Descartar los cambios?',
  unsavedBody: 'Lo que ha escrito no se ha guardado y se perderá.',
  unsavedDiscard: 'Descartar cambios',
  unsavedKeep: 'Seguir editando',

  customerTypes: {
    CONTRACTOR: 'Contratista',
    DEALER: 'Concesionario',
    DISTRIBUTOR: 'Distribuidor',
    OEM: 'OEM/Fabricante',
    RENTAL: 'Alquiler', // review: «Empresa de alquiler» names the customer; «Renta» in Latin America
    SERVICE: 'Proveedor de servicios',
    OTHER: 'Otro',
  },

  country: 'País',
  countryHint: 'Escriba para buscar y elija de la lista.',
  countryNoMatch: 'Ningún país coincide',
  countryMatches: (count) =>
    plural('es', count, {
      one: `${count} país encontrado`,
      many: `${count} de países encontrados`,
      other: `${count} países encontrados`,
    }),
  showCountries: 'Mostrar países',

  companyName: 'Nombre de la empresa',
  address: 'Dirección',
  street: 'Calle',
  postalCode: 'Código postal',
  city: 'Ciudad',
  phone: 'Teléfono',
  phoneHint: 'Se guarda en formato internacional; sin prefijo del país, se usa el país indicado arriba.',
  email: 'Correo electrónico',
  externalReference: 'Referencia externa',
  externalReferenceHint: 'Su propio ID para este cliente, p. ej., el de su sistema ERP.',
  relationshipType: 'Tipo de relación',
  relationshipTypeHint: '¿Qué relación tiene con este cliente? Si no elige ninguna, se usa «Otro».',
  contactsReachable: 'Cada contacto necesita un correo electrónico o un teléfono.',
  contactName: 'Nombre',
  contactTitle: 'Cargo',
  addContact: 'Añadir contacto',
  saveFailed: 'No se ha guardado el cliente.',
  serverRejected: 'El servidor no ha aceptado algunos campos. Están marcados junto a cada campo.',

  region: 'Región',
  website: 'Sitio web',
  websiteHint: 'Empieza por https:// o http://.',
  note: 'Nota',
};
export default es;

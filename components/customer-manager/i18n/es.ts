import type { managerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** Spanish wording: Detalles, Lista de contactos, Equipos. */
const es: typeof managerEn = {
  tabs: { details: 'Detalles', contacts: 'Lista de contactos', equipment: 'Equipos' },
  customerSections: (name) => `${name}: secciones`,
  backToCustomers: 'Volver a clientes',
  hideList: 'Ocultar la lista',
  showList: 'Mostrar la lista',
  contactsCount: (count, formatted) =>
    plural('es', count, {
      one: `${formatted} contacto`,
      many: `${formatted} de contactos`,
      other: `${formatted} contactos`,
    }),
  unitsCount: (count, formatted) =>
    plural('es', count, { one: `${formatted} equipo`, many: `${formatted} de equipos`, other: `${formatted} equipos` }),
  chooseCustomer: 'Elija un cliente en la lista para ver sus detalles, contactos y equipos.',
  customerLoadFailed: 'No se pudo cargar el cliente.',
  partLoadFailed: 'No se pudo cargar esta parte de la aplicación.',
  customerDeletedNotice: (name) => `Se ha eliminado el cliente ${name}, con sus contactos y asignaciones de equipos.`,
  importCustomers: 'Importar clientes',
};
export default es;

import type { customerListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** Spanish wording: Clientes, Crear cliente, Tipo de relación. */
const es: typeof customerListEn = {
  customers: 'Clientes',
  customerCount: (count, formatted) =>
    plural('es', count, {
      one: `${formatted} cliente`,
      many: `${formatted} de clientes`,
      other: `${formatted} clientes`,
    }),
  customerMatches: (count, formatted) =>
    plural('es', count, {
      one: `${formatted} cliente coincidente`,
      many: `${formatted} de clientes coincidentes`,
      other: `${formatted} clientes coincidentes`,
    }),
  createCustomer: 'Crear cliente',
  searchCustomers: 'Buscar clientes',
  searchCustomersHint: 'Nombre, referencia externa, correo electrónico o ciudad.',
  typeFilter: 'Tipo de relación',
  allTypes: 'Todos los tipos',
  typesChosen: (count) =>
    plural('es', count, { one: `${count} tipo`, many: `${count} de tipos`, other: `${count} tipos` }),
  sortBy: 'Ordenar por',
  sortOptions: {
    name: 'Nombre (A–Z)',
    '-name': 'Nombre (Z–A)',
    type: 'Tipo de relación',
    '-type': 'Tipo de relación, inverso',
    contactCount: 'Menos contactos',
    '-contactCount': 'Más contactos',
    equipmentCount: 'Menos equipos',
    '-equipmentCount': 'Más equipos',
    updatedAt: 'Modificado (antiguos primero)',
    '-updatedAt': 'Modificado (recientes primero)',
  },
  colName: 'Nombre',
  colType: 'Tipo de relación',
  colPlace: 'Ciudad y país',
  colContacts: 'Contactos',
  colEquipment: 'Equipos',
  colUpdated: 'Modificado',
  noCustomers: 'Aún no hay clientes.',
  nothingMatches: (search) => `Nada coincide con «${search}».`,
  nothingOfTypes: 'Ningún cliente tiene los tipos de relación elegidos.',
  clearFilters: 'Borrar búsqueda y filtros',
  customersLoadFailed: 'No se pudieron cargar los clientes.',
  listKeys: 'Las flechas, Inicio, Fin, Re Pág y Av Pág mueven; Intro o Espacio abre el cliente.', // review: key names as printed on Spanish keyboards
  exportAction: 'Exportar',
  exportTitle: 'Exportar clientes',
  exportScope: (count, formatted, filtered) =>
    filtered
      ? plural('es', count, {
          one: `${formatted} cliente que coincide con la búsqueda y los filtros, como archivo CSV (UTF-8).`,
          many: `Los ${formatted} de clientes que coinciden con la búsqueda y los filtros, como archivo CSV (UTF-8).`,
          other: `Los ${formatted} clientes que coinciden con la búsqueda y los filtros, como archivo CSV (UTF-8).`,
        })
      : plural('es', count, {
          one: `${formatted} cliente, como archivo CSV (UTF-8).`,
          many: `Los ${formatted} de clientes, como archivo CSV (UTF-8).`,
          other: `Los ${formatted} clientes, como archivo CSV (UTF-8).`,
        }),
  exportSeparator: 'Separador',
  exportSeparatorHint: 'Excel espera punto y coma donde los números se escriben con coma decimal, como en español.',
  exportSemicolon: 'Punto y coma (;)',
  exportComma: 'Coma (,)',
  exportWithContacts: 'Una fila por contacto',
  exportWithContactsHint: 'Añade las columnas de contacto; un cliente sin contactos ocupa una fila.',
  exportStart: 'Exportar',
  exportRunning: 'Exportando clientes',
  exportProgress: (done, total) => `${done} de ${total} clientes`,
  exportCancel: 'Cancelar exportación',
  exportCancelled: 'Exportación cancelada. No se ha descargado nada.',
  exportDone: (count, formatted) =>
    plural('es', count, {
      one: `${formatted} cliente exportado.`,
      many: `${formatted} de clientes exportados.`,
      other: `${formatted} clientes exportados.`,
    }),
  exportFailed: 'La exportación ha fallado.',
  exportTemplate: 'Descargar plantilla de importación',
  exportTemplateHint: 'Para importar clientes, rellene la plantilla: tiene las mismas columnas.',
  exportFileName: 'clientes',
};
export default es;

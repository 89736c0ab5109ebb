import type { importEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-import>` in Spanish: the same words as the customer list (cliente, contacto, referencia externa). */
const es: typeof importEn = {
  importCustomers: 'Importar clientes',
  stepChoose: 'Archivo',
  stepMap: 'Columnas',
  stepPreview: 'Vista previa',
  stepImport: 'Importar',
  chooseIntro:
    'Elija un archivo CSV, o un archivo de Excel separado por punto y coma, en UTF-8 o Windows-1252. Una fila por cliente; los contactos como Contacto 1 nombre, Contacto 2 correo electrónico, … o en filas propias con la misma referencia externa.',
  chooseFile: 'Elegir un archivo',
  dropHint: 'o suéltelo aquí',
  downloadTemplate: 'Descargar la plantilla',
  reading: 'Leyendo el archivo…',
  readAs: (name, encoding, rows) => `${name}: ${rows} filas, leído como ${encoding}.`,
  problemEmpty: 'El archivo está vacío.',
  problemTooLarge: (size, max) =>
    `El archivo ocupa ${size}; una importación admite archivos de hasta ${max}. Divídalo en archivos más pequeños e impórtelos uno a uno.`,
  problemPdf:
    'Es un documento PDF, no un archivo CSV. Abra la hoja en Excel y guárdela como CSV; después elija ese archivo.',
  problemZip:
    'Es un archivo ZIP (un libro de Excel .xlsx lo es), no un archivo CSV. En Excel elija Guardar como → CSV y después elija ese archivo.', // review: menu name as in Spanish Excel
  problemImage: 'Es una imagen, no un archivo CSV.',
  problemBinary:
    'Este archivo no es texto, así que no puede ser un archivo CSV. Guarde la hoja como CSV y elija ese archivo.',
  problemNul: (rows) =>
    `El archivo contiene bytes NUL (en las filas ${rows}): está dañado o no es un archivo CSV. Vuelva a guardarlo como CSV.`,
  problemMixed: (rows) =>
    `El archivo mezcla dos codificaciones de texto: las filas ${rows} no están en UTF-8 y las demás sí. Vuelva a guardar todo el archivo como «CSV UTF-8» y elíjalo de nuevo.`, // review: Excel's Spanish name of the format
  problemNoRows: 'El archivo no tiene filas debajo de la fila de encabezado.',
  problemTooManyRows: (max) =>
    `El archivo tiene más de ${max} filas. Divídalo en archivos de ${max} filas como máximo e impórtelos uno a uno.`,
  problemQuote: (row) =>
    `Una celda entre comillas que empieza en la fila ${row} no se cierra nunca, así que el resto del archivo se leería como una sola celda. Revise las comillas de esa fila.`,
  raggedRows: (count, rows) =>
    count === 1
      ? `La fila ${rows} tiene un número de celdas distinto del encabezado: revise sus separadores y comillas.`
      : plural('es', count, {
          one: `${count} fila tiene un número de celdas distinto del encabezado (fila ${rows}): revise sus separadores y comillas.`,
          many: `${count} de filas tienen un número de celdas distinto del encabezado (filas ${rows}): revise sus separadores y comillas.`,
          other: `${count} filas tienen un número de celdas distinto del encabezado (filas ${rows}): revise sus separadores y comillas.`,
        }),
  mapIntro:
    'Compruebe adónde va cada columna del archivo. Los encabezados reconocidos ya están asignados; puede cambiar cualquiera.',
  fileColumn: 'Columna del archivo',
  sample: 'Primer valor',
  mapsTo: 'Se importa como',
  ignoreColumn: 'No importar',
  contactSlot: (slot, field) => `Contacto ${slot}: ${field}`,
  contactRow: (field) => `Contacto (uno por fila): ${field}`,
  columnCustomerId: 'ID de cliente',
  columnContactName: 'nombre',
  needNameColumn: 'Asigne una columna a Nombre: cada cliente necesita un nombre.',
  checking: (done, total) => `Comprobando filas… ${done} de ${total}`,
  summary: (created, updated, errors, duplicates) =>
    `${created} nuevos, ${updated} actualizados, ${errors} con errores, ${duplicates} posibles duplicados`,
  filterAll: 'Todas las filas',
  filterErrors: 'Con errores',
  filterDuplicates: 'Posibles duplicados',
  filterUpdates: 'Actualizaciones',
  filterNew: 'Nuevos',
  show: 'Mostrar',
  row: 'Fila',
  status: 'Estado',
  statusNew: 'Nuevo',
  statusUpdate: 'Actualización',
  statusDuplicate: 'Posible duplicado',
  statusError: 'Error',
  problems: 'Problemas',
  rowProblem: 'Fila',
  looksLike: (names) => `Se parece a ${names}.`,
  sameAsLine: (line) => `Como la línea ${line} de este archivo.`,
  updates: (name) => `Actualiza ${name}.`,
  decision: (row) => `Fila ${row}: qué hacer`,
  decideLater: 'Elegir…',
  importAsNew: 'Importar como nuevo',
  skipRow: 'Omitir',
  allAsNew: 'Importar todos los posibles duplicados como nuevos',
  skipAll: 'Omitir todos los posibles duplicados',
  undecided: (count) =>
    plural('es', count, {
      one: `Decida qué hacer con ${count} posible duplicado antes de importar.`,
      many: `Decida qué hacer con ${count} de posibles duplicados antes de importar.`,
      other: `Decida qué hacer con ${count} posibles duplicados antes de importar.`,
    }),
  pageOf: (page, pages) => `Página ${page} de ${pages}`,
  previousPage: 'Página anterior',
  nextPage: 'Página siguiente',
  noRowsShown: 'No hay filas de este tipo.',
  importRows: (count) => `Importar ${count} filas`,
  nothingToImport:
    'No hay nada que importar: corrija en el archivo las filas con errores o cambie la asignación de columnas.',
  importing: (done, total) => `Importando… ${done} de ${total} filas`,
  cancelImport: 'Cancelar importación',
  cancelled: 'Se ha cancelado la importación. Lo que ya se envió se conserva.',
  doneTitle: 'Importación finalizada',
  doneSummary: (created, updated, unchanged, failed) =>
    `${created} creados, ${updated} actualizados, ${unchanged} sin cambios, ${failed} no importados`,
  downloadFailed: (count) => `Descargar las ${count} filas no importadas (CSV)`,
  retryFailed: 'Reintentar las filas que fallaron',
  reasonColumn: 'Motivo',
  reasonCancelled: 'No importado: se canceló la importación.',
  reasonSkipped: 'Omitido: posible duplicado.',
  undo: 'Deshacer esta importación',
  undoConfirmTitle: '¿Deshacer esta importación?',
  undoConfirmBody: (created, updated) =>
    `Se eliminarán los ${created} clientes que creó la importación y se restaurarán los ${updated} clientes que actualizó. Los clientes modificados desde la importación se quedan como están.`,
  undoing: (done, total) => `Deshaciendo… ${done} de ${total}`,
  undone: 'Se ha deshecho la importación.',
  undoRefused: (count) =>
    plural('es', count, {
      one: `${count} cliente se modificó después de la importación y se ha dejado como está:`,
      many: `${count} de clientes se modificaron después de la importación y se han dejado como están:`,
      other: `${count} clientes se modificaron después de la importación y se han dejado como están:`,
    }),
  undoRefusedRow: (row, name) =>
    `Fila ${row}, ${name}: modificado después de la importación, por lo que no se deshizo.`,
  undoFailedRow: (row, name, reason) => `Fila ${row}, ${name}: ${reason}`,
  startOver: 'Importar otro archivo',
  failedFileName: 'clientes-no-importados.csv',
};
export default es;

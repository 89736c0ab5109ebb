/**
 * The CSV column model shared by export (SDK + `<customer-list>`), the template and import
 * (`<customer-import>`, `customers.importMany`). No DOM: safe in Node, the SDK and the elements. Public as
 * `fleet-customers/csv`, with `exportCustomersCsv(client, query, options)`.
 */
export * from './aliases.js';
export * from './cells.js';
export * from './columns.js';
export * from './headers.js';
export * from './rows.js';
export * from './template.js';
export { exportCustomersCsv, type ExportCsvOptions, type ExportProgress } from '../client/export.js';

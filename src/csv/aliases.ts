import type { ContactColumn, CustomerColumn } from './columns.js';

/**
 * Other headers import recognises for each column, besides its English and Danish `header` (kept apart from
 * `columns.ts` so export and the SDK do not carry them). Compared after `normalizeHeader`.
 */
export const CUSTOMER_ALIASES: Readonly<Record<CustomerColumn, readonly string[]>> = {
  id: ['ID', 'Customer id', 'Kunde id', 'Kundeid'],
  externalReference: [
    'External ref',
    'External ID',
    'ExternalRef',
    'Reference',
    'Ref',
    'Customer number',
    'Customer no',
    'Account number',
    'ERP ID',
    'Ekstern ref',
    'Ekstern ID',
    'Reference nr',
    'Kundenummer',
    'Kundenr',
    'Debitornummer',
    'Debitornr',
  ],
  name: [
    'Company',
    'Company name',
    'Customer',
    'Customer name',
    'Firma',
    'Firmanavn',
    'Virksomhed',
    'Virksomhedsnavn',
    'Kunde',
    'Kundenavn',
  ],
  street: ['Street', 'Street address', 'Address line', 'Address line 1', 'Address 1', 'Gade', 'Vej', 'Vejnavn'],
  postalCode: ['Postcode', 'Post code', 'ZIP', 'ZIP code', 'Postnr', 'Post nr'],
  city: ['Town', 'Bynavn', 'Postdistrikt'],
  region: ['State', 'County', 'Province', 'Landsdel'],
  country: ['Country code', 'Landekode'],
  phone: ['Telephone', 'Phone number', 'Tel', 'Telefonnummer', 'Tlf', 'Tlf nr'],
  email: ['E-mail address', 'Mail', 'E-mailadresse', 'E-post'],
  website: ['Web', 'Web site', 'URL', 'Homepage', 'Hjemmeside'],
  type: ['Type', 'Relationship', 'Relationship type', 'Relation', 'Relationstype'],
  note: ['Notes', 'Comment', 'Comments', 'Noter', 'Bemærkning', 'Bemærkninger', 'Kommentar'],
};

/** Other headers of the rows shape's contact columns. */
export const CONTACT_ALIASES: Readonly<Record<ContactColumn, readonly string[]>> = {
  name: ['Contact', 'Contact person', 'Kontakt', 'Kontaktperson'],
  email: ['Contact e-mail address', 'Contact mail', 'Kontaktmail', 'Kontaktens e-mail', 'Kontakt e-mailadresse'],
  phone: ['Contact telephone', 'Contact phone number', 'Kontakt telefon', 'Kontakt tlf', 'Kontaktens telefon'],
  title: ['Title', 'Job title', 'Contact job title', 'Titel', 'Stilling', 'Kontakt titel', 'Kontaktens titel'],
};

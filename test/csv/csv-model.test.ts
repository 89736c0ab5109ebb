import { expect } from '@open-wc/testing';
import {
  BOM,
  csvTemplate,
  customerInputOf,
  customerRow,
  defaultSeparator,
  exportTargets,
  headerOf,
  neutralizeFormula,
  normalizeHeader,
  parseTargetKey,
  readCell,
  readCustomers,
  recognizeHeader,
  recognizeHeaders,
  targetKey,
  templateTargets,
  writeCell,
  writeRow,
} from '../../src/csv/index.js';
import type { Customer } from '../../src/index.js';
import { parse } from './parse.js';

const customer: Customer = {
  id: 'c_1',
  name: 'Ærø Entreprenør, "Syd" ApS',
  type: 'CONTRACTOR',
  externalReference: 'ERP-7',
  phone: '+4512345678',
  email: 'info@aeroe.dk',
  address: { street: 'Havnegade 1\nBaghuset', postalCode: '5970', city: 'Ærøskøbing', country: 'DK' },
  note: '=HYPERLINK("http://evil")',
  contactCount: 1,
  equipmentCount: 0,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
};

describe('CSV column model', () => {
  describe('cells', () => {
    it('quotes per RFC 4180 only when needed, doubling quotes', () => {
      expect(writeCell('plain')).to.equal('plain');
      expect(writeCell('a,b')).to.equal('"a,b"');
      expect(writeCell('a;b', ',')).to.equal('a;b');
      expect(writeCell('a;b', ';')).to.equal('"a;b"');
      expect(writeCell('say "hi"')).to.equal('"say ""hi"""');
      expect(writeCell('two\nlines')).to.equal('"two\nlines"');
      expect(writeCell('cr\rhere')).to.equal('"cr\rhere"');
      expect(writeCell(' padded ')).to.equal('" padded "');
      expect(writeCell(undefined)).to.equal('');
      expect(writeCell(null)).to.equal('');
    });

    it('neutralises cells that would start a formula, and reads them back unchanged', () => {
      for (const start of ['=', '+', '-', '@', '\t', '\r']) {
        const value = `${start}1+2`;
        expect(neutralizeFormula(value), JSON.stringify(value)).to.equal(`'${value}`);
        expect(readCell(neutralizeFormula(value))).to.equal(value);
      }
      expect(writeCell('=SUM(A1:A9)')).to.equal("'=SUM(A1:A9)");
      expect(writeCell('=1,2')).to.equal(`"'=1,2"`);
      expect(writeCell('\t=x')).to.equal("'\t=x");
      // A value that already looks neutralised keeps its quote after a write and a read.
      expect(readCell(neutralizeFormula("'=x"))).to.equal("'=x");
      // Text that merely starts with a quote, or has a formula character later, is left alone.
      expect(neutralizeFormula("'t Hoen")).to.equal("'t Hoen");
      expect(readCell("'t Hoen")).to.equal("'t Hoen");
      expect(neutralizeFormula('A-1')).to.equal('A-1');
    });

    it('writes rows with CRLF and the chosen separator', () => {
      expect(writeRow(['a', 'b,c', undefined, 'd'], ',')).to.equal('a,"b,c",,d\r\n');
      expect(writeRow(['a', 'b,c', 'd;e'], ';')).to.equal('a;b,c;"d;e"\r\n');
    });

    it('defaults to a semicolon where the decimal separator is a comma', () => {
      expect(defaultSeparator('da')).to.equal(';');
      expect(defaultSeparator('de-DE')).to.equal(';');
      expect(defaultSeparator('en')).to.equal(',');
      expect(defaultSeparator('en-US')).to.equal(',');
      expect(defaultSeparator('not a locale!')).to.equal(',');
    });
  });

  describe('headers', () => {
    it('normalises case, diacritics, Danish letters, spaces and punctuation', () => {
      expect(normalizeHeader('  E-Mail ')).to.equal('email');
      expect(normalizeHeader('e_mail')).to.equal('email');
      expect(normalizeHeader('Post nr.')).to.equal('postnr');
      expect(normalizeHeader('Bemærkning')).to.equal('bemaerkning');
      expect(normalizeHeader('Kontaktpérson')).to.equal('kontaktperson');
      expect(normalizeHeader('Sønderborg')).to.equal('sonderborg');
      expect(normalizeHeader('Å')).to.equal('a');
    });

    it('recognises English and Danish headers and common aliases', () => {
      const cases: [string, string][] = [
        ['Name', 'name'],
        ['Navn', 'name'],
        ['Firmanavn', 'name'],
        ['Adresse', 'street'],
        ['Street', 'street'],
        ['Postnummer', 'postalCode'],
        ['ZIP code', 'postalCode'],
        ['By', 'city'],
        ['Land', 'country'],
        ['Telefon', 'phone'],
        ['tlf.', 'phone'],
        ['Kundetype', 'type'],
        ['Ekstern reference', 'externalReference'],
        ['externalReference', 'externalReference'],
        ['address.postalCode', 'postalCode'],
        ['E-mail', 'email'],
        ['Websted', 'website'],
        ['Kunde-ID', 'id'],
        ['Kontaktnavn', 'contact.name'],
        ['Kontakt e-mail', 'contact.email'],
        ['Contact phone', 'contact.phone'],
        ['Titel', 'contact.title'],
        ['Contact 1 name', 'contact1.name'],
        ['Kontakt 2 e-mail', 'contact2.email'],
        ['Kontakt 3 telefon', 'contact3.phone'],
        ['Contact e-mail 2', 'contact2.email'],
        ['Kontaktperson 4', 'contact4.name'],
      ];
      for (const [header, key] of cases) {
        const target = recognizeHeader(header);
        expect(target && targetKey(target), header).to.equal(key);
      }
      expect(recognizeHeader('Favourite colour')).to.equal(null);
      expect(recognizeHeader('')).to.equal(null);
      expect(recognizeHeader('Contact 0 name')).to.equal(null);
    });

    it('maps a header row: first wins, duplicates and unknowns reported, shape detected', () => {
      const rows = recognizeHeaders(['Navn', 'Colour', 'Name', 'Kontaktnavn', 'Kontakt e-mail']);
      expect(rows.targets.map((t) => t && targetKey(t))).to.deep.equal([
        'name',
        null,
        null,
        'contact.name',
        'contact.email',
      ]);
      expect(rows.unrecognized).to.deep.equal([1]);
      expect(rows.duplicates).to.deep.equal([2]);
      expect(rows.contactShape).to.equal('rows');

      const numbered = recognizeHeaders(['Name', 'Contact 1 name', 'Contact 1 phone', 'Title', 'Contact 2 name']);
      expect(numbered.contactShape).to.equal('numbered');
      expect(numbered.targets.map((t) => t && targetKey(t))).to.deep.equal([
        'name',
        'contact1.name',
        'contact1.phone',
        null,
        'contact2.name',
      ]);
      expect(recognizeHeaders(['Name', 'City']).contactShape).to.equal('none');
    });

    it('writes and recognises its own headers in both languages', () => {
      for (const language of ['en', 'da'] as const) {
        const targets = [...exportTargets({ withContacts: true }), ...templateTargets({ contacts: 'numbered' })];
        for (const target of targets) {
          const back = recognizeHeader(headerOf(target, language));
          expect(back && targetKey(back), `${language} ${headerOf(target, language)}`).to.equal(targetKey(target));
          expect(parseTargetKey(targetKey(target))).to.deep.equal(target);
        }
      }
      expect(parseTargetKey('nonsense')).to.equal(null);
      expect(parseTargetKey('contact0.name')).to.equal(null);
    });
  });

  describe('rows', () => {
    it('round-trips a customer with contacts through write, parse and read', () => {
      const targets = exportTargets({ withContacts: true });
      const contacts = [
        { name: 'Søren Ø', email: 's@aeroe.dk', phone: '+4511111111', title: 'Chef' },
        { name: 'Åse', email: 'a@aeroe.dk' },
      ];
      const text =
        writeRow(
          targets.map((t) => headerOf(t, 'da')),
          ';',
        ) + contacts.map((contact) => writeRow(customerRow(customer, targets, contact), ';')).join('');
      const [headers = [], ...data] = parse(text, ';');
      const mapping = recognizeHeaders(headers);
      expect(mapping.unrecognized).to.deep.equal([]);
      const read = readCustomers(data, mapping);
      expect(read).to.have.length(1);
      expect(read[0]!.rows).to.deep.equal([0, 1]);
      const { id, input } = customerInputOf(read[0]!);
      expect(id).to.equal('c_1');
      expect(input).to.deep.equal({
        externalReference: 'ERP-7',
        name: customer.name,
        phone: '+4512345678',
        email: 'info@aeroe.dk',
        type: 'CONTRACTOR',
        note: '=HYPERLINK("http://evil")',
        address: { street: 'Havnegade 1\nBaghuset', postalCode: '5970', city: 'Ærøskøbing', country: 'DK' },
        contacts,
      });
    });

    it('keeps the cells a spreadsheet sees neutralised', () => {
      const cells = parse(writeRow(customerRow(customer, exportTargets()), ','), ',')[0]!;
      expect(cells[exportTargets().findIndex((t) => t.field === 'phone')]).to.equal("'+4512345678");
      expect(cells[exportTargets().findIndex((t) => t.field === 'note')]).to.equal(`'=HYPERLINK("http://evil")`);
    });

    it('reads numbered contacts, type names and skips blank rows', () => {
      const mapping = recognizeHeaders(['Navn', 'Kundetype', 'Kontakt 1 navn', 'Kontakt 1 e-mail', 'Kontakt 2 navn']);
      const read = readCustomers(
        [
          ['A', 'Udlejning', 'Anna', 'anna@a.dk', 'Bo'],
          ['', '', '', '', ''],
          ['B', 'dealer', '', '', ''],
        ],
        mapping,
      );
      expect(read.map((r) => customerInputOf(r).input)).to.deep.equal([
        { name: 'A', type: 'RENTAL', contacts: [{ name: 'Anna', email: 'anna@a.dk' }, { name: 'Bo' }] },
        { name: 'B', type: 'DEALER' },
      ]);
      expect(read.map((r) => r.rows)).to.deep.equal([[0], [2]]);
    });

    it('groups rows of one customer by external reference when there is no id', () => {
      const mapping = recognizeHeaders(['External reference', 'Name', 'Contact name', 'Contact phone']);
      const read = readCustomers(
        [
          ['R1', 'One', 'Ann', '+4511111111'],
          ['R2', 'Two', '', ''],
          ['R1', 'One', 'Ben', '+4522222222'],
        ],
        mapping,
      );
      expect(read).to.have.length(2);
      expect(read[0]!.rows).to.deep.equal([0, 2]);
      expect(read[0]!.contacts.map((c) => c.cells.name)).to.deep.equal(['Ann', 'Ben']);
      expect(read[1]!.contacts).to.deep.equal([]);
    });
  });

  describe('template', () => {
    it('has a BOM, the headers in the chosen language and separator, and no id column', () => {
      const da = csvTemplate({ language: 'da', separator: ';' });
      expect(da.startsWith(BOM)).to.equal(true);
      const [headers = []] = parse(da.slice(1), ';');
      expect(headers).to.include.members(['Navn', 'Adresse', 'Postnummer', 'By', 'Land', 'Telefon', 'Kundetype']);
      expect(headers).to.include.members(['Ekstern reference', 'Kontaktnavn', 'Kontakt e-mail']);
      expect(headers).not.to.include('Kunde-ID');
      expect(recognizeHeaders(headers).unrecognized).to.deep.equal([]);

      const numbered = csvTemplate({ contacts: 'numbered', contactSlots: 3, bom: false, example: true });
      const [head = [], example = []] = parse(numbered, ',');
      expect(head.slice(-4)).to.deep.equal([
        'Contact 3 name',
        'Contact 3 e-mail',
        'Contact 3 phone',
        'Contact 3 title',
      ]);
      expect(example[head.indexOf('Name')]).to.equal('Hansen Maskinudlejning A/S');
      expect(example[head.indexOf('Phone')]).to.equal("'+4512345678");
      const read = readCustomers([example], recognizeHeaders(head));
      expect(customerInputOf(read[0]!).input.phone).to.equal('+4512345678');
    });
  });
});

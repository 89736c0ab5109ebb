import { expect } from '@open-wc/testing';
import { AbortError, type Customer } from '../../src/index.js';
import { BOM, exportCustomersCsv, exportTargets, headerOf } from '../../src/csv/index.js';
import { parse } from '../csv/parse.js';
import { rejectionOf, setup } from './helpers.js';

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

const column = (name: string, headers: readonly string[]) => {
  const index = headers.indexOf(name);
  if (index < 0) throw new Error(`No column ${name} in ${headers.join('|')}`);
  return index;
};

describe('SDK exportCustomersCsv (fleet-customers/csv)', () => {
  it('streams exactly the customers the query matches, a page of 1,000 a request', async () => {
    const { backend, client } = setup({ customers: 2_500, contacts: 0 });
    const query = { type: ['RENTAL' as const, 'DEALER' as const], sort: '-name' as const };
    const expected: Customer[] = [];
    for await (const customer of client.customers.iterate({ ...query, limit: 1000 })) expected.push(customer);
    expect(expected.length).to.be.greaterThan(0);
    const before = backend.requests.length;

    const progress: { done: number; total: number }[] = [];
    const chunks = await collect(exportCustomersCsv(client, query, { onProgress: (p) => progress.push(p) }));
    const text = chunks.join('');
    expect(text.startsWith(BOM)).to.equal(true);
    const [headers = [], ...rows] = parse(text.slice(1), ',');
    expect(headers).to.deep.equal(exportTargets().map((t) => headerOf(t)));
    expect(rows.map((row) => row[column('Customer ID', headers)])).to.deep.equal(expected.map((c) => c.id));
    expect(rows.every((row) => ['RENTAL', 'DEALER'].includes(row[column('Customer type', headers)]!))).to.equal(true);
    const pages = Math.ceil(expected.length / 1000);
    expect(backend.requests.length - before).to.equal(pages);
    expect(backend.requests.slice(before).every((r) => r.path.includes('limit=1000'))).to.equal(true);
    expect(chunks.length).to.equal(1 + pages);
    expect(progress.at(-1)).to.deep.equal({ done: expected.length, total: expected.length });
  });

  it('quotes commas, quotes and line breaks, keeps Danish letters and neutralises formulas', async () => {
    const { client } = setup({ customers: 5, contacts: 0 });
    await client.customers.create({
      name: 'Ærø Å/S, "Nord"',
      externalReference: '=1+1',
      phone: '+4512345678',
      email: 'info@aeroe.dk',
      address: { street: 'Søndergade 1\nBaghus', city: 'Ærøskøbing', country: 'DK' },
      note: '@SUM(A1)',
      type: 'RENTAL',
    });
    const text = (
      await collect(exportCustomersCsv(client, { search: 'Ærø Å/S' }, { separator: ';', language: 'da' }))
    ).join('');
    expect(text).to.include('"Ærø Å/S, ""Nord"""');
    expect(text).to.include('"Søndergade 1\nBaghus"');
    expect(text).to.include(";'=1+1;");
    expect(text).to.include(";'+4512345678;");
    expect(text).to.include(";'@SUM(A1)");
    const [headers = [], row = []] = parse(text.slice(1), ';');
    expect(headers.slice(0, 3)).to.deep.equal(['Kunde-ID', 'Ekstern reference', 'Navn']);
    expect(row[column('Navn', headers)]).to.equal('Ærø Å/S, "Nord"');
    expect(row[column('By', headers)]).to.equal('Ærøskøbing');
    expect(row[column('Land', headers)]).to.equal('DK');
    expect(row[column('E-mail', headers)]).to.equal('info@aeroe.dk');
  });

  it('with contacts: one row per contact in one request per page, one row for a customer without', async () => {
    const { backend, client } = setup({ customers: 30, contacts: 70 });
    const customers: Customer[] = [];
    for await (const customer of client.customers.iterate({ limit: 1000 })) customers.push(customer);
    const before = backend.requests.length;
    const text = (await collect(exportCustomersCsv(client, {}, { withContacts: true }))).join('');
    expect(backend.requests.slice(before)).to.have.length(1);
    expect(backend.requests[before]!.path).to.include('include=contacts');
    const [headers = [], ...rows] = parse(text.slice(1), ',');
    expect(headers.slice(-4)).to.deep.equal(['Contact name', 'Contact e-mail', 'Contact phone', 'Contact title']);
    const expectedRows = customers.reduce((sum, c) => sum + Math.max(1, c.contactCount), 0);
    expect(rows).to.have.length(expectedRows);
    const withContacts = customers.find((c) => c.contactCount > 1)!;
    const contacts = (await client.contacts.list(withContacts.id, { limit: 1000 })).items;
    const own = rows.filter((row) => row[0] === withContacts.id);
    expect(own.map((row) => row[column('Contact name', headers)]).sort()).to.deep.equal(
      contacts.map((c) => c.name).sort(),
    );
    const none = customers.find((c) => c.contactCount === 0);
    if (none) {
      const row = rows.filter((r) => r[0] === none.id);
      expect(row).to.have.length(1);
      expect(row[0]!.slice(-4)).to.deep.equal(['', '', '', '']);
    }
  });

  it('fetches lazily: leaving the loop stops the requests, and aborting fails with AbortError', async () => {
    const { backend, client } = setup({ customers: 3_000, contacts: 0 });
    const before = backend.requests.length;
    let chunks = 0;
    for await (const chunk of exportCustomersCsv(client, {}, { pageSize: 500 })) {
      expect(chunk.length).to.be.greaterThan(0);
      if (++chunks === 3) break;
    }
    expect(backend.requests.length - before).to.equal(2);

    const controller = new AbortController();
    const error = await rejectionOf(
      (async () => {
        for await (const _ of exportCustomersCsv(client, {}, { signal: controller.signal, pageSize: 500 })) {
          controller.abort();
        }
      })(),
    );
    expect(error).to.be.instanceOf(AbortError);
  });
});

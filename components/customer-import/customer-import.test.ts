import { expect } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { $, focused, press, tabTo } from '../../test/support/dom.js';
import type { CustomerImport } from './customer-import.js';
import {
  button,
  captureDownloads,
  choose,
  csvFile,
  mountImport,
  textOf,
  waitForStep,
  waitForText,
} from './test-support.js';

const DANISH = [
  'Navn;Ekstern reference;Adresse;Postnummer;By;Land;Telefon;Kontakt 1 navn;Kontakt 1 e-mail;Kontakt 2 navn;Kontakt 2 telefon',
  'Fjord Maskiner ApS;ERP-1;Havnegade 1;8000;Aarhus;DK;86 12 34 56;Ida Lund;ida@fjord.dk;Ole Lund;+4520202020',
  'Søndergaard Udlejning;ERP-2;Vestergade 2;5000;Odense;DK;;;;;',
].join('\r\n');

describe('customer-import', () => {
  describe('the whole flow with the keyboard alone', () => {
    it('maps Danish headers, previews, imports with contacts, and every step passes axe', async () => {
      const { el, backend } = await mountImport();
      await expect(el).to.be.accessible();
      const before = backend.stats().customers;
      choose(el, csvFile(DANISH));
      await waitForStep(el, 'map');
      await expect(el).to.be.accessible();
      // Recognised: Navn → Name, Kontakt 2 telefon → Contact 2: phone.
      const selects = [...el.shadowRoot!.querySelectorAll<HTMLSelectElement>('.mapping select')];
      expect(selects.map((select) => select.value)).to.deep.equal([
        'name',
        'externalReference',
        'street',
        'postalCode',
        'city',
        'country',
        'phone',
        'contact1.name',
        'contact1.email',
        'contact2.name',
        'contact2.phone',
      ]);
      await tabTo((element) => element === button(el, 'button-primary'));
      await press('Enter');
      await waitForStep(el, 'preview');
      await waitForText(el, '2 new, 0 updated, 0 with errors, 0 possible duplicates');
      await expect(el).to.be.accessible();
      await tabTo((element) => element === button(el, 'button-primary'));
      expect(focused()?.textContent).to.contain('Import 2 rows');
      await press('Enter');
      await waitForText(el, 'Import finished');
      await waitForText(el, '2 created, 0 updated, 0 unchanged, 0 not imported');
      await expect(el).to.be.accessible();
      expect(backend.stats().customers).to.equal(before + 2);
      const fjord = (await el.client!.customers.list({ search: 'Fjord Maskiner' })).items[0]!;
      expect(fjord.phone).to.equal('+4586123456');
      expect(fjord.contactCount).to.equal(2);
    });
  });

  it('rows with the same external reference are one customer with a contact per row', async () => {
    const { el, backend, client } = await mountImport();
    const before = backend.stats().customers;
    choose(
      el,
      csvFile(
        'Name,External reference,Contact name,Contact e-mail\nRows Shape ApS,RS-1,Ida,ida@rows.dk\nRows Shape ApS,RS-1,Ole,ole@rows.dk\n',
      ),
    );
    await waitForStep(el, 'map');
    button(el, 'button-primary').click();
    await waitForStep(el, 'preview');
    await waitForText(el, '1 new, 0 updated, 0 with errors, 0 possible duplicates');
    button(el, 'button-primary').click();
    await waitForText(el, '1 created');
    expect(backend.stats().customers).to.equal(before + 1);
    const created = (await client.customers.list({ search: 'Rows Shape' })).items[0]!;
    expect(created.contactCount).to.equal(2);
  });

  it('a re-import of the same external references updates instead of duplicating', async () => {
    const { el, backend } = await mountImport();
    choose(el, csvFile(DANISH));
    await waitForStep(el, 'map');
    button(el, 'button-primary').click();
    await waitForStep(el, 'preview');
    button(el, 'button-primary').click();
    await waitForText(el, '2 created');
    const after = backend.stats().customers;
    button(el, 'button-start-over').click();
    await waitForStep(el, 'choose');
    choose(el, csvFile(DANISH.replace('Havnegade 1', 'Havnegade 9')));
    await waitForStep(el, 'map');
    button(el, 'button-primary').click();
    await waitForStep(el, 'preview');
    await waitForText(el, '0 new, 2 updated, 0 with errors, 0 possible duplicates');
    expect(textOf(el)).to.contain('Updates Fjord Maskiner ApS.');
    button(el, 'button-primary').click();
    await waitForText(el, '0 created, 1 updated, 1 unchanged, 0 not imported');
    expect(backend.stats().customers).to.equal(after);
  });

  it('flags a similar name as a possible duplicate, never merges it, and imports it only if the user says so', async () => {
    const { el, backend } = await mountImport();
    const existing = backend.addCustomer({ name: 'Hansen Maskiner A/S', phone: '+4512121212' });
    choose(el, csvFile('Name,Phone\nhansen maskiner,\nBrand New ApS,\nOther Name,+45 12 12 12 12\n'));
    await waitForStep(el, 'map');
    button(el, 'button-primary').click();
    await waitForStep(el, 'preview');
    await waitForText(el, '1 new, 0 updated, 0 with errors, 2 possible duplicates');
    expect(textOf(el)).to.contain('Looks like Hansen Maskiner A/S.');
    expect(textOf(el)).to.contain('Decide what to do with 2 possible duplicates');
    expect(button(el, 'button-primary').getAttribute('aria-disabled')).to.equal('true');
    const decisions = [...el.shadowRoot!.querySelectorAll<HTMLSelectElement>('select.decision')];
    expect(decisions).to.have.length(2);
    decisions[0]!.focus();
    decisions[0]!.value = 'skip';
    decisions[0]!.dispatchEvent(new Event('change'));
    decisions[1]!.value = 'new';
    decisions[1]!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const before = backend.stats().customers;
    button(el, 'button-primary').click();
    await waitForText(el, '2 created, 0 updated, 0 unchanged, 1 not imported');
    expect(backend.stats().customers).to.equal(before + 2);
    expect(backend.getCustomer(existing.id)?.name).to.equal('Hansen Maskiner A/S');
  });

  it('a company the file lists twice is flagged at its second row, not created twice without asking', async () => {
    const { el, backend } = await mountImport();
    choose(el, csvFile('Name,City,Phone\nTwice Listed ApS,Aarhus,\nOnce Only ApS,Odense,\ntwice listed aps,Aarhus,\n'));
    await waitForStep(el, 'map');
    button(el, 'button-primary').click();
    await waitForStep(el, 'preview');
    await waitForText(el, '2 new, 0 updated, 0 with errors, 1 possible duplicates');
    expect(textOf(el)).to.contain('Like line 2 of this file.');
    expect(textOf(el)).to.not.contain('Looks like');
    const decision = el.shadowRoot!.querySelector<HTMLSelectElement>('select.decision')!;
    expect(decision.getAttribute('aria-label')).to.contain('4');
    decision.value = 'skip';
    decision.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const before = backend.stats().customers;
    button(el, 'button-primary').click();
    await waitForText(el, '2 created, 0 updated, 0 unchanged, 1 not imported');
    expect(backend.stats().customers).to.equal(before + 2);
  });

  it('shows each problem at its row and cell, and keeps those rows for the failed-rows CSV with a reason', async () => {
    const { el } = await mountImport();
    choose(
      el,
      csvFile('Name,E-mail,Country\nGood ApS,info@good.dk,DK\n,nobody@x.dk,DK\nBad Mail ApS,not-an-email,ZZ\n'),
    );
    await waitForStep(el, 'map');
    button(el, 'button-primary').click();
    await waitForStep(el, 'preview');
    await waitForText(el, '1 new, 0 updated, 2 with errors, 0 possible duplicates');
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    const rowOf = (line: string) => rows.find((row) => row.querySelector('th')?.textContent?.trim() === line)!;
    const cell = (line: string, column: number) => rowOf(line).querySelector(`td[data-column="${column}"]`)!;
    expect(cell('3', 0).className).to.contain('invalid');
    expect(cell('3', 0).textContent).to.contain('Required.');
    expect(cell('4', 1).textContent).to.contain('Enter a valid e-mail address');
    expect(cell('4', 2).textContent).to.contain('Choose a country from the list.');
    expect(cell('2', 1).className).not.to.contain('invalid');
    await expect(el).to.be.accessible();
    button(el, 'button-primary').click();
    await waitForText(el, '1 created, 0 updated, 0 unchanged, 2 not imported');
    const downloads = captureDownloads();
    try {
      button(el, 'button-download-failed').click();
      const [csv] = await downloads.texts();
      const lines = csv!
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).to.equal('Name,E-mail,Country,Reason');
      expect(lines[1]).to.match(/^,nobody@x\.dk,DK,Name: Required\.$/);
      expect(lines[2]).to.contain('Bad Mail ApS,not-an-email,ZZ,');
      expect(lines[2]).to.contain('E-mail: Enter a valid e-mail address');
      expect(lines).to.have.length(3);
    } finally {
      downloads.restore();
    }
  });

  it('cancel stops before the next batch; rows not sent are kept as not imported', async () => {
    const { el, backend } = await mountImport({ faults: [{ match: { path: '/customers/bulk' }, latency: 400 }] });
    const lines = ['Name'];
    for (let i = 0; i < 2500; i++) lines.push(`Cancel Test ${i}`);
    choose(el, csvFile(lines.join('\n')));
    await waitForStep(el, 'map');
    button(el, 'button-primary').click();
    await waitForStep(el, 'preview');
    const before = backend.stats().customers;
    button(el, 'button-primary').click();
    await waitForText(el, 'Importing… 0 of 2,500 rows');
    await expect(el).to.be.accessible();
    expect(focused()).to.equal(button(el, 'button-cancel'));
    await press('Enter');
    await waitForText(el, 'The import was cancelled.');
    const created = backend.stats().customers - before;
    expect(created).to.be.lessThan(2500);
    expect(textOf(el)).to.contain(`${created.toLocaleString('en')} created`);
    expect(textOf(el)).to.contain(`${(2500 - created).toLocaleString('en')} not imported`);
  });

  it('a lost answer is retried with the same key and a failed batch retried by hand: nothing is created twice', async () => {
    const { el, backend } = await mountImport({
      retry: { limit: 1, backoff: 1 },
      faults: [
        { match: { path: '/customers/bulk' }, loseResponse: true, times: 1 },
        { match: { path: '/customers/bulk' }, status: 503, times: 2 },
      ],
    });
    choose(el, csvFile('Name\nRetry One\nRetry Two\nRetry Three\n'));
    await waitForStep(el, 'map');
    button(el, 'button-primary').click();
    await waitForStep(el, 'preview');
    const before = backend.stats().customers;
    button(el, 'button-primary').click();
    // First attempt applied but its answer was lost; the retry (same key) hit a 503, and so did the one after.
    await waitForText(el, '0 created, 0 updated, 0 unchanged, 3 not imported');
    expect(backend.stats().customers).to.equal(before + 3);
    button(el, 'button-retry').click();
    await waitForText(el, '3 created, 0 updated, 0 unchanged, 0 not imported');
    expect(backend.stats().customers).to.equal(before + 3);
    const keys = new Set(
      backend.requests.filter((r) => r.path.endsWith('/customers/bulk')).map((r) => r.idempotencyKey),
    );
    expect(keys.size).to.equal(1);
  });

  describe('undo', () => {
    async function importTwo() {
      const demo = await mountImport();
      const { el, backend } = demo;
      const known = backend.addCustomer({ name: 'Undo Known ApS', externalReference: 'U-1', phone: '+4530303030' });
      choose(el, csvFile('Name,External reference,Phone\nUndo Known ApS,U-1,+4531313131\nUndo New ApS,U-2,\n'));
      await waitForStep(el, 'map');
      button(el, 'button-primary').click();
      await waitForStep(el, 'preview');
      button(el, 'button-primary').click();
      await waitForText(el, '1 created, 1 updated');
      return { ...demo, known };
    }

    const confirmUndo = async (el: CustomerImport) => {
      button(el, 'button-undo').click();
      const confirmButton = () =>
        [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('dialog[open] button')].find((b) =>
          b.textContent?.includes('Undo this import'),
        );
      await waitUntil(confirmButton, 'the undo question');
      await expect(el).to.be.accessible();
      confirmButton()!.click();
    };

    it('deletes what it created and restores what it updated', async () => {
      const { el, backend, known } = await importTwo();
      const created = backend.stats().customers;
      await confirmUndo(el);
      await waitForText(el, 'The import was undone.');
      await expect(el).to.be.accessible();
      expect(backend.stats().customers).to.equal(created - 1);
      expect(backend.getCustomer(known.id)?.phone).to.equal('+4530303030');
    });

    it('refuses, per row, to clobber a customer edited after the import (412)', async () => {
      const { el, backend, client, known } = await importTwo();
      await client.customers.update(known.id, { note: 'edited later' });
      await confirmUndo(el);
      await waitForText(el, '1 customer was changed after the import and was left as it is:');
      expect(textOf(el)).to.contain('Row 2, Undo Known ApS: changed after the import, so it was not undone.');
      expect(backend.getCustomer(known.id)?.phone).to.equal('+4531313131');
      expect(backend.getCustomer(known.id)?.note).to.equal('edited later');
    });
  });

  it('speaks Danish: steps, summary and messages', async () => {
    const { el } = await mountImport({ lang: 'da' });
    expect(textOf(el)).to.contain('Importér kunder');
    expect(textOf(el)).to.contain('Hent skabelonen');
    choose(el, csvFile(DANISH));
    await waitForStep(el, 'map');
    expect(textOf(el)).to.contain('Tilknyt kolonner');
    expect($<HTMLSelectElement>(el, '.mapping select').selectedOptions[0]?.textContent?.trim()).to.equal('Navn');
    button(el, 'button-primary').click();
    await waitForStep(el, 'preview');
    await waitForText(el, '2 nye, 0 opdateres, 0 med fejl, 0 mulige dubletter');
    await expect(el).to.be.accessible();
  });

  it('the template download holds the model’s columns in the user’s language', async () => {
    const { el } = await mountImport({ lang: 'da' });
    const downloads = captureDownloads();
    try {
      button(el, 'button-template').click();
      const [csv] = await downloads.texts();
      expect(csv!.startsWith('\uFEFF')).to.equal(true);
      expect(csv).to.contain('Navn;Adresse;Postnummer;By');
    } finally {
      downloads.restore();
    }
  });
});

import { expect } from '@open-wc/testing';
import { bytesFile, button, choose, csvFile, mountImport, textOf, waitForStep, waitForText } from './test-support.js';

/** The message shown for a file, once the element has read it. */
async function problemFor(
  file: File,
  lang = 'en',
): Promise<{ el: Awaited<ReturnType<typeof mountImport>>['el']; message: string }> {
  const { el } = await mountImport({ lang });
  choose(el, file);
  await waitForText(el, /\S/);
  const problem = await (async () => {
    for (;;) {
      const found = el.shadowRoot?.querySelector('#file-problem')?.textContent?.trim();
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return { el, message: problem };
}

const encoder = new TextEncoder();

describe('customer-import with hostile files', () => {
  it('a PDF is refused as a PDF, with what to do instead, and the file input says it is invalid', async () => {
    const { el, message } = await problemFor(bytesFile([encoder.encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')], 'list.pdf'));
    expect(message).to.equal(
      'This is a PDF document, not a CSV file. Open the sheet in Excel and save it as CSV, then choose that file.',
    );
    expect(el.shadowRoot!.querySelector('#file')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.step).to.equal('choose');
    await expect(el).to.be.accessible();
  });

  it('a ZIP (an .xlsx workbook) is refused as a ZIP', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);
    const { message } = await problemFor(bytesFile(zip, 'customers.xlsx'));
    expect(message).to.contain('This is a ZIP archive (an Excel .xlsx workbook is one), not a CSV file.');
  });

  it('other binary data is refused as not text', async () => {
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 32);
    const { message } = await problemFor(bytesFile(binary, 'data.bin'));
    expect(message).to.contain('This file is not text');
  });

  it('a 50 MB file is refused by its size before it is read', async () => {
    const big = new File([new Uint8Array(50 * 1024 * 1024)], 'huge.csv', { type: 'text/csv' });
    const { message } = await problemFor(big);
    expect(message).to.equal(
      'The file is 50 MB; an import takes files up to 20 MB. Split it into smaller files and import them one by one.',
    );
  });

  it('1,000,000 rows stop at the row cap with a message, and the page keeps running while it parses', async () => {
    const { el } = await mountImport();
    const rows = 'Name\n' + 'Kunde A/S\n'.repeat(1_000_000);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      choose(el, csvFile(rows));
      await waitForText(el, 'The file has more than 100,000 rows.', 30_000);
    } finally {
      clearInterval(timer);
    }
    // Timers ran between the parser's chunks: parsing yielded to the page instead of holding it.
    expect(ticks).to.be.greaterThan(2);
    expect(el.step).to.equal('choose');
  });

  it('NUL bytes are refused with the rows they are on', async () => {
    const { message } = await problemFor(
      csvFile('Name,City\nA ApS,Aarhus\nB\u0000ApS,Odense\nC ApS,Vejle\nD\u0000,X\n'),
    );
    expect(message).to.equal(
      'The file contains NUL bytes (on rows 3, 5): it is damaged or not a CSV file. Save it again as CSV.',
    );
  });

  it('mixed encodings (UTF-8 rows and Windows-1252 rows) are refused with the rows that are not UTF-8', async () => {
    const utf8 = encoder.encode('Name,City\nSøren ApS,Århus\n');
    const latin1 = new Uint8Array([...encoder.encode('Bo ApS,K'), 0xf8, ...encoder.encode('ge\n')]); // "Køge" in 1252
    const { message } = await problemFor(bytesFile([utf8, latin1]));
    expect(message).to.contain('The file mixes two text encodings: rows 3 are not UTF-8');
  });

  it('Windows-1252 alone is read as such, and UTF-8 with a BOM too: Danish letters arrive intact', async () => {
    const { el } = await mountImport();
    const latin1 = new Uint8Array([
      ...encoder.encode('Navn;By\nK'),
      0xf8,
      ...encoder.encode('ge Maskiner;'),
      0xc5,
      ...encoder.encode('rhus\n'),
    ]);
    choose(el, bytesFile(latin1));
    await waitForStep(el, 'map');
    expect(textOf(el)).to.contain('Køge Maskiner');
    expect(textOf(el)).to.contain('Århus');
    button(el, 'button-back').click();
    await waitForStep(el, 'choose');
    choose(el, csvFile('\uFEFFNavn;By\nSøndergaard;Næstved\n'));
    await waitForStep(el, 'map');
    const first = el.shadowRoot!.querySelector<HTMLSelectElement>('.mapping select')!;
    expect(first.value, textOf(el).slice(0, 300)).to.equal('name');
    expect(textOf(el)).to.contain('Næstved');
  });

  it('ragged rows are named in a notice and flagged at their row in the preview', async () => {
    const { el } = await mountImport();
    choose(el, csvFile('Name,City,Phone\nA ApS,Aarhus,\nB ApS,Odense\nC ApS,Vejle,,extra\n'));
    await waitForStep(el, 'map');
    expect(textOf(el)).to.contain(
      '2 rows have a different number of cells than the header (rows 3, 4): check their separators and quotes.',
    );
    button(el, 'button-primary').click();
    await waitForStep(el, 'preview');
    await waitForText(el, '1 new, 0 updated, 2 with errors, 0 possible duplicates');
    expect(textOf(el)).to.contain('Row 3 has a different number of cells than the header');
    await expect(el).to.be.accessible();
  });

  it('an empty file, a header without rows and an unclosed quote each get their own message', async () => {
    expect((await problemFor(csvFile(''))).message).to.equal('The file is empty.');
    expect((await problemFor(csvFile('Name,City\n'))).message).to.equal('The file has no rows below the header row.');
    const quote = await problemFor(csvFile('Name,City\nA ApS,Aarhus\n"B ApS,Odense\nC ApS,Vejle\n'));
    expect(quote.message).to.contain('A quoted cell that starts on row 3 is never closed');
  });

  it('says it in Danish', async () => {
    const { message } = await problemFor(bytesFile([encoder.encode('%PDF-1.4')], 'x.pdf'), 'da');
    expect(message).to.equal(
      'Det er et PDF-dokument, ikke en CSV-fil. Åbn arket i Excel, gem det som CSV, og vælg den fil.',
    );
  });
});

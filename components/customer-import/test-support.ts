/** Helpers for the import's tests: files built in the test (never committed), choosing them, reading downloads. */
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import './define.js';
import type { CustomerImport } from './customer-import.js';
import { demoClient, type DemoOptions } from '../../stories/support/demo-client.js';
import { $ } from '../../test/support/dom.js';

export async function mountImport(options: DemoOptions & { lang?: string } = {}) {
  const demo = demoClient(options);
  const el = await fixture<CustomerImport>(
    html`<customer-import lang=${options.lang ?? 'en'} .client=${demo.client}></customer-import>`,
  );
  await waitUntil(() => el.shadowRoot?.querySelector('#file'), 'the file chooser');
  return { el, ...demo };
}

export const csvFile = (text: string, name = 'customers.csv') => new File([text], name, { type: 'text/csv' });
export const bytesFile = (bytes: Uint8Array | BlobPart[], name = 'customers.csv') =>
  new File(Array.isArray(bytes) ? bytes : [bytes as BlobPart], name, { type: 'text/csv' });

/**
 * Puts `file` into the file input as the browser's own file dialog would (that dialog is outside the page,
 * so no test can drive it), then fires `change`.
 */
export function choose(el: CustomerImport, file: File): void {
  const input = $<HTMLInputElement>(el, '#file');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export const textOf = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

export async function waitForText(el: Element, text: string | RegExp, timeout = 15000): Promise<void> {
  await waitUntil(
    () => (typeof text === 'string' ? textOf(el).includes(text) : text.test(textOf(el))),
    `waiting for "${String(text)}" in: ${textOf(el).slice(0, 400)}`,
    { timeout },
  );
}

/** The step the element shows. */
export async function waitForStep(el: CustomerImport, step: CustomerImport['step']): Promise<void> {
  await waitUntil(() => el.step === step, `waiting for step ${step}`, { timeout: 15000 });
  await el.updateComplete;
}

/** Captures the next download's text (the element offers files through `URL.createObjectURL`). */
export function captureDownloads(): { texts: () => Promise<string[]>; restore: () => void } {
  const blobs: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) blobs.push(blob);
    return original.call(URL, blob);
  };
  const anchorClick = HTMLAnchorElement.prototype.click;
  // Keep the browser from navigating to the file; the Blob is what the user would get.
  HTMLAnchorElement.prototype.click = function () {};
  return {
    // Decoded without dropping a BOM (`Blob.text()` would), so a test can see it.
    texts: () =>
      Promise.all(
        blobs.map(async (blob) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer())),
      ),
    restore: () => {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = anchorClick;
    },
  };
}

export const button = (el: CustomerImport, part: string) => $<HTMLButtonElement>(el, `[part~="${part}"]`);

import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { setViewport } from '@web/test-runner-commands';
import { fill } from '../support/dom.js';
import { createCustomerClient } from '../../src/index.js';
import { createReferenceBackend } from '../../src/testing/index.js';
import '../../components/customer-wizard/define.js';
import '../../components/customer-details/define.js';
import '../../components/contact-list/define.js';
import '../../components/equipment-assigner/define.js';
import '../../components/customer-list/define.js';
import '../../components/customer-manager/define.js';
import '../../components/customer-import/define.js';
import type { CustomerImport } from '../../components/customer-import/customer-import.js';
import { choose, csvFile } from '../../components/customer-import/test-support.js';
import { languages, type Language, type Loaders } from '../../components/shared/languages.js';
import { en } from '../../components/shared/i18n/en.js';
import { loaders as sharedLoaders } from '../../components/shared/i18n/index.js';
import { wizardEn } from '../../components/customer-wizard/i18n/en.js';
import { loaders as wizardLoaders } from '../../components/customer-wizard/i18n/index.js';
import { detailsEn } from '../../components/customer-details/i18n/en.js';
import { loaders as detailsLoaders } from '../../components/customer-details/i18n/index.js';
import { contactListEn } from '../../components/contact-list/i18n/en.js';
import { loaders as contactLoaders } from '../../components/contact-list/i18n/index.js';
import { assignerEn } from '../../components/equipment-assigner/i18n/en.js';
import { loaders as assignerLoaders } from '../../components/equipment-assigner/i18n/index.js';
import { customerListEn } from '../../components/customer-list/i18n/en.js';
import { loaders as listLoaders } from '../../components/customer-list/i18n/index.js';
import { managerEn } from '../../components/customer-manager/i18n/en.js';
import { loaders as managerLoaders } from '../../components/customer-manager/i18n/index.js';
import { importEn } from '../../components/customer-import/i18n/en.js';
import { loaders as importLoaders } from '../../components/customer-import/i18n/index.js';

/**
 * Every element in every shipped language on a 320 px wide screen (the narrowest phone WCAG 1.4.10 reflows to):
 * no text may stick out of the screen, no box that hides or scrolls its overflow may have text cut off or a
 * horizontal scrollbar, and no English (or raw key) may show where the language has its own words. German and
 * Finnish compounds are the usual break; the fix is the CSS (wrapping), not the words. One backend for all.
 */

const tables: [object, Loaders<object>][] = [
  [en, sharedLoaders],
  [wizardEn, wizardLoaders],
  [detailsEn, detailsLoaders],
  [contactListEn, contactLoaders],
  [assignerEn, assignerLoaders],
  [customerListEn, listLoaders],
  [managerEn, managerLoaders],
  [importEn, importLoaders],
];

/** A file for the import's later steps: a new customer, an update, a cell error, a likely duplicate. */
const IMPORT_FILE = [
  // Danish headers, as a file from a Danish ERP has: the file's own words, never our English showing through.
  'Navn;Ekstern reference;By;Land;Telefon',
  'Fjordkraft Entreprenør ApS;ERP-900;Aarhus;DK;+4586123456',
  'Nordhavn Maskinudlejning ApS;;Copenhagen;DK;',
  'Bad Country ApS;;Odense;XX;',
].join('\r\n');
const shipped = languages.filter((language) => language === 'en' || sharedLoaders[language as 'da']);

/** Every element under `root`, through open shadow roots. */
function* deep(root: Element | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deep(element.shadowRoot);
  }
}

/** Visually hidden for screen readers only (clip, 1 px), or not rendered: not on screen to overflow. */
function offScreen(element: Element): boolean {
  for (let node: Element | null = element; node;) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return true;
    if (style.clip !== 'auto' || style.clipPath.startsWith('inset(50%')) return true;
    const rect = node.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) return true;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return false;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const named = (element: Element) =>
  `<${element.localName}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}>`;

/** Strings of an English table and its translation: those the language words differently, and the key names. */
function collect(english: object, other: object, leaks: Set<string>, keys: Set<string>, ours: Set<string>): void {
  for (const [key, value] of Object.entries(english)) {
    if (/[A-Z]/.test(key)) keys.add(key);
    const translated = (other as Record<string, unknown>)[key];
    if (typeof translated === 'string') ours.add(translated);
    if (typeof value === 'string' && translated !== value && value.length > 1) leaks.add(value);
    else if (value && typeof value === 'object' && translated && typeof translated === 'object')
      collect(value, translated, leaks, keys, ours);
  }
}

async function wordsOf(language: Language): Promise<Words> {
  const leaks = new Set<string>();
  const keys = new Set<string>();
  const ours = new Set<string>();
  for (const [english, loaders] of tables) {
    const module = language === 'en' ? { default: english } : await loaders[language]!();
    collect(english, language === 'en' ? english : module.default, language === 'en' ? new Set() : leaks, keys, ours);
  }
  return { leaks, keys, ours };
}

interface Words {
  /** English strings the language words differently: English showing there is a leak. */
  leaks: Set<string>;
  /** The tables' key names. */
  keys: Set<string>;
  /** The language's own strings: our words, which must never be cut off. */
  ours: Set<string>;
}

/**
 * A name, serial number or reference from the API cut with an ellipsis (the rows are one line by design, say so
 * with the ellipsis, and carry the whole value in a title) is allowed; our own words cut off are not.
 */
function dataWithEllipsis(box: Element, ours: Set<string>): boolean {
  if (getComputedStyle(box).textOverflow !== 'ellipsis') return false;
  const texts = [box, ...box.querySelectorAll('*')]
    .filter((each) => !offScreen(each))
    .flatMap((each) =>
      [...each.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => clean(node.textContent)),
    );
  return !texts.some((text) => ours.has(text));
}

/** The nearest box (the element itself or an ancestor, inside `host`) that hides or scrolls its overflow. */
function clippingBox(element: Element, host: Element): Element | undefined {
  for (let node: Element | null = element; node && node !== host;) {
    // Overflow does not apply to inline boxes (a span with `overflow: hidden` clips nothing).
    const style = getComputedStyle(node);
    if (style.overflowX !== 'visible' && style.display !== 'inline' && style.display !== 'contents') return node;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return undefined;
}

/**
 * A data table in its own keyboard-scrollable region (focusable, named): the one thing WCAG 1.4.10 lets scroll in
 * two dimensions at 320 px; its columns are scrolled to, not cut off.
 */
const scrollableTable = (element: Element | undefined): boolean =>
  !!element?.matches('[role="region"][tabindex="0"][aria-labelledby], [role="region"][tabindex="0"][aria-label]') &&
  element.querySelector('table') !== null;

/** What is wrong with `host` on screen: text off the screen or cut off, a sideways scrollbar, English, raw keys. */
function problemsIn(host: Element, { leaks, keys, ours }: Words): string[] {
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  const range = document.createRange();
  for (const element of deep(host.shadowRoot!)) {
    if (element.closest('select, style, script, template') || offScreen(element)) continue;
    const scrolls = /auto|scroll/.test(getComputedStyle(element).overflowX);
    if (scrolls && element.scrollWidth > element.clientWidth + 1 && !scrollableTable(element)) {
      problems.push(`${named(element)} scrolls sideways: ${element.scrollWidth} > ${element.clientWidth} px`);
    }
    for (const name of ['aria-label', 'placeholder', 'title']) {
      const value = clean(element.getAttribute(name));
      if (leaks.has(value)) problems.push(`${named(element)} ${name} is English: "${value}"`);
      if (keys.has(value)) problems.push(`${named(element)} ${name} is a raw key: "${value}"`);
    }
    for (const node of element.childNodes) {
      const text = clean(node.textContent);
      if (node.nodeType !== Node.TEXT_NODE || !text) continue;
      if (leaks.has(text)) problems.push(`${named(element)} is English: "${text}"`);
      if (keys.has(text)) problems.push(`${named(element)} shows a raw key: "${text}"`);
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
      const clip = clippingBox(element, host);
      const box = clip?.getBoundingClientRect();
      const [left, right] =
        clip && box ? [box.left + clip.clientLeft, box.left + clip.clientLeft + clip.clientWidth] : [0, width];
      const out = rects.find((rect) => rect.right > right + 0.5 || rect.left < left - 0.5);
      if (!out || (clip && (dataWithEllipsis(clip, ours) || scrollableTable(clip)))) continue;
      problems.push(
        clip
          ? `${named(element)} "${text.slice(0, 40)}" is cut off by ${named(clip)}`
          : `${named(element)} "${text.slice(0, 40)}" runs off the screen (${Math.round(out.left)}–${Math.round(out.right)} px)`,
      );
    }
  }
  return problems;
}

describe('every element in every language at 320 px', function () {
  this.timeout(120_000);
  const backend = createReferenceBackend({ seed: 14, customers: 8, equipment: 40 });
  const customer = backend.addCustomer({
    name: 'Nordhavn Maskinudlejning ApS',
    type: 'RENTAL',
    contacts: 3,
    equipment: 4,
  });
  const client = createCustomerClient({
    baseUrl: 'https://fleet.test',
    auth: 'dev:admin',
    fetch: backend.fetch,
    retry: 0,
  });

  const shadow = (element: Element | undefined | null, selector: string) =>
    element?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
  const rows = (element: () => Element | null) => () =>
    shadow(element(), '[role="option"][data-id], .grid-body [role="row"]');
  /** What a user waits for: each element with its data on screen. */
  const scenarios = [
    {
      name: 'customer-wizard',
      mount: () => html`<customer-wizard .client=${client}></customer-wizard>`,
      ready: (el: Element) => waitUntil(() => shadow(el, 'input[name="name"]'), 'the company step'),
    },
    {
      name: 'customer-wizard (contacts step, one contact)',
      mount: () => html`<customer-wizard .client=${client}></customer-wizard>`,
      ready: async (el: Element) => {
        await waitUntil(() => shadow(el, 'input[name="name"]'), 'the company step');
        fill(shadow(el, 'input[name="name"]') as HTMLInputElement, 'Fjordkraft Maskinudlejning ApS');
        shadow(el, '.button.primary')!.click();
        await waitUntil(() => shadow(el, '[data-add-contact]'), 'the contacts step');
        shadow(el, '[data-add-contact]')!.click();
        await waitUntil(() => shadow(el, 'input[name$=".name"]'), 'a contact row');
      },
    },
    {
      name: 'customer-details',
      mount: () => html`<customer-details .client=${client} customer-id=${customer.id}></customer-details>`,
      ready: (el: Element) => waitUntil(() => shadow(el, '.title') && shadow(el, '[data-edit]'), 'the customer'),
    },
    {
      name: 'customer-details (editing)',
      mount: () => html`<customer-details .client=${client} customer-id=${customer.id}></customer-details>`,
      ready: async (el: Element) => {
        await waitUntil(() => shadow(el, '[data-edit]'), 'the Edit button');
        shadow(el, '[data-edit]')!.click();
        await waitUntil(() => shadow(el, '#f-name'), 'the form');
      },
    },
    {
      name: 'contact-list',
      mount: () => html`<contact-list .client=${client} customer-id=${customer.id}></contact-list>`,
      ready: (el: Element) =>
        waitUntil(
          rows(() => el),
          'contact rows',
        ),
    },
    {
      name: 'equipment-assigner',
      mount: () => html`<equipment-assigner .client=${client} customer-id=${customer.id}></equipment-assigner>`,
      ready: (el: Element) =>
        waitUntil(
          rows(() => el),
          'assigned units',
        ),
    },
    {
      name: 'equipment-picker (open)',
      mount: () => html`<equipment-assigner .client=${client} customer-id=${customer.id}></equipment-assigner>`,
      ready: async (el: Element) => {
        await waitUntil(() => shadow(el, '[data-assign-trigger]'), 'the assign button');
        shadow(el, '[data-assign-trigger]')!.click();
        const picker = () => shadow(el, 'equipment-picker');
        await waitUntil(() => shadow(picker(), 'dialog#picker[open] #fleet [role="option"][data-id]'), 'the fleet');
      },
    },
    {
      name: 'customer-list',
      mount: () => html`<customer-list .client=${client}></customer-list>`,
      ready: (el: Element) =>
        waitUntil(
          rows(() => el),
          'customer rows',
        ),
    },
    {
      name: 'customer-import (choose a file)',
      mount: () => html`<customer-import .client=${client}></customer-import>`,
      ready: (el: Element) => waitUntil(() => shadow(el, '#file'), 'the file chooser'),
    },
    ...(['map', 'preview'] as const).map((step) => ({
      name: `customer-import (${step === 'map' ? 'map columns' : 'preview'})`,
      mount: () => html`<customer-import .client=${client}></customer-import>`,
      ready: async (el: Element) => {
        const importer = el as CustomerImport;
        await waitUntil(() => shadow(el, '#file'), 'the file chooser');
        choose(importer, csvFile(IMPORT_FILE));
        await waitUntil(() => importer.step === 'map', 'the mapping step');
        if (step === 'preview') {
          shadow(el, '[part~="button-primary"]')!.click();
          await waitUntil(() => importer.step === 'preview', 'the preview');
        }
        await importer.updateComplete;
      },
    })),
    {
      name: 'customer-manager',
      mount: () =>
        html`<customer-manager .client=${client} customer-id=${customer.id} tab="contacts"></customer-manager>`,
      ready: (el: Element) =>
        waitUntil(
          rows(() => shadow(el, '[role="tabpanel"] contact-list')),
          'the contacts tab',
        ),
    },
  ];

  before(() => setViewport({ width: 320, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const language of shipped) {
    it(`${language}: no overflow, no English where the language has words, no raw keys`, async () => {
      const words = await wordsOf(language);
      const problems: string[] = [];
      // One element at a time, at the top of the screen: the lists are virtualized and render what is in view.
      for (const { name, mount, ready } of scenarios) {
        const page = await fixture<HTMLElement>(html`<div lang=${language}>${mount()}</div>`);
        const element = page.firstElementChild as HTMLElement;
        await ready(element);
        problems.push(...problemsIn(element, words).map((problem) => `${name}: ${problem}`));
        page.remove();
      }
      expect(problems, `${language}:\n${problems.join('\n')}`).to.deep.equal([]);
    });
  }
});

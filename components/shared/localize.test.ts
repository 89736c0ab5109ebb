import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { mountWrapper } from '../../test/support/dom.js';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController, numberFormat, registerTranslation, resolveLang } from './localize.js';
import type { Strings } from './i18n/en.js';
import da from './i18n/da.js';
import { en } from './i18n/en.js';
import { countryName, countryOptions } from './intl.js';

class LocalizedThing extends LitElement {
  @property({ attribute: false }) strings?: Partial<Strings>;
  readonly l10n = new LocalizeController(this);
  override render() {
    return html`<span>${this.l10n.t.save}</span>`;
  }
}
customElements.define('fc-localized-thing', LocalizedThing);

/** An element still on the static `{ en, da }` shape. */
class StaticThing extends LitElement {
  readonly l10n = new LocalizeController(this, { en: { greeting: 'Hello' }, da: { greeting: 'Hej' } });
  override render() {
    return html`<span>${this.l10n.t.greeting}</span>`;
  }
}
customElements.define('fc-static-thing', StaticThing);

/** Puts the thing inside another shadow root, to prove `lang` is followed across it. */
class ShadowWrapper extends LitElement {
  override render() {
    return html`<fc-localized-thing></fc-localized-thing>`;
  }
}
customElements.define('fc-shadow-wrapper', ShadowWrapper);

const said = (thing: Element) => thing.shadowRoot!.textContent!.trim();

describe('shared/localize', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('follows the nearest lang and switches live when it changes', async () => {
    const wrapper = await mountWrapper(html`<div lang="da"><fc-localized-thing></fc-localized-thing></div>`);
    const thing = wrapper.firstElementChild!;
    expect(said(thing)).to.equal('Gem');
    wrapper.setAttribute('lang', 'en-GB');
    await waitUntil(() => said(thing) === 'Save');
    thing.setAttribute('lang', 'da-DK');
    await waitUntil(() => said(thing) === 'Gem');
  });

  it('looks through shadow roots up to <html>', async () => {
    document.documentElement.lang = 'da';
    const outer = await mountWrapper(html`<div><fc-shadow-wrapper></fc-shadow-wrapper></div>`);
    const wrapper = outer.firstElementChild as ShadowWrapper;
    await wrapper.updateComplete;
    const thing = wrapper.shadowRoot!.querySelector('fc-localized-thing')!;
    await (thing as LocalizedThing).updateComplete;
    expect(resolveLang(thing)).to.equal('da');
    expect(said(thing)).to.equal('Gem');
    outer.lang = 'en';
    await waitUntil(() => said(thing) === 'Save');
    outer.removeAttribute('lang');
    await waitUntil(() => said(thing) === 'Gem');
  });

  it('falls back to English for languages that do not ship, and for no lang at all', async () => {
    const wrapper = await mountWrapper(html`<div lang="ko"><fc-localized-thing></fc-localized-thing></div>`);
    expect(said(wrapper.firstElementChild!)).to.equal('Save');
    const bare = await fixture<LocalizedThing>(html`<fc-localized-thing></fc-localized-thing>`);
    expect(said(bare)).to.equal('Save');
  });

  it('reads a regional tag as its language, and Norwegian and Nynorsk as Bokmål', async () => {
    const wrapper = await mountWrapper(html`<div lang="da-GL"><fc-localized-thing></fc-localized-thing></div>`);
    expect(said(wrapper.firstElementChild!)).to.equal('Gem');
    wrapper.setAttribute('lang', 'pt-BR');
    await waitUntil(() => said(wrapper.firstElementChild!) === 'Salvar', 'pt-BR reads Portuguese');
    wrapper.setAttribute('lang', 'nn');
    await waitUntil(() => said(wrapper.firstElementChild!) === 'Lagre', 'nn reads Bokmål');
  });

  it('keeps the strings it has while the next language loads: Danish, then Thai, never English or a key', async () => {
    const wrapper = await mountWrapper(html`<div lang="da"><fc-localized-thing></fc-localized-thing></div>`);
    const thing = wrapper.firstElementChild!;
    const seen = new Set([said(thing)]);
    const watch = new MutationObserver(() => seen.add(said(thing)));
    watch.observe(thing.shadowRoot!, { subtree: true, characterData: true, childList: true });
    wrapper.setAttribute('lang', 'th');
    await waitUntil(() => said(thing) === 'บันทึก', 'Thai');
    watch.disconnect();
    expect([...seen]).to.deep.equal(['Gem', 'บันทึก']);
  });

  it('still takes the static { en, da } shape of an element not yet moved to loaders', async () => {
    const wrapper = await mountWrapper(html`<div lang="da"><fc-static-thing></fc-static-thing></div>`);
    expect(said(wrapper.firstElementChild!)).to.equal('Hej');
    wrapper.setAttribute('lang', 'ja');
    await waitUntil(() => said(wrapper.firstElementChild!) === 'Hello', 'no Japanese of its own: English');
  });

  it('takes page-wide translations: a language of its own, and a region layered over its language', async () => {
    registerTranslation('is', { shared: { save: 'Vista' } });
    registerTranslation('da-x-jysk', { shared: { cancel: 'Lad vær' } });
    const wrapper = await mountWrapper(
      html`<div>
        <div lang="is"><fc-localized-thing></fc-localized-thing></div>
        <div lang="da-x-jysk"><fc-localized-thing></fc-localized-thing></div>
      </div>`,
    );
    const [pirate, jysk] = [...wrapper.querySelectorAll<LocalizedThing>('fc-localized-thing')];
    expect(said(pirate!)).to.equal('Vista');
    expect(said(jysk!)).to.equal('Gem', 'the rest of Danish stays');
    expect(jysk!.l10n.t.cancel).to.equal('Lad vær');
    registerTranslation('IS', { shared: { save: 'Geyma' } });
    await waitUntil(() => said(pirate!) === 'Geyma', 'a later registration updates live');
  });

  it("merges the host's strings over the table", async () => {
    const thing = await fixture<LocalizedThing>(
      html`<fc-localized-thing .strings=${{ save: 'Keep' }}></fc-localized-thing>`,
    );
    expect(said(thing)).to.equal('Keep');
  });

  it('Danish has every key of English (the typechecker enforces it; this guards the build)', () => {
    expect(Object.keys(da).sort()).to.deep.equal(Object.keys(en).sort());
    expect(Object.keys(da.violation).sort()).to.deep.equal(Object.keys(en.violation).sort());
    expect(da.customerTypes).to.deep.equal({
      CONTRACTOR: 'Entreprenør',
      DEALER: 'Forhandler',
      DISTRIBUTOR: 'Distributør',
      OEM: 'OEM/Producent',
      RENTAL: 'Udlejning',
      SERVICE: 'Serviceudbyder',
      OTHER: 'Andet',
    });
  });

  it('names and sorts countries through Intl in the given language', () => {
    expect(countryName('DE', 'da')).to.equal('Tyskland');
    expect(countryName('DE', 'en')).to.equal('Germany');
    const danish = countryOptions('da').map((option) => option.label);
    expect(danish.indexOf('Danmark')).to.be.lessThan(danish.indexOf('Tyskland'));
    expect(danish).to.have.length(249);
  });

  it('formats numbers and dates for the locale', async () => {
    const wrapper = await mountWrapper(html`<div lang="da"><fc-localized-thing></fc-localized-thing></div>`);
    const thing = wrapper.firstElementChild as LocalizedThing;
    expect(thing.l10n.formatNumber(12345.5)).to.equal('12.345,5');
    expect(thing.l10n.formatDate('2026-03-01T12:00:00Z', { dateStyle: 'long', timeZone: 'UTC' })).to.equal(
      '1. marts 2026',
    );
  });

  it('keeps one formatter per locale and options, and follows a change of language', async () => {
    expect(numberFormat('da', { maximumFractionDigits: 0 })).to.equal(numberFormat('da', { maximumFractionDigits: 0 }));
    expect(numberFormat('da')).to.not.equal(numberFormat('en'));
    const wrapper = await mountWrapper(html`<div lang="da"><fc-localized-thing></fc-localized-thing></div>`);
    const thing = wrapper.firstElementChild as LocalizedThing;
    expect(thing.l10n.formatNumber(1234.5, { maximumFractionDigits: 0 })).to.equal('1.235');
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => thing.l10n.locale === 'en');
    expect(thing.l10n.formatNumber(1234.5, { maximumFractionDigits: 0 })).to.equal('1,235');
    expect(thing.l10n.formatDate('2026-03-01T12:00:00Z', { dateStyle: 'long', timeZone: 'UTC' })).to.equal(
      'March 1, 2026',
    );
  });
});

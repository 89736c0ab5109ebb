import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { LitElement } from 'lit';
import { DebouncedSearch, searchField } from './search.js';

class SearchHost extends LitElement {
  readonly searches: string[] = [];
  readonly search = new DebouncedSearch(this, (text) => this.searches.push(text), 30);
  override render() {
    return searchField({ id: 'search', label: 'Search contacts', search: this.search });
  }
}
customElements.define('search-host-test', SearchHost);

const typeText = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
};

describe('DebouncedSearch + searchField', () => {
  it('sends one search once typing pauses, with the trimmed text, and a labelled search box', async () => {
    const el = await fixture<SearchHost>(html`<search-host-test></search-host-test>`);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    typeText(input, 'an');
    typeText(input, 'anna ');
    await waitUntil(() => el.searches.length > 0, 'no search was sent');
    expect(el.searches).to.deep.equal(['anna']);
    expect(el.search.applied).to.equal('anna');
    await expect(el).to.be.accessible();
  });

  it('Enter searches at once; the same text again sends nothing new', async () => {
    const el = await fixture<SearchHost>(html`<search-host-test></search-host-test>`);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    typeText(input, 'bo');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(el.searches).to.deep.equal(['bo']);
    typeText(input, 'bo ');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(el.searches, 'the trimmed text is what the rows already match').to.deep.equal(['bo']);
  });
});

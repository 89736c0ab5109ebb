import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { LitElement } from 'lit';
import { ComboboxController, filterOptions } from './combobox.js';
import { LocalizeController } from './localize.js';
import { countryOptions } from './intl.js';
import { themeStyles } from './theme.styles.js';
import { fieldStyles } from './field.styles.js';
import { comboboxStyles } from './combobox.styles.js';
import { focused, press, type, mountWrapper } from '../../test/support/dom.js';

class CountryHost extends LitElement {
  static override styles = [themeStyles, fieldStyles, comboboxStyles];
  readonly l10n = new LocalizeController(this);
  readonly combobox = new ComboboxController(this, 'country');
  value = '';
  blurs = 0;
  override render() {
    return html`${this.combobox.render({
        id: 'country',
        label: this.l10n.t.country,
        hint: this.l10n.t.countryHint,
        value: this.value,
        options: countryOptions(this.l10n.locale),
        noMatchText: this.l10n.t.countryNoMatch,
        matchesText: this.l10n.t.countryMatches,
        toggleLabel: this.l10n.t.showCountries,
        onChange: (value) => {
          this.value = value;
          this.requestUpdate();
        },
        onBlur: () => this.blurs++,
      })} <button>after</button>`;
  }
}
customElements.define('fc-country-host', CountryHost);

const inputOf = (host: CountryHost) => host.shadowRoot!.querySelector<HTMLInputElement>('#country')!;

describe('shared/combobox (countries)', () => {
  it('follows the WAI-ARIA combobox pattern: type to filter, arrows to move, Enter to pick', async () => {
    const host = await fixture<CountryHost>(html`<fc-country-host></fc-country-host>`);
    const input = inputOf(host);
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    input.focus();
    await type('swe');
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true');
    const listbox = host.shadowRoot!.getElementById(input.getAttribute('aria-controls')!)!;
    expect(listbox.getAttribute('role')).to.equal('listbox');
    expect([...listbox.querySelectorAll('[role="option"]')].map((option) => option.textContent?.trim())).to.deep.equal([
      'Sweden',
    ]);
    await press('ArrowDown');
    await waitUntil(() => input.getAttribute('aria-activedescendant'));
    expect(host.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant')!)!.textContent).to.contain(
      'Sweden',
    );
    await expect(host).to.be.accessible();
    await press('Enter');
    await waitUntil(() => host.value === 'SE');
    expect(input.value).to.equal('Sweden');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('Escape closes the list, then clears', async () => {
    const host = await fixture<CountryHost>(html`<fc-country-host></fc-country-host>`);
    host.value = 'NO';
    host.requestUpdate();
    await host.updateComplete;
    inputOf(host).focus();
    await press('ArrowDown');
    await waitUntil(() => inputOf(host).getAttribute('aria-expanded') === 'true');
    await press('Escape');
    await waitUntil(() => inputOf(host).getAttribute('aria-expanded') === 'false');
    expect(host.value).to.equal('NO');
    await press('Escape');
    await waitUntil(() => host.value === '');
  });

  it('leaving the field picks an exact or single match, keeps unmatched text for validation', async () => {
    const host = await fixture<CountryHost>(html`<fc-country-host></fc-country-host>`);
    inputOf(host).focus();
    await type('finland');
    await press('Tab');
    await waitUntil(() => host.value === 'FI');
    expect(focused()?.textContent).to.equal('after');
    expect(host.blurs).to.equal(1);
    inputOf(host).focus();
    inputOf(host).select();
    await type('Atlantis');
    await press('Tab');
    await waitUntil(() => host.value === 'Atlantis');
  });

  it('names countries in the nearest language', async () => {
    const wrapper = await mountWrapper(html`<div lang="da"><fc-country-host></fc-country-host></div>`);
    const host = wrapper.firstElementChild as CountryHost;
    inputOf(host).focus();
    await type('tysk');
    await press('Enter');
    await waitUntil(() => host.value === 'DE');
    expect(inputOf(host).value).to.equal('Tyskland');
    expect(host.shadowRoot!.textContent).to.contain('Land');
  });

  it('matches the start of any word, accents folded, codes too', () => {
    const options = countryOptions('en');
    expect(filterOptions(options, 'kingdom').map((option) => option.value)).to.include('GB');
    expect(filterOptions(options, 'cote').map((option) => option.value)).to.include('CI');
    expect(filterOptions(options, 'dk')[0]!.value).to.equal('DK');
  });
});

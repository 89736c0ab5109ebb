import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { LitElement } from 'lit';
import { DialogController } from './dialog.js';
import { ConfirmController } from './confirm.js';
import { ComboboxController } from './combobox.js';
import { countryOptions } from './intl.js';
import { themeStyles } from './theme.styles.js';
import { buttonStyles } from './button.styles.js';
import { dialogStyles } from './dialog.styles.js';
import { fieldStyles } from './field.styles.js';
import { focused, press } from '../../test/support/dom.js';

class DialogHost extends LitElement {
  static override styles = [themeStyles, buttonStyles, dialogStyles, fieldStyles];
  readonly dialog = new DialogController(this);
  readonly confirmer = new ConfirmController(this, () => ({ cancel: 'Cancel', close: 'Close' }));
  readonly country = new ComboboxController(this, 'country');
  country_ = '';
  override render() {
    return html`<button id="open" @click=${() => this.dialog.show()}>Open</button> ${this.dialog.render({
        id: 'dlg',
        title: 'Edit',
        closeLabel: 'Close',
        body: html`${this.country.render({
          id: 'country',
          label: 'Country',
          value: this.country_,
          options: countryOptions('en'),
          noMatchText: 'None',
          matchesText: (count) => `${count} found`,
          toggleLabel: 'Show',
          onChange: (value) => {
            this.country_ = value;
            this.requestUpdate();
          },
        })}`,
        // The dialog must honour autofocus: that is what this host tests.
        // eslint-disable-next-line lit-a11y/no-autofocus
        footer: html`<button id="ok" autofocus @click=${() => this.dialog.close()}>OK</button>`,
      })}
      ${this.confirmer.render()}`;
  }
}
customElements.define('fc-dialog-host', DialogHost);

const dialogOf = (host: DialogHost) => host.shadowRoot!.querySelector('dialog');

async function openWithKeyboard(host: DialogHost): Promise<HTMLDialogElement> {
  host.shadowRoot!.querySelector<HTMLButtonElement>('#open')!.focus();
  await press('Enter');
  await waitUntil(() => dialogOf(host)?.open, 'dialog open');
  return dialogOf(host)!;
}

describe('shared/dialog', () => {
  it('opens modal, honours autofocus, closes on Escape and returns focus to the trigger', async () => {
    const host = await fixture<DialogHost>(html`<fc-dialog-host></fc-dialog-host>`);
    const dialog = await openWithKeyboard(host);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(focused()?.id).to.equal('ok');
    await expect(host).to.be.accessible();
    await press('Escape');
    await waitUntil(() => !dialogOf(host), 'dialog closed');
    expect(focused()?.id).to.equal('open');
  });

  it('Escape fires a cancelable dialog-request-close; preventing it keeps the dialog open', async () => {
    const host = await fixture<DialogHost>(html`<fc-dialog-host></fc-dialog-host>`);
    const dialog = await openWithKeyboard(host);
    dialog.addEventListener('dialog-request-close', (event) => event.preventDefault(), { once: true });
    const request = oneEvent(dialog, 'dialog-request-close');
    await press('Escape');
    expect((await request).detail.source).to.equal('escape');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dialog.open).to.equal(true);
    await press('Escape');
    await waitUntil(() => !dialogOf(host));
  });

  it('the × button asks the same way and closes', async () => {
    const host = await fixture<DialogHost>(html`<fc-dialog-host></fc-dialog-host>`);
    const dialog = await openWithKeyboard(host);
    const request = oneEvent(dialog, 'dialog-request-close');
    dialog.querySelector<HTMLButtonElement>('.dialog-close')!.click();
    expect((await request).detail.source).to.equal('close-button');
    await waitUntil(() => !dialogOf(host));
  });

  it('Escape inside an open combobox closes the list, not the dialog', async () => {
    const host = await fixture<DialogHost>(html`<fc-dialog-host></fc-dialog-host>`);
    const dialog = await openWithKeyboard(host);
    host.shadowRoot!.querySelector<HTMLInputElement>('#country')!.focus();
    await press('ArrowDown');
    await waitUntil(() => host.shadowRoot!.querySelector('#country')!.getAttribute('aria-expanded') === 'true');
    await press('Escape');
    await waitUntil(() => host.shadowRoot!.querySelector('#country')!.getAttribute('aria-expanded') === 'false');
    expect(dialog.open).to.equal(true);
  });
});

describe('shared/confirm', () => {
  it('resolves true when confirmed', async () => {
    const host = await fixture<DialogHost>(html`<fc-dialog-host></fc-dialog-host>`);
    const answer = host.confirmer.confirm({ title: 'Delete?', body: 'It goes.', confirmLabel: 'Delete' });
    await waitUntil(() => host.shadowRoot!.querySelector('#confirm')?.hasAttribute('open'));
    expect(focused()?.textContent?.trim()).to.equal('Delete');
    await expect(host).to.be.accessible();
    await press('Enter');
    expect(await answer).to.equal(true);
  });

  it('resolves false on Escape; a dangerous action starts on Cancel', async () => {
    const host = await fixture<DialogHost>(html`<fc-dialog-host></fc-dialog-host>`);
    host.shadowRoot!.querySelector<HTMLButtonElement>('#open')!.focus();
    const answer = host.confirmer.confirm({ title: 'Delete?', body: 'It goes.', confirmLabel: 'Delete', danger: true });
    await waitUntil(() => host.shadowRoot!.querySelector('#confirm')?.hasAttribute('open'));
    expect(focused()?.textContent?.trim()).to.equal('Cancel');
    expect(host.shadowRoot!.querySelector('.button.danger')?.textContent?.trim()).to.equal('Delete');
    await press('Escape');
    expect(await answer).to.equal(false);
    expect(focused()?.id).to.equal('open');
  });

  it('resolves false on Cancel', async () => {
    const host = await fixture<DialogHost>(html`<fc-dialog-host></fc-dialog-host>`);
    const answer = host.confirmer.confirm({ title: 'Sure?', body: 'Really.', confirmLabel: 'Yes' });
    await waitUntil(() => host.shadowRoot!.querySelector('#confirm')?.hasAttribute('open'));
    host.shadowRoot!.querySelector<HTMLButtonElement>('#confirm .button:not(.primary)')!.click();
    expect(await answer).to.equal(false);
  });
});

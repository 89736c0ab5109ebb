import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { LitElement } from 'lit';
import { stepper } from './stepper.js';
import { actionPanel } from './action-panel.js';
import { LiveRegionController } from './live-region.js';
import { emptyState, errorState, loadingState, notice } from './states.js';
import { focusFirstInvalid, radioGroup, textField } from './field.js';
import { describeError } from './errors.js';
import { violationText } from './violations.js';
import { en } from './i18n/en.js';
import da from './i18n/da.js';
import { themeStyles } from './theme.styles.js';
import { buttonStyles } from './button.styles.js';
import { fieldStyles } from './field.styles.js';
import { stepperStyles } from './stepper.styles.js';
import { actionPanelStyles } from './action-panel.styles.js';
import { stateStyles } from './states.styles.js';
import { CustomerCreatedEvent, CustomerSelectEvent, WizardCancelEvent } from './events.js';
import { NetworkError, RateLimitError, ServerError, TimeoutError, ValidationError } from '../../src/errors.js';

class PiecesHost extends LitElement {
  static override styles = [themeStyles, buttonStyles, fieldStyles, stepperStyles, actionPanelStyles, stateStyles];
  readonly live = new LiveRegionController(this);
  retried = 0;
  override render() {
    return html`${stepper({
      steps: [
        { id: 'a', label: 'Company' },
        { id: 'b', label: 'Contacts' },
        { id: 'c', label: 'Review' },
      ],
      current: 'b',
      label: 'Progress',
      stepOf: en.stepOf,
    })}
    ${textField({ id: 'name', label: 'Name', value: '', required: true, error: 'Required.', hint: 'The legal name', onInput: () => {} })}
    ${textField({ id: 'city', label: 'City', value: 'Aarhus', optionalText: 'optional', onInput: () => {} })}
    ${radioGroup({
      id: 'kind',
      name: 'kind',
      label: 'Kind',
      value: 'b',
      options: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ],
      onChange: () => {},
    })}
    ${loadingState('Loading…')} ${emptyState('Nothing here yet.')}
    ${errorState({ message: 'Failed.', retryLabel: 'Retry', onRetry: () => this.retried++ })}
    ${notice('warning', 'Careful.')}
    ${actionPanel({
      countText: '3 selected',
      label: 'Actions for the selection',
      actions: html`<button class="button danger" type="button">Delete contacts</button>`,
    })}
    ${this.live.render()}`;
  }
}
customElements.define('fc-pieces-host', PiecesHost);

describe('shared pieces', () => {
  it('render accessibly: stepper, fields, states, action panel, live region', async () => {
    const host = await fixture<PiecesHost>(html`<fc-pieces-host></fc-pieces-host>`);
    const root = host.shadowRoot!;
    expect(root.querySelector('[aria-current="step"]')!.textContent).to.contain('Contacts');
    const name = root.querySelector('#name')!;
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-describedby')).to.equal('name-error name-hint');
    expect(root.querySelector('#city')!.getAttribute('aria-describedby')).to.equal(null);
    expect(root.querySelector('label[for="city"]')!.textContent).to.contain('(optional)');
    expect(root.querySelector('.action-panel [role="toolbar"]')).to.not.equal(null);
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('Failed.');
    root.querySelector<HTMLButtonElement>('[part~="button-retry"]')!.click();
    expect(host.retried).to.equal(1);
    expect(focusFirstInvalid(root)).to.equal(name);
    await expect(host).to.be.accessible();
  });

  it('the live region announces politely', async () => {
    const host = await fixture<PiecesHost>(html`<fc-pieces-host></fc-pieces-host>`);
    const region = host.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    host.live.announce('Contact 2 removed.');
    await waitUntil(() => region.textContent === 'Contact 2 removed.');
  });

  it('describes every failure kind with a translated message and whether to retry', () => {
    expect(describeError(new NetworkError('x'), en)).to.include({ kind: 'network', retryable: true });
    expect(describeError(new TimeoutError('x'), da).message).to.contain('for længe');
    expect(describeError(new RateLimitError('x', { retryAfter: 3 }), en).message).to.contain('3 seconds');
    expect(describeError(new ServerError('x', { status: 503, requestId: 'req_1' }), en)).to.include({
      kind: 'server',
      requestId: 'req_1',
    });
    expect(describeError(new ValidationError('x'), en).retryable).to.equal(false);
  });

  it('translates violations by code, falling back to the server message', () => {
    expect(violationText({ code: 'invalid_email', message: 'Bad' }, da)).to.contain('gyldig e-mailadresse');
    expect(violationText({ code: 'something_new', message: 'Server says no.' }, en)).to.equal('Server says no.');
  });

  it('domain events bubble out of shadow roots and carry ids', async () => {
    const host = await fixture<PiecesHost>(html`<fc-pieces-host></fc-pieces-host>`);
    const inner = host.shadowRoot!.querySelector('nav')!;
    const heard = oneEvent(document, 'customer-created');
    inner.dispatchEvent(new CustomerCreatedEvent({ customerId: 'cus_1' }));
    const event = await heard;
    expect(event.detail.customerId).to.equal('cus_1');
    expect(new CustomerSelectEvent({ customerId: 'x' }).type).to.equal('customer-select');
    expect(new WizardCancelEvent({ dirty: false }).cancelable).to.equal(true);
  });
});

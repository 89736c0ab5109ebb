import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { LitElement } from 'lit';
import { AnswerDialogController } from './answer-dialog.js';
import { ConfirmController } from './confirm.js';
import { FormController } from './form-controller.js';
import { UnsavedChangesGuard } from './form-unsaved.js';
import { LoadController } from './loader.js';
import { SuccessMessageController } from './states.js';
import { textField } from './field.js';
import { en } from './i18n/en.js';
import da from './i18n/da.js';
import { violationText } from './violations.js';
import { checkNewContact, emptyContactDraft } from './contact-form.js';
import { themeStyles } from './theme.styles.js';
import { buttonStyles } from './button.styles.js';
import { dialogStyles } from './dialog.styles.js';
import { fieldStyles } from './field.styles.js';
import { stateStyles } from './states.styles.js';
import { focused } from '../../test/support/dom.js';

class FormsHost extends LitElement {
  static override styles = [themeStyles, buttonStyles, dialogStyles, fieldStyles, stateStyles];
  announced: string[] = [];
  readonly question = new AnswerDialogController<'move' | 'skip' | 'cancel'>(this, 'move');
  readonly confirmer = new ConfirmController(this, () => en);
  readonly success = new SuccessMessageController(this, () => en.close);
  readonly form = new FormController(this, {
    draft: { contacts: [emptyContactDraft(), emptyContactDraft()] },
    validate: (draft) =>
      draft.contacts.flatMap((contact, index) => {
        const check = checkNewContact(contact);
        return check.ok ? [] : check.violations.map((v) => ({ ...v, field: `contacts[${index}].${v.field}` }));
      }),
    fields: (draft) => draft.contacts.flatMap((_, index) => ['name', 'email'].map((f) => `contacts[${index}].${f}`)),
    t: () => en,
    announce: (message) => this.announced.push(message),
  });
  readonly unsaved = new UnsavedChangesGuard(
    () => this.form.dirty,
    this.confirmer,
    () => en,
  );
  override render() {
    return html`${this.form.draft.contacts.map((contact, index) =>
      ['name', 'email'].map((field) =>
        textField({
          id: `c${index}-${field}`,
          name: `contacts[${index}].${field}`,
          label: `${field} ${index + 1}`,
          value: contact[field as 'name' | 'email'],
          error: this.form.error(`contacts[${index}].${field}`),
          onInput: () => {},
        }),
      ),
    )}
    ${this.success.render()} ${this.question.render()} ${this.confirmer.render()}`;
  }
}
customElements.define('fc-forms-host', FormsHost);

const shown = (host: HTMLElement, id: string) => host.shadowRoot!.querySelector<HTMLDialogElement>(`#${id}`)?.open;

describe('shared/answer-dialog', () => {
  it('returns the answer pressed, and the dismissed answer when its element leaves the page', async () => {
    const host = await fixture<FormsHost>(html`<fc-forms-host></fc-forms-host>`);
    const question = {
      title: 'Move 2 units?',
      body: 'They belong to Acme.',
      dismissed: 'cancel' as const,
      answers: [
        { value: 'cancel' as const, label: 'Cancel' },
        { value: 'skip' as const, label: 'Skip them' },
        { value: 'move' as const, label: 'Move' },
      ],
    };
    const first = host.question.ask(question);
    await waitUntil(() => shown(host, 'move'), 'question shown');
    expect(focused()?.textContent?.trim()).to.equal('Move');
    await expect(host).to.be.accessible();
    [...host.shadowRoot!.querySelectorAll<HTMLButtonElement>('#move button')]
      .find((b) => b.textContent?.trim() === 'Skip them')!
      .click();
    expect(await first).to.equal('skip');

    const pending = host.confirmer.confirm({ title: 'Delete?', body: 'It goes.', confirmLabel: 'Delete' });
    await waitUntil(() => shown(host, 'confirm'), 'confirm shown');
    host.remove();
    expect(await pending).to.equal(false);
  });
});

describe('shared/form-controller', () => {
  it('places a server violation at contacts[1].email, focuses it and says how many need attention', async () => {
    const host = await fixture<FormsHost>(html`<fc-forms-host></fc-forms-host>`);
    const { unplaced } = host.form.placeServerViolations([
      { field: 'contacts[1].email', code: 'invalid_email', message: 'Invalid e-mail.' },
      { field: 'contacts', code: 'too_many', message: 'At most 100 contacts at once.' },
    ]);
    await host.updateComplete;
    expect(focused()?.id).to.equal('c1-email');
    expect(host.shadowRoot!.querySelector('#c1-email-error')?.textContent).to.contain('valid e-mail');
    expect(host.announced).to.deep.equal(['1 field needs attention.']);
    expect(unplaced.map((v) => v.field)).to.deep.equal(['contacts']);
  });

  it('on submit shows every error and focuses the first; a retry of the same body keeps its key', async () => {
    const host = await fixture<FormsHost>(html`<fc-forms-host></fc-forms-host>`);
    expect(host.form.check()).to.equal(4);
    await host.updateComplete;
    expect(focused()?.id).to.equal('c0-name');
    const key = host.form.idempotencyKey({ name: 'A' });
    expect(host.form.idempotencyKey({ name: 'A' })).to.equal(key);
    expect(host.form.idempotencyKey({ name: 'B' })).to.not.equal(key);
  });

  it('asks before discarding typed input, and not when nothing was typed', async () => {
    const host = await fixture<FormsHost>(html`<fc-forms-host></fc-forms-host>`);
    expect(await host.unsaved.confirmDiscard()).to.equal(true);
    host.form.update({ contacts: [{ ...emptyContactDraft(), name: 'Ann' }] });
    const answer = host.unsaved.confirmDiscard();
    await waitUntil(() => shown(host, 'confirm'), 'question shown');
    expect(host.shadowRoot!.querySelector('#confirm-title')?.textContent).to.equal('Discard your changes?');
    expect(focused()?.textContent?.trim()).to.equal('Keep editing');
    (focused() as HTMLButtonElement).click();
    expect(await answer).to.equal(false);
  });
});

describe('shared/states: success message', () => {
  it('shows the message visibly in a polite status region', async () => {
    const host = await fixture<FormsHost>(html`<fc-forms-host></fc-forms-host>`);
    host.success.show('Your changes are saved.');
    const region = host.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
    await waitUntil(() => region.textContent?.includes('Your changes are saved.'), 'message shown');
    const notice = region.querySelector<HTMLElement>('.notice')!;
    expect(notice.getBoundingClientRect().height).to.be.greaterThan(10);
    await expect(host).to.be.accessible();
    region.querySelector<HTMLButtonElement>('button')!.click();
    await waitUntil(() => !region.textContent?.trim(), 'message closed');
  });
});

describe('shared/violations', () => {
  it('"This is too long" gives the limit, in English and Danish', () => {
    const violation = { field: 'name', code: 'too_long', message: 'At most 127 characters.' };
    expect(violationText(violation, en)).to.equal('This is too long: at most 127 characters.');
    expect(violationText(violation, da)).to.equal('Teksten er for lang: højst 127 tegn.');
  });
});

class LoadHost extends LitElement {
  static override properties = { id: {} };
  override id = 'a';
  signals: AbortSignal[] = [];
  readonly loader = new LoadController(this, {
    args: () => [this.id] as const,
    load: ([id], signal) => {
      this.signals.push(signal);
      return new Promise<string>((resolve) => setTimeout(() => resolve(`loaded ${id}`), id === 'slow' ? 10_000 : 0));
    },
  });
  override render() {
    return html`<p>${this.loader.status === 'ready' ? this.loader.value : 'Loading…'}</p>`;
  }
}
customElements.define('fc-load-host', LoadHost);

describe('shared/loader', () => {
  it('aborts when its input changes or the element leaves, and loads again when it comes back', async () => {
    const host = await fixture<LoadHost>(html`<fc-load-host></fc-load-host>`);
    await waitUntil(() => host.shadowRoot!.textContent?.includes('loaded a'), 'first load shown');
    host.id = 'slow';
    await host.updateComplete;
    host.id = 'b';
    await waitUntil(() => host.shadowRoot!.textContent?.includes('loaded b'), 'second load shown');
    expect(host.signals[1]!.aborted, 'the superseded load').to.equal(true);
    host.id = 'slow';
    await host.updateComplete;
    const parent = host.parentElement!;
    host.remove();
    expect(host.signals.at(-1)!.aborted, 'the load of a removed element').to.equal(true);
    host.id = 'c';
    parent.append(host);
    await waitUntil(() => host.shadowRoot!.textContent?.includes('loaded c'), 'loads again when back');
  });
});

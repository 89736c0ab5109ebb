import { expect } from '@open-wc/testing';
import * as stories from '../../stories/contact-list.stories.js';
import { renderStory, storyNames, type StoriesModule } from '../support/story-harness.js';

const module = stories as unknown as StoriesModule;

type Root = ShadowRoot;
const rows = (root: Root) => root.querySelectorAll('.grid-body .row').length;
const text = (root: Root, selector: string) =>
  root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** What each story promises to show, checked inside the element's shadow root. */
const promises: Record<string, (root: Root) => void> = {
  WithContacts: (root) => {
    expect(rows(root)).to.equal(8);
    expect(text(root, '#count')).to.equal('8 contacts');
    expect(text(root, '.grid-body')).to.contain('+45 22 33 44 55');
  },
  Empty: (root) => {
    expect(text(root, '.state.empty')).to.contain('This customer has no contacts yet.');
    expect(root.querySelector('[data-action="add"]')).to.not.equal(null);
  },
  Loading: (root) => expect(text(root, '.state.loading')).to.equal('Loading…'),
  LoadFailed: (root) => {
    expect(text(root, '.error-state')).to.contain('The contacts could not be loaded.');
    expect(root.querySelector('.error-state button')).to.not.equal(null);
  },
  ThousandContacts: (root) => {
    expect(text(root, '#count')).to.equal('1,000 contacts');
    expect(root.querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal('1001');
    expect(rows(root), 'virtualized: a screenful of rows, not 1,000').to.be.within(1, 99);
    expect(root.querySelector('.grid-body .row')!.getAttribute('aria-rowindex')).to.equal('2');
  },
  Searching: (root) => {
    expect(text(root, '#count')).to.equal('1 contact found.');
    expect(rows(root)).to.equal(1);
    expect(text(root, '.action-count')).to.equal('2 selected');
    expect(text(root, '.hidden-selected')).to.equal(
      '2 selected contacts are hidden by the search and left out of Edit and Delete.',
    );
  },
  SelectionWithActionPanel: (root) => {
    expect(text(root, '.action-count')).to.equal('3 selected');
    expect(root.querySelector('[data-action="edit"]')).to.not.equal(null);
    expect(root.querySelector('[data-action="delete"]')).to.not.equal(null);
    expect(root.querySelector<HTMLInputElement>('input[data-select-all]')!.indeterminate).to.equal(true);
  },
  BulkEditOneRowFailing: (root) => {
    expect(root.querySelectorAll('.row-message').length).to.equal(1);
    expect(root.querySelectorAll('.row.editing').length).to.equal(1);
    expect(root.querySelector<HTMLInputElement>('.row.editing input[data-field="title"]')!.value).to.equal(
      'Workshop manager',
    );
    expect(text(root, '.grid-body')).to.contain('Managing director');
    expect(text(root, '.action-count')).to.equal('Editing 1 contact');
    expect(root.querySelectorAll('input[data-select]:checked').length, 'all three stay selected').to.equal(3);
  },
  DeleteConfirmation: (root) => {
    expect(text(root, 'dialog#confirm h2')).to.equal('Delete 6 contacts?');
    expect(text(root, 'dialog#confirm .confirm-body')).to.equal(
      'Anders Lund, Camilla Friis, Ida Mortensen, and 3 more will be deleted. This cannot be undone.',
    );
  },
  AddContactDialog: (root) => {
    expect(text(root, 'dialog#add-contact h2')).to.equal('Add contact');
    expect(root.querySelector('#add-name')).to.not.equal(null);
  },
  ReadOnlyRole: (root) => {
    expect(text(root, '.notice')).to.contain('You can view the contacts, but not change them');
    expect(root.querySelector('input[type="checkbox"], [data-action]')).to.equal(null);
    expect(rows(root)).to.equal(8);
  },
  Danish: (root) => {
    expect(text(root, '#title')).to.equal('Kontaktliste');
    expect(text(root, '.action-count')).to.equal('2 valgt');
    expect(text(root, '[data-action="edit"]')).to.equal('Rediger kontakter');
    expect(text(root, '[data-action="delete"]')).to.equal('Slet kontakter');
  },
  Dark: (root) => {
    expect((root.host as HTMLElement).getAttribute('theme')).to.equal('dark');
    expect(text(root, '.action-count')).to.equal('2 selected');
  },
  Narrow: (root) => {
    expect((root.host as HTMLElement).getBoundingClientRect().width).to.be.at.most(320);
    expect(text(root, '.action-count')).to.equal('1 selected');
    // Cards: nothing hides behind a sideways scroll; e-mail, phone and title sit inside the card's width.
    const frame = root.querySelector<HTMLElement>('.grid-frame')!;
    expect(frame.scrollWidth, 'no sideways scroll').to.be.at.most(frame.clientWidth);
    // Lars Bech has every field.
    const lars = [...root.querySelectorAll<HTMLElement>('.grid-body .row')].find((row) =>
      row.textContent!.includes('Lars Bech'),
    )!;
    const card = lars.getBoundingClientRect();
    for (const column of ['email', 'phone', 'title']) {
      const cell = lars.querySelector<HTMLElement>(`.col-${column}`)!.getBoundingClientRect();
      expect(cell.right, `${column} inside the card`).to.be.at.most(card.right + 0.5);
      expect(cell.width, `${column} readable`).to.be.above(100);
    }
    // What Lars is told about fits his card too.
    const notify = lars.querySelector<HTMLElement>('.col-notify')!.getBoundingClientRect();
    expect(notify.right, 'notifications inside the card').to.be.at.most(card.right + 0.5);
  },
  WhoIsTold: (root) => {
    expect(text(root, '[data-who-count]')).to.equal('7 contacts are told.');
    const names = [...root.querySelectorAll('[data-who-list] .who-name')].map((name) => name.textContent!.trim());
    // Sofie opted out; everyone else wants service due (the default), Mette by e-mail and SMS.
    expect(names).to.deep.equal([
      'Anders Lund',
      'Camilla Friis',
      'Ida Mortensen',
      'Jonas Holm',
      'Lars Bech',
      'Mette Kjær',
      'Peter Dahl',
    ]);
  },
  WhoIsToldDanishDark: (root) => {
    expect(text(root, '[data-who-summary]')).to.equal('Hvem får besked');
    expect(text(root, '[data-who-count]')).to.equal('7 kontakter får besked.');
  },
  WhoIsToldNarrow: (root) => {
    const who = root.querySelector<HTMLElement>('.who')!;
    expect(who.getBoundingClientRect().width).to.be.at.most(320);
    expect(who.scrollWidth, 'no sideways scroll').to.be.at.most(who.clientWidth);
  },
  NotifySelectedDialog: (root) => {
    expect(text(root, 'dialog#notify-selected h2')).to.equal('Notifications for 3 contacts');
    expect(root.querySelector('#notify-target')).to.not.equal(null);
  },
  EditNotifications: (root) => {
    expect(text(root, 'dialog#notify-row h2')).to.match(/^Notifications: /);
    expect(root.querySelectorAll('dialog#notify-row input[type="checkbox"]').length).to.equal(10);
  },
};

describe('contact-list stories', () => {
  for (const name of storyNames(module)) {
    it(`${name} renders without errors, shows what it promises and passes axe`, async () => {
      const story = await renderStory(module, name);
      try {
        const list = story.canvas.querySelector('contact-list');
        expect(list, 'a <contact-list> on the canvas').to.not.equal(null);
        const check = promises[name];
        expect(check, `an expectation for ${name}`).to.not.equal(undefined);
        check!(list!.shadowRoot!);
        expect(story.errors).to.deep.equal([]);
        await expect(story.canvas).to.be.accessible();
      } finally {
        story.cleanup();
      }
    });
  }

  it('covers every state the issue asks for', () => {
    expect(storyNames(module)).to.include.members([
      'WithContacts',
      'Empty',
      'ThousandContacts',
      'SelectionWithActionPanel',
      'BulkEditOneRowFailing',
      'DeleteConfirmation',
      'ReadOnlyRole',
      'Danish',
      'Dark',
      'Narrow',
    ]);
  });
});

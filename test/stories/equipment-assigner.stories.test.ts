import { expect } from '@open-wc/testing';
import * as stories from '../../stories/equipment-assigner.stories.js';
import { renderStory, storyNames, type StoriesModule } from '../support/story-harness.js';

const module = stories as unknown as StoriesModule;

interface Roots {
  root: ShadowRoot;
  /** The Select equipment dialog's shadow root. */
  picker: ShadowRoot;
}

const text = (root: ShadowRoot, selector: string) =>
  root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const options = (root: ShadowRoot, list: string) => root.querySelectorAll(`#${list} [role="option"]`).length;
const loaded = (root: ShadowRoot, list: string) => root.querySelectorAll(`#${list} [role="option"][data-id]`).length;
const pickerOpen = (picker: ShadowRoot) => picker.querySelector('dialog#picker[open]') !== null;

/** What each story promises to show. */
const promises: Record<string, (roots: Roots) => void> = {
  History: ({ root }) => {
    expect(root.querySelector('#tab-history')!.getAttribute('aria-selected')).to.equal('true');
    expect(root.querySelectorAll('[part="history-entry"]').length).to.equal(20);
    expect(text(root, '[part="history-entry"]')).to.match(/ assigned to Nordhavn Maskinudlejning ApS /);
    expect(root.querySelector('[data-history-more]')).to.not.equal(null);
  },
  FiftyUnits: ({ root }) => {
    expect(text(root, '[part="count"]')).to.equal('50 units');
    expect(loaded(root, 'assigned')).to.be.within(5, 60);
    expect(root.querySelector('[data-assign-trigger]')).to.not.equal(null);
  },
  Empty: ({ root }) => {
    expect(text(root, '.empty-list')).to.equal('No equipment is assigned to this customer yet.');
    expect(root.querySelector('[data-assign-trigger]')).to.not.equal(null);
  },
  TenThousandUnits: ({ root }) => {
    expect(text(root, '[part="count"]')).to.equal('10,000 units');
    expect(options(root, 'assigned')).to.be.within(5, 99);
  },
  SelectionWithActionPanel: ({ root }) => {
    expect(text(root, '.action-count')).to.equal('3 selected');
    expect(text(root, '[data-unassign]')).to.equal('Unassign');
    expect(root.querySelector<HTMLInputElement>('.select-all')!.indeterminate).to.equal(true);
  },
  UnassignConfirmation: ({ root }) => {
    expect(text(root, 'dialog#confirm h2')).to.equal('Unassign 2 units?');
    expect(text(root, 'dialog#confirm .confirm-body')).to.contain('no longer be assigned to this customer');
  },
  PickerOver100000Units: ({ picker }) => {
    expect(pickerOpen(picker)).to.equal(true);
    expect(text(picker, '[part="count"]')).to.equal('100,000 units');
    expect(options(picker, 'fleet')).to.be.within(5, 99);
  },
  Searching: ({ picker }) => {
    expect(text(picker, '[part="count"]')).to.match(/^\d+ matching units?$/);
    expect(loaded(picker, 'fleet')).to.be.above(0);
  },
  Filters: ({ picker }) => {
    const brand = picker.querySelector<HTMLSelectElement>('#picker-brand')!.value;
    expect(brand).to.not.equal('');
    const rows = [...picker.querySelectorAll('#fleet [role="option"][data-id]')];
    expect(rows.length).to.be.above(0);
    for (const row of rows) {
      expect(row.textContent).to.contain('Not assigned');
      expect(row.textContent).to.contain(brand);
    }
  },
  MovingFromAnotherCustomer: ({ picker }) => {
    expect(text(picker, 'dialog#move h2')).to.equal('Move 2 units from other customers?');
    expect(text(picker, 'dialog#move .button.primary')).to.equal('Move them here');
  },
  AssigningWithProgress: ({ picker }) => {
    const progress = picker.querySelector('progress')!;
    expect(progress.value).to.be.at.least(10_000);
    expect(progress.max).to.be.above(20_000);
    expect(text(picker, '[part="progress"]')).to.match(/^Assigning [\d,]+ of [\d,]+…$/);
  },
  FailureWithRetry: ({ picker }) => {
    expect(text(picker, '.error-state')).to.contain('The equipment was not assigned.');
    expect(text(picker, '.error-state button')).to.equal('Retry');
    expect(text(picker, '.selected-count')).to.equal('3 selected');
  },
  PartlySkipped: ({ root }) => {
    expect(text(root, '.notice')).to.contain('2 units assigned.');
    expect(text(root, '.notice .skipped')).to.contain('was already assigned to this customer');
  },
  ReadOnlyRole: ({ root }) => {
    expect(text(root, '.notice')).to.contain('Only administrators and fleet administrators can assign');
    expect(root.querySelector('[data-assign-trigger], [data-unassign], .check')).to.equal(null);
    expect(loaded(root, 'assigned')).to.be.above(0);
  },
  Danish: ({ root }) => {
    expect(text(root, '#title')).to.equal('Udstyr');
    expect(text(root, '[data-assign-trigger]')).to.equal('Tildel udstyr');
    expect(text(root, '.action-count')).to.equal('2 valgt');
    expect(text(root, '[data-unassign]')).to.equal('Fjern tildeling');
  },
  DanishPicker: ({ picker }) => {
    expect(text(picker, 'dialog#picker h2')).to.equal('Vælg udstyr');
    expect(text(picker, '.selected-count')).to.equal('1 valgt');
    expect(text(picker, '[data-assign]')).to.equal('Tildel udstyr');
  },
  Dark: ({ root }) => {
    expect((root.host as HTMLElement).getAttribute('theme')).to.equal('dark');
    expect(text(root, '.action-count')).to.equal('2 selected');
  },
  DarkPicker: ({ picker }) => {
    expect(pickerOpen(picker)).to.equal(true);
    expect(text(picker, '.selected-count')).to.equal('2 selected');
  },
  Narrow: ({ root }) => {
    expect(text(root, '.action-count')).to.equal('1 selected');
    expect(loaded(root, 'assigned')).to.be.above(0);
  },
};

describe('equipment-assigner stories', () => {
  // A story whose play failed never reaches `cleanup()`: its open dialog would make the next story's page inert.
  afterEach(() => {
    for (const leftover of document.querySelectorAll('#storybook-root')) leftover.remove();
  });

  it('has a promise for every story', () => {
    expect(Object.keys(promises).sort()).to.deep.equal([...storyNames(module)].sort());
  });

  for (const name of storyNames(module)) {
    it(`${name} renders without errors, shows what it promises and passes axe`, async function () {
      this.timeout(60_000);
      const story = await renderStory(module, name);
      try {
        const host = story.canvas.querySelector('equipment-assigner')!;
        const root = host.shadowRoot!;
        const picker = root.querySelector('equipment-picker')?.shadowRoot ?? root;
        expect(story.errors).to.deep.equal([]);
        promises[name]?.({ root, picker });
        await expect(story.canvas).to.be.accessible();
      } finally {
        story.cleanup();
      }
    });
  }
});

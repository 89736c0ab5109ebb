import { expect } from '@open-wc/testing';
import * as stories from '../../stories/customer-manager.stories.js';
import { renderStory, storyNames, type StoriesModule } from '../support/story-harness.js';

const module = stories as unknown as StoriesModule;

interface Roots {
  app: ShadowRoot;
  list: ShadowRoot;
}

const text = (root: ParentNode, selector: string) =>
  root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const tabs = (app: ShadowRoot) => [...app.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent!.trim());

/** What each story promises to show. */
const promises: Record<string, (roots: Roots) => void> = {
  CustomersApp: ({ list }) => {
    expect(text(list, '[part="count"]')).to.equal('60 customers');
    expect(text(list, '[data-create]')).to.equal('Create customer');
  },
  CustomerOpen: ({ app }) => {
    expect(tabs(app)).to.deep.equal(['Details', 'Contact list', 'Equipment']);
    expect(app.querySelector('[role="tab"][aria-selected="true"]')!.id).to.equal('tab-equipment');
    expect(app.querySelector('[role="tabpanel"] equipment-assigner')).to.not.equal(null);
  },
  ReadOnly: ({ app, list }) => {
    expect(list.querySelector('[data-create]')).to.equal(null);
    expect(text(list, '.read-only')).to.equal('Only administrators and fleet administrators can create customers.');
    expect(text(app, '#customer-title')).to.not.equal('');
  },
  Danish: ({ app, list }) => {
    expect(tabs(app)).to.deep.equal(['Oplysninger', 'Kontaktliste', 'Udstyr']);
    expect(text(list, 'h2')).to.equal('Kunder');
    expect(text(list, '[data-create]')).to.equal('Opret kunde');
  },
  Dark: ({ app }) => {
    expect((app.host as HTMLElement).getAttribute('theme')).to.equal('dark');
    expect(app.querySelector('[role="tabpanel"]')).to.not.equal(null);
  },
  Narrow320: ({ app, list }) => {
    const host = app.host as HTMLElement;
    expect(host.getBoundingClientRect().width).to.be.at.most(320);
    expect(host.scrollWidth).to.be.at.most(host.clientWidth);
    expect(list.querySelector('.columns')!.getBoundingClientRect().height, 'cards, not columns').to.equal(0);
  },
  HundredThousandCustomers: ({ list }) => {
    expect(text(list, '[part="count"]')).to.equal('100,000 customers');
    expect(list.querySelectorAll('[role="option"]').length).to.be.within(5, 99);
  },
  FailingBackend: ({ list }) => {
    expect(text(list, '.error-state')).to.contain('The customers could not be loaded.');
    expect(text(list, '.error-state button')).to.equal('Retry');
  },
};

describe('customer-manager stories', () => {
  afterEach(() => {
    for (const leftover of document.querySelectorAll('#storybook-root')) leftover.remove();
  });

  it('has a promise for every story', () => {
    expect(Object.keys(promises).sort()).to.deep.equal([...storyNames(module)].sort());
  });

  for (const name of storyNames(module)) {
    it(`${name} renders without errors, shows what it promises and passes axe`, async function () {
      this.timeout(120_000);
      const story = await renderStory(module, name);
      try {
        const host = story.canvas.querySelector('customer-manager')!;
        const app = host.shadowRoot!;
        const list = app.querySelector('customer-list')!.shadowRoot!;
        expect(story.errors).to.deep.equal([]);
        promises[name]?.({ app, list });
        await expect(story.canvas).to.be.accessible();
      } finally {
        story.cleanup();
      }
    });
  }
});

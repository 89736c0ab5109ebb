import { expect } from '@open-wc/testing';
import * as stories from '../../stories/customer-details.stories.js';
import { renderStory, storyNames, type StoriesModule } from '../support/story-harness.js';

const module = stories as unknown as StoriesModule;

const shadowText = (root: ParentNode): string => {
  const element = root.querySelector('customer-details');
  return (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
};

/** What each story promises, checked on its rendered element. */
const promises: Record<string, (root: ShadowRoot, text: string) => void> = {
  Details: (root, text) => {
    expect(root.querySelector('.title')?.textContent).to.equal('Nordhavn Maskinudlejning ApS');
    expect(text)
      .to.match(/Contacts\s*4/)
      .and.match(/Equipment\s*37/)
      .and.contain('Rental');
    expect(root.querySelector('[data-edit]')).to.exist;
    expect(root.querySelector('[data-delete]')).to.exist;
    expect(root.querySelector('input')).to.equal(null);
  },
  Editing: (root) => {
    expect(root.querySelector<HTMLInputElement>('#f-name')?.value).to.equal('Nordhavn Maskinudlejning ApS');
    expect(root.querySelector('[data-save]')).to.exist;
    expect(root.querySelector('[data-cancel]')).to.exist;
  },
  Conflict: (root, text) => {
    expect(root.querySelector('[part="conflict"]')).to.exist;
    expect(text).to.contain('Nordhavn Maskinudlejning A/S').and.contain('+45 40 50 60 70');
    expect(root.querySelector<HTMLInputElement>('#f-name')?.value).to.equal('Nordhavn Maskiner A/S');
    expect(root.querySelector('[data-reload]')).to.exist;
    expect(root.querySelector('[data-overwrite]')).to.exist;
  },
  DeleteConfirmation: (root) => {
    const dialog = root.querySelector<HTMLDialogElement>('dialog[open]');
    expect(dialog?.textContent).to.contain('Delete Nordhavn Maskinudlejning ApS?');
    expect(dialog?.textContent?.replace(/\s+/g, ' ')).to.contain(
      'removes 37 equipment assignments and deletes 4 contacts',
    );
  },
  SaveFailed: (root, text) => {
    expect(root.querySelector('[part~="button-retry"]')).to.exist;
    expect(root.querySelector<HTMLInputElement>('#f-phone')?.value).to.equal('+4540506070');
    expect(text).to.contain('The customer was not saved.');
  },
  NotFound: (root, text) => {
    expect(root.querySelector('[part="not-found"]')).to.exist;
    expect(text).to.contain('Customer not found');
    expect(root.querySelector('form, [data-edit]')).to.equal(null);
  },
  ReadOnlyRole: (root, text) => {
    expect(root.querySelector('[data-edit], [data-delete]')).to.equal(null);
    expect(text).to.contain('Only administrators and fleet administrators can change customers.');
  },
  Danish: (root, text) => {
    expect(text).to.contain('Oplysninger').and.contain('Udlejning').and.contain('Danmark');
    expect(root.querySelector('[data-edit]')?.textContent?.trim()).to.equal('Rediger');
    expect(root.querySelector('[data-delete]')?.textContent?.trim()).to.equal('Slet kunde');
  },
  Dark: (root) => {
    expect((root.host as HTMLElement).getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(root.host).colorScheme).to.equal('dark');
  },
  Narrow: (root) => {
    expect(root.host.getBoundingClientRect().width).to.be.at.most(320);
    const save = root.querySelector<HTMLElement>('[data-save]')!;
    // One column: Save spans the width of the form.
    expect(save.getBoundingClientRect().width).to.be.greaterThan(200);
  },
};

describe('customer-details stories', () => {
  it('has a check for every story', () => {
    expect(storyNames(module).sort()).to.deep.equal(Object.keys(promises).sort());
  });

  for (const name of storyNames(module)) {
    it(`${name} renders without errors, shows what it promises and passes axe`, async () => {
      const story = await renderStory(module, name);
      try {
        const element = story.canvas.querySelector('customer-details')!;
        promises[name]?.(element.shadowRoot!, shadowText(story.canvas));
        expect(story.errors).to.deep.equal([]);
        await expect(story.canvas).to.be.accessible();
      } finally {
        story.cleanup();
      }
    });
  }
});

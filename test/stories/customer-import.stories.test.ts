import { expect } from '@open-wc/testing';
import * as stories from '../../stories/customer-import.stories.js';
import { renderStory, storyNames, type StoriesModule } from '../support/story-harness.js';

const module = stories as unknown as StoriesModule;

/** What a user sees in each story once its play function is done. */
const sees: Record<string, readonly string[]> = {
  ChooseFile: ['Import customers', 'Choose a file', 'Download the template'],
  MapColumns: ['Check where each column of the file goes', 'Kontakt 1 e-mail'],
  Preview: ['1 new, 1 updated, 1 with errors, 1 possible duplicates', 'Looks like Nord Udlejning.'],
  Imported: ['Import finished', '1 created, 1 updated', 'Undo this import'],
  NotACsvFile: ['This is a PDF document, not a CSV file.'],
  Danish: ['Tilknyt kolonner'],
  DanishPreview: ['1 nye, 1 opdateres, 1 med fejl, 1 mulige dubletter'],
  DarkTheme: ['Possible duplicate'],
};

describe('customer-import stories', () => {
  for (const name of storyNames(module)) {
    it(`${name} renders, runs its play function without errors and passes axe`, async () => {
      const story = await renderStory(module, name);
      try {
        const el = story.canvas.querySelector('customer-import');
        expect(el, 'a <customer-import> on the canvas').to.not.equal(null);
        expect(sees[name], `what ${name} shows is listed here`).to.exist;
        const text = (el!.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
        for (const words of sees[name]!) expect(text).to.contain(words);
        expect(story.errors).to.deep.equal([]);
        await expect(story.canvas).to.be.accessible();
      } finally {
        story.cleanup();
      }
    });
  }
});

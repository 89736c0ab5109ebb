import { expect } from '@open-wc/testing';
import * as stories from '../../stories/sdk.stories.js';
import { renderStory, storyNames, type StoriesModule } from '../support/story-harness.js';

describe('SDK stories', () => {
  for (const name of storyNames(stories as unknown as StoriesModule)) {
    it(`${name} renders customers from the reference backend and passes axe`, async () => {
      const story = await renderStory(stories as unknown as StoriesModule, name);
      try {
        const rows = story.canvas.querySelectorAll('tbody tr');
        expect(rows.length).to.be.greaterThan(0);
        expect(story.canvas.textContent).to.match(/\d+ of \d+ customers/);
        expect(story.errors).to.deep.equal([]);
        await expect(story.canvas).to.be.accessible();
      } finally {
        story.cleanup();
      }
    });
  }
});

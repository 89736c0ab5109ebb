import { expect } from '@open-wc/testing';
import * as stories from '../../stories/customer-wizard.stories.js';
import { renderStory, storyNames, type StoriesModule } from '../support/story-harness.js';

const module = stories as unknown as StoriesModule;

describe('customer-wizard stories', () => {
  for (const name of storyNames(module)) {
    it(`${name} renders, runs its play function without errors and passes axe`, async () => {
      const story = await renderStory(module, name);
      try {
        const wizard = story.canvas.querySelector('customer-wizard');
        expect(wizard, 'a <customer-wizard> on the canvas').to.not.equal(null);
        expect(wizard!.shadowRoot!.querySelector('.wizard')).to.not.equal(null);
        expect(story.errors).to.deep.equal([]);
        await expect(story.canvas).to.be.accessible();
      } finally {
        story.cleanup();
      }
    });
  }

  it('covers every state the issue asks for', () => {
    expect(storyNames(module)).to.include.members([
      'Company',
      'Contacts',
      'Review',
      'Saving',
      'Saved',
      'ServerValidationError',
      'NetworkFailureWithRetry',
      'PermissionDenied',
      'Danish',
      'DarkTheme',
      'Narrow',
    ]);
  });
});

import { expect } from '@open-wc/testing';
import * as stories from '../../stories/customer-wizard.stories.js';
import { renderStory, storyNames, type StoriesModule } from '../support/story-harness.js';

const module = stories as unknown as StoriesModule;

/** What a user sees in each story: the words on screen once its play function is done. */
const sees: Record<string, readonly string[]> = {
  Company: ['Create customer', 'Company name', 'Relationship type'],
  Contacts: ['Contact 1', 'e-mail or phone required', 'Up to 100 contacts'],
  Review: ['Check the details before you save', 'Save'],
  Saving: ['Saving…'],
  Saved: ['was created', 'Create another customer'],
  ServerValidationError: ['Another customer already has this external reference'],
  NetworkFailureWithRetry: ['The customer was not saved.', 'Nothing you entered is lost.', 'Retry'],
  PermissionDenied: ['You can view customers, but not change them', 'Only administrators'],
  LikelyDuplicate: ['similar name already exists'],
  Danish: ['Opret kunde', 'Virksomhed'],
  DanishReview: ['Gennemse', 'Gem'],
  DarkTheme: ['Contact 1'],
  Narrow: ['Hansen & Søn ApS'],
  RightToLeft: ['Contact 1'],
};

describe('customer-wizard stories', () => {
  for (const name of storyNames(module)) {
    it(`${name} renders, runs its play function without errors and passes axe`, async () => {
      const story = await renderStory(module, name);
      try {
        const wizard = story.canvas.querySelector('customer-wizard');
        expect(wizard, 'a <customer-wizard> on the canvas').to.not.equal(null);
        const root = wizard!.shadowRoot!;
        const text = () => `${root.textContent} ${[...root.querySelectorAll('input')].map((i) => i.value).join(' ')}`;
        expect(sees[name], `what ${name} shows is listed here`).to.exist;
        for (const words of sees[name]!) expect(text().replace(/\s+/g, ' ')).to.contain(words);
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

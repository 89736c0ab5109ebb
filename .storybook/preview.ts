import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json' with { type: 'json' };

setCustomElementsManifest(customElements);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    // `npm start` opens on the first story: the whole Customers app (issue 8).
    options: { storySort: { order: ['Customers app', 'Introduction', '*'] } },
  },
};

export default preview;

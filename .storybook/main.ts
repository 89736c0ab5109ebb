import type { StorybookConfig } from '@storybook/web-components-vite';

/** Served unbundled in `storybook dev`, so every importer shares one copy. */
const LIT_PACKAGES = [
  'lit',
  'lit-html',
  'lit-element',
  '@lit/reactive-element',
  '@lit/context',
  '@lit-labs/virtualizer',
];

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    // Lit is served as its own ES modules, never pre-bundled: Storybook's web-components renderer is not
    // pre-bundled either, and its `import 'lit/directive-helpers.js'` was served raw from node_modules while
    // `lit` came from Vite's pre-bundle, so `lit-html/development/lit-html.js` loaded a second time beside the
    // bundled copy ("Multiple versions of Lit loaded" in every story). Excluded, every importer gets the same
    // files. (`storybook build` was never affected: Rollup resolves one copy; this is the dev server.)
    config.optimizeDeps = {
      ...config.optimizeDeps,
      exclude: [...(config.optimizeDeps?.exclude ?? []), ...LIT_PACKAGES],
    };
    config.resolve = { ...config.resolve, dedupe: ['lit', '@lit/reactive-element', 'lit-html', 'lit-element'] };
    config.esbuild = { ...(config.esbuild || {}), target: 'es2022' };
    return config;
  },
};

export default config;

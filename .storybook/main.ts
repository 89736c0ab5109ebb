import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    // Pre-bundle Lit once: otherwise Vite can serve two copies and elements stop sharing their reactive base.
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/decorators.js', 'lit/directives/repeat.js'],
    };
    config.resolve = { ...config.resolve, dedupe: ['lit', '@lit/reactive-element', 'lit-html', 'lit-element'] };
    config.esbuild = { ...(config.esbuild || {}), target: 'es2022' };
    return config;
  },
};

export default config;

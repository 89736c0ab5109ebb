import { defineConfig } from 'vite';

// React's automatic JSX runtime; no plugin needed for a build.
export default defineConfig({ oxc: { jsx: { runtime: 'automatic' } }, base: './' });

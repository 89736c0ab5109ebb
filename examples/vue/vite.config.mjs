import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Tell Vue our tags are custom elements, not Vue components it failed to resolve.
const ours = ['customer-', 'contact-list', 'equipment-'];
export default defineConfig({
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => ours.some((p) => tag.startsWith(p)) } } })],
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer: a static React app that both hosts serve as it is. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
  },
});

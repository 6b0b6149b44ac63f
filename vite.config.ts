import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built once and served either from Electron (file in the app bundle) or by the
// browser-mode bridge on 127.0.0.1: relative asset paths work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
  },
});

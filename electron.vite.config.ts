import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import { cspMeta } from './vite.web.config';

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: { rollupOptions: { input: { index: path.resolve(__dirname, 'electron/main/index.ts') } } },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    build: { rollupOptions: { input: { index: path.resolve(__dirname, 'electron/preload/index.ts') } } },
  },
  renderer: {
    root: path.resolve(__dirname, 'renderer'),
    plugins: [react(), cspMeta()],
    build: {
      outDir: path.resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: path.resolve(__dirname, 'renderer/index.html') } },
    },
  },
});

import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import { cspMeta } from './vite.web.config';
import pkg from './package.json';

// electron-vite reads Electron's major version from the installed package; where the optional
// electron package could not be installed, take it from package.json so the build still works.
process.env.ELECTRON_MAJOR_VER ??= (pkg.optionalDependencies.electron as string)
  .replace(/^\D*/, '')
  .split('.')[0];

// `electron-vite build` is the production bundle (what electron-builder ships);
// `--mode demo` (`npm start`) builds the dev-only entry that wraps it with seeding and simulators.
export default defineConfig(({ mode }) => ({
  main: {
    // The demo simulators use these dev dependencies; pdfkit reads its font files from its own
    // folder at run time, so it must stay a real require, not a bundle.
    plugins: [externalizeDepsPlugin(mode === 'demo' ? { include: ['pdfkit', 'selfsigned'] } : {})],
    build: {
      rollupOptions: {
        input: {
          index: path.resolve(
            __dirname,
            mode === 'demo' ? 'tools/demo/electron-main.ts' : 'electron/main/index.ts',
          ),
          // Heavy jobs run on worker threads started from this file (electron/main/workers).
          'job-worker': path.resolve(__dirname, 'electron/main/workers/job-worker.ts'),
        },
      },
    },
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
}));

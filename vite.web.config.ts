import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/security/csp';

/** Puts the one CSP into index.html, so file:// (Electron) and the web shell enforce the same policy. */
export const cspMeta = (): Plugin => ({
  name: 'central-csp',
  transformIndexHtml: (html) =>
    html.replace(
      '<head>',
      `<head><meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    ),
});

export default defineConfig({
  root: path.resolve(__dirname, 'renderer'),
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    // CENTRAL_WEB_OUT lets parallel test runs build into folders of their own.
    outDir: path.resolve(process.env.CENTRAL_WEB_OUT ?? path.join(__dirname, 'out/web')),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});

#!/usr/bin/env node
// `npm run package:win` — on a Windows build machine with internet access:
//   1. rebuild better-sqlite3 for Electron's ABI (electron-builder install-app-deps),
//   2. build main, preload and renderer (electron-vite),
//   3. make the per-user NSIS installer (electron-builder, electron-builder.yml).
// These steps download Electron and prebuilt binaries, so they never run in npm install,
// npm test or .ci/run.
import { spawnSync } from 'node:child_process';

if (process.platform !== 'win32' && !process.argv.includes('--force')) {
  console.error(
    'O empacotamento gera o instalador do Windows e deve rodar no Windows (use --force para tentar mesmo assim).',
  );
  process.exit(1);
}
if (!process.env.CENTRAL_UPDATE_URL) {
  console.error(
    'Defina CENTRAL_UPDATE_URL com a URL genérica de onde o electron-updater buscará as atualizações.',
  );
  process.exit(1);
}
const steps = [
  ['npx', ['electron-builder', 'install-app-deps']],
  ['npx', ['electron-vite', 'build']],
  ['npx', ['electron-builder', '--win', '--config', 'electron-builder.yml', '--publish', 'never']],
];
for (const [cmd, args] of steps) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

#!/usr/bin/env node
// `npm run package:win` — on a Windows build machine with internet access:
//   1. rebuild better-sqlite3 for Electron's ABI (electron-builder install-app-deps),
//   2. build main, preload and renderer (electron-vite),
//   3. make the per-user NSIS installer and the per-machine MSI (electron-builder.yml), signed
//      with a certificate (CSC_LINK + CSC_KEY_PASSWORD) or with Azure Trusted Signing
//      (AZURE_SIGNING_* below, plus AZURE_TENANT_ID / AZURE_CLIENT_ID / AZURE_CLIENT_SECRET).
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
/** Azure Trusted Signing is switched on only when its account is named in the environment. */
function azureSigningArgs(env) {
  if (!env.AZURE_SIGNING_ENDPOINT) return [];
  const names = ['AZURE_SIGNING_ACCOUNT', 'AZURE_SIGNING_PROFILE', 'AZURE_SIGNING_PUBLISHER'];
  const missing = names.filter((n) => !env[n]);
  if (missing.length > 0) {
    console.error(`Assinatura Azure: defina também ${missing.join(', ')}.`);
    process.exit(1);
  }
  return [
    `-c.win.azureSignOptions.endpoint=${env.AZURE_SIGNING_ENDPOINT}`,
    `-c.win.azureSignOptions.codeSigningAccountName=${env.AZURE_SIGNING_ACCOUNT}`,
    `-c.win.azureSignOptions.certificateProfileName=${env.AZURE_SIGNING_PROFILE}`,
    `-c.win.azureSignOptions.publisherName=${env.AZURE_SIGNING_PUBLISHER}`,
  ];
}
const signing = azureSigningArgs(process.env);
if (signing.length === 0 && !process.env.CSC_LINK) {
  console.warn(
    'Aviso: sem CSC_LINK nem AZURE_SIGNING_ENDPOINT o instalador sai sem assinatura (o SmartScreen e o AppLocker vão barrá-lo).',
  );
}
const steps = [
  ['npx', ['electron-builder', 'install-app-deps']],
  ['npx', ['electron-vite', 'build']],
  [
    'npx',
    ['electron-builder', '--win', '--config', 'electron-builder.yml', '--publish', 'never', ...signing],
  ],
];
for (const [cmd, args] of steps) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

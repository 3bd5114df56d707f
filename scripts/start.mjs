#!/usr/bin/env node
// `npm start`: the Electron console on demo data; where the Electron runtime is missing
// (it cannot be downloaded on every machine) it says so and starts the web shell instead.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const p = require('electron');
    return typeof p === 'string' && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const bin = electronBinary();
if (bin) {
  const build = spawnSync('npx', ['electron-vite', 'build', '--mode', 'demo'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const child = spawn(bin, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'O runtime do Electron não está instalado nesta máquina (o download do binário não é possível aqui).\n' +
      'Iniciando a Central de Atendimento no shell web local; abra o endereço abaixo no navegador.',
  );
  const child = spawn(process.execPath, ['scripts/web.mjs'], { stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 0));
}

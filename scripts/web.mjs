#!/usr/bin/env node
// `npm run web`: build the renderer, then serve it and the handler registry on 127.0.0.1, on demo
// data with the simulators (the dev-only entry in tools/demo; CENTRAL_DEMO=0 starts it clean).
import { spawnSync, spawn } from 'node:child_process';

const skipBuild = process.argv.includes('--no-build') || process.env.CENTRAL_SKIP_BUILD === '1';
if (!skipBuild) {
  const build = spawnSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn(process.execPath, ['--import', 'tsx', 'tools/demo/web-main.ts'], {
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));

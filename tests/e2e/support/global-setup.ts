import { execFileSync } from 'node:child_process';

/** Builds the renderer once; every spec then starts its own web shell on its own data folder. */
export default function globalSetup(): void {
  if (process.env.CENTRAL_SKIP_BUILD === '1') return;
  execFileSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}

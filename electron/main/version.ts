import fs from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/** The app version from package.json (Electron's app.getVersion() is not available in the web shell). */
export function appVersion(): string {
  if (cached) return cached;
  for (const dir of [process.cwd(), path.join(__dirname, '..', '..')]) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: string };
      if (pkg.version) return (cached = pkg.version);
    } catch {
      // try the next candidate
    }
  }
  return (cached = '0.0.0');
}

import path from 'node:path';

/**
 * Where the console keeps its cache (SQLite, WAL, attached files) and logs: LocalAppData on
 * Windows, which never roams, because the database reaches hundreds of MB. Electron's userData
 * (Roaming on Windows) keeps only Chromium's small per-user state. Elsewhere there is no roaming
 * profile, so userData is the data folder too.
 */
export function localDataRoot(env: NodeJS.ProcessEnv, userData: string, productName: string): string {
  return env.LOCALAPPDATA ? path.join(env.LOCALAPPDATA, productName) : userData;
}

export const dataDirIn = (root: string): string => path.join(root, 'data');
export const logsDirIn = (root: string): string => path.join(root, 'logs');

import { getSetting } from '../db/repos/settings.repo';
import { defineHandlers } from './registry';
import { appVersion } from '../version';
import { currentLogsDir } from '../log';
import { diagnosticsText, reportRendererProblem } from '../services/app/diagnostics.service';

export const appHandlers = defineHandlers({
  // app.info is public (the login screen shows the version); where the data lives is for admins.
  'app.info': ({ core, user }) => ({
    appVersion: appVersion(),
    schemaVersion: core.db.pragma('user_version', { simple: true }) as number,
    ...(user?.permissions.includes('settings.users')
      ? { dataDir: core.dataDir, databasePath: core.databasePath }
      : {}),
    demo: getSetting(core.db, 'is_demo') === '1',
    transport: core.options.transport,
    versions: {
      node: process.versions.node,
      sqlite: (core.db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
      ...(process.versions.electron ? { electron: process.versions.electron } : {}),
      ...(process.versions.chrome ? { chrome: process.versions.chrome } : {}),
    },
  }),
  'app.log.report': (_ctx, input) => reportRendererProblem(input),
  'app.diagnostics': ({ core }) => ({ text: diagnosticsText(core) }),
  'app.logs.open': async ({ core }) => {
    const dir = currentLogsDir();
    // Electron opens the folder in Explorer; the web shell cannot, so it tells the path.
    if (!dir || !core.options.openFolder) return { opened: false, path: dir };
    await core.options.openFolder(dir);
    return { opened: true, path: dir };
  },
});

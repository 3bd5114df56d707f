/**
 * Screen pop in the Electron shell: central:// is registered for the current user, and a link
 * reaches the console from a cold start (argv), from a second start while it runs (the
 * single-instance lock hands argv over: 'second-instance') or from macOS ('open-url'). Links
 * that arrive before the core exists wait here; then each is queued in the core for the next
 * logged-in window (it opens them through home.screenPop.open, which validates them again).
 */
import path from 'node:path';
import { SCREEN_POP_SCHEME, screenPopLinkFromArgv } from '../../shared/domain/screen-pop-link';
import type { Core } from './core-types';
import { deliverScreenPop } from './services/home/screen-pop.service';

/** The part of Electron's `app` this module uses (the tests pass the fake electron's). */
export interface ScreenPopApp {
  isPackaged: boolean;
  on(event: 'second-instance', listener: (event: unknown, argv: string[]) => void): unknown;
  on(event: 'open-url', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  setAsDefaultProtocolClient(protocol: string, execPath?: string, args?: string[]): boolean;
}

export interface ScreenPopRouter {
  /** From now on links go to this core (the ones received meanwhile first). */
  attach(core: Core): void;
}

/**
 * `focus` brings the console's window to the front (a second start must never stay hidden).
 * `argv` is the first start's command line.
 */
export function routeScreenPops(
  app: ScreenPopApp,
  argv: readonly string[],
  focus: () => void,
  processInfo: { defaultApp?: boolean; execPath: string; entry?: string } = {
    defaultApp: process.defaultApp,
    execPath: process.execPath,
    entry: process.argv[1],
  },
): ScreenPopRouter {
  registerScheme(app, processInfo);
  let core: Core | null = null;
  const waiting: string[] = [];
  const deliver = (link: string) => {
    if (core) deliverScreenPop(core, link);
    else waiting.push(link);
  };
  const first = screenPopLinkFromArgv(argv.slice(1));
  if (first) waiting.push(first);
  app.on('second-instance', (_event, secondArgv) => {
    const link = screenPopLinkFromArgv(secondArgv.slice(1));
    if (link) deliver(link);
    focus();
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    deliver(url);
    focus();
  });
  return {
    attach(next) {
      core = next;
      for (const link of waiting.splice(0)) deliverScreenPop(next, link);
    },
  };
}

/**
 * Per user (HKCU\Software\Classes\central on Windows): no administrator rights. The installer
 * registers it too (electron-builder.yml `protocols`); this keeps a moved or MSI install working.
 * An unpackaged run (electron-vite dev) registers the dev binary with its entry script.
 */
function registerScheme(
  app: ScreenPopApp,
  info: { defaultApp?: boolean; execPath: string; entry?: string },
): void {
  if (info.defaultApp && info.entry)
    app.setAsDefaultProtocolClient(SCREEN_POP_SCHEME, info.execPath, [path.resolve(info.entry)]);
  else if (app.isPackaged) app.setAsDefaultProtocolClient(SCREEN_POP_SCHEME);
}

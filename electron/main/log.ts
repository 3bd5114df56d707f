/**
 * Console logging with secrets kept out: callers pass errors and context objects, never
 * credentials; this module only adds a timestamp and level.
 */
type Level = 'info' | 'warn' | 'error';

function write(level: Level, message: string, detail?: unknown): void {
  if (process.env.CENTRAL_QUIET === '1' && level === 'info') return;
  const line = `${new Date().toISOString()} ${level.toUpperCase()} ${message}`;
  const extra = detail instanceof Error ? (detail.stack ?? detail.message) : detail;
  if (level === 'error') console.error(line, extra ?? '');
  else if (level === 'warn') console.warn(line, extra ?? '');
  else console.log(line, extra ?? '');
}

export const log = {
  info: (m: string, d?: unknown) => write('info', m, d),
  warn: (m: string, d?: unknown) => write('warn', m, d),
  error: (m: string, d?: unknown) => write('error', m, d),
};

/**
 * The one log of the main process (and of what the renderer forwards): console for development,
 * and, once an entry calls configureLogFiles, daily files with a size cap through electron-log
 * (its Node build, so the web shell logs the same way). Every line passes redact() first.
 */
import fs from 'node:fs';
import path from 'node:path';
import electronLog from 'electron-log/node';
import { redact, redactText } from './log-redact';

type Level = 'info' | 'warn' | 'error';

const fileLog = electronLog.create({ logId: 'central' });
fileLog.transports.console.level = false;
fileLog.transports.file.level = false;
// A hook runs before every transport: the last line of defence if a caller passed a secret.
fileLog.hooks.push((message) => ({ ...message, data: message.data.map((d) => redact(d)) }));

const RECENT_MAX = 30;
const recent: string[] = [];
let logsDir: string | null = null;

const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' });
export const logFileFor = (dir: string, at: Date): string => path.join(dir, `central-${DAY.format(at)}.log`);

export interface LogFileOptions {
  /** Size cap per day's file; electron-log moves a full file to .old.log and starts again. */
  maxSizeBytes?: number;
  keepDays?: number;
  now?: () => Date;
}

/** Starts writing to <dir>/central-YYYY-MM-DD.log (São Paulo date) and drops files older than keepDays. */
export function configureLogFiles(dir: string, opts: LogFileOptions = {}): void {
  const now = opts.now ?? (() => new Date());
  fs.mkdirSync(dir, { recursive: true });
  logsDir = dir;
  fileLog.transports.file.level = 'info';
  fileLog.transports.file.maxSize = opts.maxSizeBytes ?? 5 * 1024 * 1024;
  fileLog.transports.file.resolvePathFn = () => logFileFor(dir, now());
  const keepMs = (opts.keepDays ?? 14) * 86_400_000;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (/^central-.*\.log$/.test(name) && now().getTime() - fs.statSync(file).mtimeMs > keepMs)
      fs.rmSync(file);
  }
}

export const currentLogsDir = (): string | null => logsDir;
/** The latest warnings and errors, already redacted, for "Copiar diagnóstico". */
export const recentProblems = (): string[] => [...recent];

function write(level: Level, message: string, detail?: unknown): void {
  const safeMessage = redactText(message);
  const safeDetail = detail === undefined ? undefined : redact(detail);
  const extra =
    safeDetail === undefined ? '' : typeof safeDetail === 'string' ? safeDetail : JSON.stringify(safeDetail);
  if (level !== 'info') {
    recent.push(`${new Date().toISOString()} ${level.toUpperCase()} ${safeMessage} ${extra}`.trim());
    if (recent.length > RECENT_MAX) recent.shift();
  }
  if (logsDir) fileLog[level](safeMessage, ...(safeDetail === undefined ? [] : [safeDetail]));
  if (process.env.CENTRAL_QUIET === '1' && level === 'info') return;
  const line = `${new Date().toISOString()} ${level.toUpperCase()} ${safeMessage}`;
  if (level === 'error') console.error(line, extra);
  else if (level === 'warn') console.warn(line, extra);
  else console.log(line, extra);
}

export const log = {
  info: (m: string, d?: unknown) => write('info', m, d),
  warn: (m: string, d?: unknown) => write('warn', m, d),
  error: (m: string, d?: unknown) => write('error', m, d),
  debug: (m: string, d?: unknown) => {
    if (process.env.CENTRAL_DEBUG === '1') write('info', m, d);
  },
};

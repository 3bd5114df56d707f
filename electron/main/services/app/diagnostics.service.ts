import type { Core } from '../../core-types';
import { currentLogsDir, log, recentProblems } from '../../log';
import { redact } from '../../log-redact';
import { appVersion } from '../../version';

/** Settings rows as support may see them: secret-named keys and values pass through redact(). */
function settingsWithoutSecrets(core: Core): Record<string, unknown> {
  const rows = core.db.prepare('SELECT key, value FROM app_settings ORDER BY key').all() as {
    key: string;
    value: string;
  }[];
  const parsed: Record<string, unknown> = {};
  for (const { key, value } of rows) {
    try {
      parsed[key] = JSON.parse(value);
    } catch {
      parsed[key] = value;
    }
  }
  return redact(parsed) as Record<string, unknown>;
}

/** "Copiar diagnóstico": what support needs to start, with no password, token or CPF in it. */
export function diagnosticsText(core: Core): string {
  const versions = {
    app: appVersion(),
    schema: core.db.pragma('user_version', { simple: true }),
    node: process.versions.node,
    electron: process.versions.electron ?? null,
    chrome: process.versions.chrome ?? null,
    sqlite: core.db.prepare('SELECT sqlite_version()').pluck().get(),
    platform: `${process.platform} ${process.arch}`,
  };
  const text = [
    'Central de Atendimento — diagnóstico',
    `Gerado em: ${core.now().toISOString()}`,
    '',
    `Versões: ${JSON.stringify(versions)}`,
    `Transporte: ${core.options.transport}`,
    `Pasta de dados: ${core.dataDir}`,
    `Banco: ${core.databasePath}`,
    `Pasta de logs: ${currentLogsDir() ?? '(sem arquivo de log)'}`,
    '',
    'Configurações (sem segredos):',
    JSON.stringify(settingsWithoutSecrets(core), null, 2),
    '',
    'Últimos avisos e erros:',
    ...(recentProblems().length ? recentProblems() : ['(nenhum)']),
  ].join('\n');
  return text;
}

/** A renderer error or unhandled rejection, written to the main log (redacted there). */
export function reportRendererProblem(input: {
  level: 'warn' | 'error';
  message: string;
  stack?: string;
}): null {
  log[input.level](`renderer: ${input.message}`, input.stack);
  return null;
}

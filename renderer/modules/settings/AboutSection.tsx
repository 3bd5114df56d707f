import { useState } from 'react';
import { errorMessage, useChannelMutation, useChannelQuery } from '../../lib/query';
import { LogoutEverywhereButton } from '../auth';
import styles from './SettingsForm.module.css';
import fieldsCss from '../../ui/fields.module.css';

/** The runtime components by the names their makers give them. */
const COMPONENT: Record<string, string> = {
  node: 'Node.js',
  electron: 'Electron',
  chrome: 'Chromium',
  sqlite: 'SQLite',
  v8: 'V8',
};

export function AboutSection() {
  const info = useChannelQuery('app.info', {}).data ?? null;
  const [notice, setNotice] = useState<string | null>(null);
  const openLogs = useChannelMutation('app.logs.open', {
    onSuccess: (v) =>
      setNotice(v.opened ? null : v.path ? `Pasta de logs: ${v.path}` : 'Sem arquivo de log.'),
    onError: (e) => setNotice(errorMessage(e)),
  });
  const copyDiagnostics = useChannelMutation('app.diagnostics', {
    onSuccess: async (v) => {
      try {
        await navigator.clipboard.writeText(v.text);
        setNotice('Diagnóstico copiado (sem senhas, tokens nem CPFs).');
      } catch {
        setNotice('Não foi possível copiar para a área de transferência.');
      }
    },
    onError: (e) => setNotice(errorMessage(e)),
  });
  if (!info) return null;
  return (
    <div>
      <h2>Sobre</h2>
      <dl className={fieldsCss.list}>
        <div className={fieldsCss.field}>
          <dt>Versão</dt>
          <dd>{info.appVersion}</dd>
        </div>
        <div className={fieldsCss.field}>
          <dt>Esquema do banco</dt>
          <dd>{info.schemaVersion}</dd>
        </div>
        {info.dataDir !== undefined && (
          <div className={fieldsCss.field}>
            <dt>Pasta de dados</dt>
            <dd className="mono">{info.dataDir}</dd>
          </div>
        )}
        {info.databasePath !== undefined && (
          <div className={fieldsCss.field}>
            <dt>Banco de dados</dt>
            <dd className="mono">{info.databasePath}</dd>
          </div>
        )}
        <div className={fieldsCss.field}>
          <dt>Modo</dt>
          <dd>
            {info.demo ? 'Demonstração' : 'Produção'} ·{' '}
            {info.transport === 'web' ? 'shell web local' : 'Electron'}
          </dd>
        </div>
        {Object.entries(info.versions).map(([k, v]) => (
          <div className={fieldsCss.field} key={k}>
            <dt>Versão do {COMPONENT[k] ?? k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
        <LogoutEverywhereButton />
      </dl>
      <div className={styles.actions}>
        <button type="button" disabled={openLogs.isPending} onClick={() => openLogs.mutate({})}>
          Abrir pasta de logs
        </button>
        <button type="button" disabled={copyDiagnostics.isPending} onClick={() => copyDiagnostics.mutate({})}>
          Copiar diagnóstico
        </button>
      </div>
      {notice && (
        <p className="muted" role="status" data-testid="about-notice">
          {notice}
        </p>
      )}
    </div>
  );
}

import { useState } from 'react';
import { call } from '../../lib/api';
import { useChannelQuery } from '../../lib/query';
import { LogoutEverywhereButton } from '../auth';

export function AboutSection() {
  const info = useChannelQuery('app.info', {}).data ?? null;
  const [notice, setNotice] = useState<string | null>(null);
  const openLogs = async () => {
    const r = await call('app.logs.open', {});
    if (!r.ok) return setNotice(r.error.message);
    setNotice(
      r.value.opened ? null : r.value.path ? `Pasta de logs: ${r.value.path}` : 'Sem arquivo de log.',
    );
  };
  const copyDiagnostics = async () => {
    const r = await call('app.diagnostics', {});
    if (!r.ok) return setNotice(r.error.message);
    try {
      await navigator.clipboard.writeText(r.value.text);
      setNotice('Diagnóstico copiado (sem senhas, tokens nem CPFs).');
    } catch {
      setNotice('Não foi possível copiar para a área de transferência.');
    }
  };
  if (!info) return null;
  return (
    <div>
      <h2>Sobre</h2>
      <dl className="field-list">
        <div className="field">
          <dt>Versão</dt>
          <dd>{info.appVersion}</dd>
        </div>
        <div className="field">
          <dt>Esquema do banco</dt>
          <dd>{info.schemaVersion}</dd>
        </div>
        {info.dataDir !== undefined && (
          <div className="field">
            <dt>Pasta de dados</dt>
            <dd className="mono">{info.dataDir}</dd>
          </div>
        )}
        {info.databasePath !== undefined && (
          <div className="field">
            <dt>Banco de dados</dt>
            <dd className="mono">{info.databasePath}</dd>
          </div>
        )}
        <div className="field">
          <dt>Modo</dt>
          <dd>
            {info.demo ? 'Demonstração' : 'Produção'} ·{' '}
            {info.transport === 'web' ? 'shell web local' : 'Electron'}
          </dd>
        </div>
        {Object.entries(info.versions).map(([k, v]) => (
          <div className="field" key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
        <LogoutEverywhereButton />
      </dl>
      <div className="erp-actions">
        <button type="button" onClick={() => void openLogs()}>
          Abrir pasta de logs
        </button>
        <button type="button" onClick={() => void copyDiagnostics()}>
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

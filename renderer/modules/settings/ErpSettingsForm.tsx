import { useEffect, useState } from 'react';
import type { ErpAboutView, ErpSettingsView } from '../../../shared/ipc/dto/erp';
import { call } from '../../lib/api';
import { ErrorNote } from '../../ui/ErrorNote';
import { PolicyLockNote } from './PolicyNotes';
import { usePolicy } from './usePolicy';
import { notify } from '../../ui/toast-store';

/** Endereço and token of the ERP integration; "Testar conexão" shows the ERP's name and version. */
export function ErpSettingsForm({ onSaved }: { onSaved: () => void }) {
  const [view, setView] = useState<ErpSettingsView | null>(null);
  const [baseUrl, setBaseUrl] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState<'save' | 'test' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [about, setAbout] = useState<ErpAboutView | null>(null);
  const urlLocked = usePolicy().locked('erpUrl');

  const load = (v: ErpSettingsView) => {
    setView(v);
    setBaseUrl(v.baseUrl);
    setToken('');
  };
  useEffect(() => {
    void call('erp.settings.get', {}).then((r) => (r.ok ? load(r.value) : setError(r.error.message)));
  }, []);

  const save = async () => {
    setBusy('save');
    setNotice(null);
    // Agendamento is edited in Informações Gerais; this form keeps the saved time as it is.
    const r = await call('erp.settings.save', { baseUrl, token, syncTime: view?.syncTime ?? '00:00' });
    setBusy(null);
    setError(r.ok ? null : r.error.message);
    if (!r.ok) return;
    load(r.value);
    setNotice('Configurações salvas.');
    onSaved();
  };
  const test = async () => {
    setBusy('test');
    setAbout(null);
    const r = await call('erp.about', {});
    setBusy(null);
    setError(r.ok ? null : r.error.message);
    if (r.ok) setAbout(r.value);
    notify(
      r.ok ? `Conexão com o ERP OK: ${r.value.erpName} ${r.value.erpVersion}.` : r.error.message,
      r.ok ? 'ok' : 'bad',
    );
  };

  if (!view) return error ? <ErrorNote message={error} /> : <p className="loading">Carregando…</p>;
  return (
    <form
      className="erp-settings"
      aria-label="Conexão com o ERP"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        Endereço da API do ERP
        <input
          value={baseUrl}
          placeholder="https://erp.empresa.com.br/api"
          disabled={urlLocked}
          onChange={(e) => setBaseUrl(e.target.value)}
        />
      </label>
      {urlLocked && <PolicyLockNote />}
      <label>
        Token de acesso
        <input
          type="password"
          value={token}
          autoComplete="new-password"
          placeholder={view.hasToken ? '•••••••• (salvo; digite para trocar)' : ''}
          onChange={(e) => setToken(e.target.value)}
        />
      </label>
      <p className="muted">{view.tokenProtection}</p>
      <ErrorNote message={error} />
      {notice && <p className="erp-notice">{notice}</p>}
      {about && (
        <p className="erp-notice" data-testid="erp-about">
          Conectado: {about.erpName} versão {about.erpVersion} (API {about.apiVersion}).
        </p>
      )}
      <div className="erp-actions">
        <button
          type="button"
          className={busy === 'test' ? 'is-busy' : undefined}
          aria-busy={busy === 'test'}
          disabled={busy !== null || !view.baseUrl}
          onClick={() => void test()}
        >
          Testar conexão
        </button>
        <button type="submit" className="primary" disabled={busy !== null}>
          Salvar
        </button>
      </div>
    </form>
  );
}

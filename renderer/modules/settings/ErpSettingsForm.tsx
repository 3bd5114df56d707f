import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  erpConnectionFormSchema,
  type ErpConnectionFormValues,
} from '../../../shared/forms/erp-settings.schema';
import type { ErpAboutView, ErpSettingsView } from '../../../shared/ipc/dto/erp';
import { call } from '../../lib/api';
import { ErrorNote } from '../../ui/ErrorNote';
import { PolicyLockNote } from './PolicyNotes';
import { usePolicy } from './usePolicy';
import { notify } from '../../ui/toast-store';

/** Endereço and token of the ERP integration; "Testar conexão" shows the ERP's name and version. */
export function ErpSettingsForm({ onSaved }: { onSaved: () => void }) {
  const [view, setView] = useState<ErpSettingsView | null>(null);
  const [testing, setTesting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [about, setAbout] = useState<ErpAboutView | null>(null);
  const urlLocked = usePolicy().locked('erpUrl');
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ErpConnectionFormValues>({
    resolver: zodResolver(erpConnectionFormSchema),
    defaultValues: { baseUrl: '', token: '' },
  });
  const busy = isSubmitting || testing;

  const load = (v: ErpSettingsView) => {
    setView(v);
    reset({ baseUrl: v.baseUrl, token: '' });
  };
  useEffect(() => {
    void call('erp.settings.get', {}).then((r) => (r.ok ? load(r.value) : setError(r.error.message)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once; reset is stable
  }, []);

  const save = handleSubmit(async ({ baseUrl, token }) => {
    setNotice(null);
    // Agendamento is edited in Informações Gerais; this form keeps the saved time as it is.
    const r = await call('erp.settings.save', {
      // A disabled (policy-locked) field has no form value: the locked address is the saved one.
      baseUrl: baseUrl ?? view?.baseUrl ?? '',
      token,
      syncTime: view?.syncTime ?? '00:00',
    });
    setError(r.ok ? null : r.error.message);
    if (!r.ok) return;
    load(r.value);
    setNotice('Configurações salvas.');
    onSaved();
  });
  const test = async () => {
    setTesting(true);
    setAbout(null);
    const r = await call('erp.about', {});
    setTesting(false);
    setError(r.ok ? null : r.error.message);
    if (r.ok) setAbout(r.value);
    notify(
      r.ok ? `Conexão com o ERP OK: ${r.value.erpName} ${r.value.erpVersion}.` : r.error.message,
      r.ok ? 'ok' : 'bad',
    );
  };
  const shownError = errors.baseUrl?.message ?? errors.token?.message ?? error;

  if (!view) return error ? <ErrorNote message={shownError} /> : <p className="loading">Carregando…</p>;
  return (
    <form className="erp-settings" aria-label="Conexão com o ERP" noValidate onSubmit={(e) => void save(e)}>
      <label>
        Endereço da API do ERP
        <input
          {...register('baseUrl')}
          placeholder="https://erp.empresa.com.br/api"
          disabled={urlLocked}
          aria-invalid={errors.baseUrl ? true : undefined}
        />
      </label>
      {urlLocked && <PolicyLockNote />}
      <label>
        Token de acesso
        <input
          type="password"
          {...register('token')}
          autoComplete="new-password"
          placeholder={view.hasToken ? '•••••••• (salvo; digite para trocar)' : ''}
          aria-invalid={errors.token ? true : undefined}
        />
      </label>
      <p className="muted">{view.tokenProtection}</p>
      <ErrorNote message={shownError} />
      {notice && <p className="erp-notice">{notice}</p>}
      {about && (
        <p className="erp-notice" data-testid="erp-about">
          Conectado: {about.erpName} versão {about.erpVersion} (API {about.apiVersion}).
        </p>
      )}
      <div className="erp-actions">
        <button
          type="button"
          className={testing ? 'is-busy' : undefined}
          aria-busy={testing}
          disabled={busy || !view.baseUrl}
          onClick={() => void test()}
        >
          Testar conexão
        </button>
        <button type="submit" className="primary" disabled={busy}>
          Salvar
        </button>
      </div>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import {
  erpConnectionFormSchema,
  type ErpConnectionFormValues,
} from '../../../shared/forms/erp-settings.schema';
import { channelKey, errorMessage, useChannelMutation, useChannelQuery } from '../../lib/query';
import { ErrorNote } from '../../ui/ErrorNote';
import { PolicyLockNote } from './PolicyNotes';
import { usePolicy } from './usePolicy';
import { notify } from '../../ui/toast-store';
import styles from './SettingsForm.module.css';

/** Endereço and token of the ERP integration; "Testar conexão" shows the ERP's name and version. */
export function ErpSettingsForm({ onSaved }: { onSaved?: () => void }) {
  const q = useChannelQuery('erp.settings.get', {});
  const view = q.data ?? null;
  const urlLocked = usePolicy().locked('erpUrl');
  const save = useChannelMutation('erp.settings.save', {
    invalidates: ['integration.overview', 'erp.sync.status', 'erp.availability'],
    onSuccess: (next, _i, _r, ctx) => {
      ctx.client.setQueryData(channelKey('erp.settings.get', {}), next);
      onSaved?.();
    },
  });
  const test = useChannelMutation('erp.about', {
    onSuccess: (a) => notify(`Conexão com o ERP OK: ${a.erpName} ${a.erpVersion}.`, 'ok'),
    onError: (e) => notify(errorMessage(e) ?? '', 'bad'),
  });
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<ErpConnectionFormValues>({
    resolver: zodResolver(erpConnectionFormSchema),
    defaultValues: { baseUrl: '', token: '' },
  });
  // What is saved fills the form when it arrives (and after a save); the token is never shown.
  useEffect(() => {
    if (view) reset({ baseUrl: view.baseUrl, token: '' });
  }, [view, reset]);
  const busy = save.isPending || test.isPending;

  const submit = handleSubmit(({ baseUrl, token }) => {
    test.reset();
    // Agendamento is edited in Informações Gerais; this form keeps the saved time as it is.
    return save
      .mutateAsync({
        // A disabled (policy-locked) field has no form value: the locked address is the saved one.
        baseUrl: baseUrl ?? view?.baseUrl ?? '',
        token,
        syncTime: view?.syncTime ?? '00:00',
      })
      .catch(() => undefined);
  });
  const shownError =
    errors.baseUrl?.message ??
    errors.token?.message ??
    errorMessage(save.error) ??
    errorMessage(test.error) ??
    errorMessage(q.error);
  const about = test.data;

  if (!view) return q.error ? <ErrorNote message={shownError} /> : <p className="loading">Carregando…</p>;
  return (
    <form
      className={`${styles.form} ${styles.narrow}`}
      aria-label="Conexão com o ERP"
      noValidate
      onSubmit={(e) => void submit(e)}
    >
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
      <p className={`muted ${styles.hint}`}>{view.tokenProtection}</p>
      <ErrorNote message={shownError} />
      {save.isSuccess && (
        <p className={styles.notice} role="status">
          Configurações salvas.
        </p>
      )}
      {about && (
        <p className={styles.notice} data-testid="erp-about">
          Conectado: {about.erpName} versão {about.erpVersion} (API {about.apiVersion}).
        </p>
      )}
      <div className={styles.actions}>
        <button
          type="button"
          className={test.isPending ? 'is-busy' : undefined}
          aria-busy={test.isPending}
          disabled={busy || !view.baseUrl}
          onClick={() => {
            save.reset();
            test.mutate({});
          }}
        >
          Testar conexão
        </button>
        <button
          type="submit"
          className={save.isPending ? 'primary is-busy' : 'primary'}
          aria-busy={save.isPending}
          disabled={busy}
        >
          Salvar
        </button>
      </div>
    </form>
  );
}

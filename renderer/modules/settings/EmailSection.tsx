import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useController, useForm, type Path } from 'react-hook-form';
import {
  SMTP_SECURITY_OPTIONS,
  emailSettingsFormSchema,
  emailTestFormSchema,
  type EmailSettingsFormValues,
  type EmailSettingsSave,
} from '../../../shared/forms/email-settings.schema';
import type { EmailSettingsView } from '../../../shared/ipc/dto/email';
import { channelKey, errorMessage, useChannelMutation, useChannelQuery } from '../../lib/query';
import { ErrorNote } from '../../ui/ErrorNote';
import { FormField } from '../../ui/FormField';
import { SecretField } from '../../ui/SecretField';
import { Select } from '../../ui/Select';
import { EmailCaField } from './EmailCaField';
import styles from './SettingsForm.module.css';
import fieldCss from '../../ui/FormField.module.css';
import noticeCss from '../../ui/notices.module.css';

const valuesOf = (v: EmailSettingsView, testTo = ''): EmailSettingsFormValues => ({
  host: v.host,
  port: String(v.port),
  security: v.security,
  user: v.user,
  password: '',
  fromName: v.fromName,
  fromAddress: v.fromAddress,
  caPem: undefined,
  caFileName: null,
  testTo,
});
/** Where the test schema puts a problem, in the form's own field names. */
const FIELD_OF: Record<string, Path<EmailSettingsFormValues>> = { to: 'testTo' };

/** Configurações → E-mail: the SMTP server that carries activity notifications. */
export function EmailSection() {
  const q = useChannelQuery('email.settings.get', {});
  const view = q.data ?? null;
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<EmailSettingsFormValues, unknown, EmailSettingsSave>({
    resolver: zodResolver(emailSettingsFormSchema),
  });
  const {
    register,
    control,
    handleSubmit,
    reset,
    getValues,
    setError,
    clearErrors,
    formState: { errors },
  } = form;
  // The saved settings fill the form when they arrive and after a save; a failed save keeps what was typed.
  useEffect(() => {
    if (view) reset(valuesOf(view, getValues('testTo') ?? ''));
  }, [view, reset, getValues]);
  const { field: security } = useController({ control, name: 'security' });
  const { field: ca } = useController({ control, name: 'caPem' });
  const { field: caName } = useController({ control, name: 'caFileName' });

  const save = useChannelMutation('email.settings.save', {
    onSuccess: (next, _i, _r, ctx) => {
      ctx.client.setQueryData(channelKey('email.settings.get', {}), next);
      setNotice('Configurações salvas.');
    },
  });
  const test = useChannelMutation('email.settings.test', { onSuccess: (r) => setNotice(r.message) });
  const busy = save.isPending || test.isPending;
  const start = () => {
    setNotice(null);
    save.reset();
    test.reset();
  };
  const submit = handleSubmit((input) => {
    start();
    return save.mutateAsync(input).catch(() => undefined);
  });
  const sendTest = () => {
    start();
    clearErrors();
    const parsed = emailTestFormSchema.safeParse(getValues());
    if (parsed.success) return test.mutate(parsed.data);
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      setError(FIELD_OF[key] ?? (key as Path<EmailSettingsFormValues>), { message: issue.message });
    }
  };

  if (!view)
    return q.error ? <ErrorNote message={errorMessage(q.error)} /> : <p className="loading">Carregando…</p>;
  return (
    <form className={styles.form} aria-label="E-mail" noValidate onSubmit={(e) => void submit(e)}>
      <h2>E-mail (notificações de atividades)</h2>
      <FormField id="smtp-host" label="Servidor SMTP" error={errors.host?.message}>
        <input {...register('host')} placeholder="smtp.suaempresa.com.br" />
      </FormField>
      <div className={styles.row}>
        <div className={fieldCss.field}>
          <span>Segurança</span>
          <Select
            label="Segurança"
            value={security.value ?? 'starttls'}
            options={SMTP_SECURITY_OPTIONS.map((o) => ({ value: o.value, label: o.label }))}
            onChange={(v) => {
              const option = SMTP_SECURITY_OPTIONS.find((o) => o.value === v)!;
              security.onChange(option.value);
              form.setValue('port', String(option.port));
            }}
          />
        </div>
        <FormField id="smtp-port" label="Porta" error={errors.port?.message}>
          <input inputMode="numeric" {...register('port')} />
        </FormField>
      </div>
      <div className={styles.row}>
        <FormField id="smtp-user" label="Usuário" error={errors.user?.message}>
          <input {...register('user')} autoComplete="off" />
        </FormField>
        <SecretField
          id="smtp-password"
          label="Senha"
          error={errors.password?.message}
          state={view.passwordState}
          registration={register('password')}
        />
      </div>
      {view.passwordState === 'unreadable' && (
        <p className={noticeCss.risk} role="alert">
          {view.passwordProblem}
        </p>
      )}
      <p className={`muted ${styles.hint}`}>{view.protectionNote}</p>
      <div className={styles.row}>
        <FormField id="smtp-from-name" label="Nome do remetente" error={errors.fromName?.message}>
          <input {...register('fromName')} />
        </FormField>
        <FormField id="smtp-from-address" label="Endereço do remetente" error={errors.fromAddress?.message}>
          <input type="email" {...register('fromAddress')} />
        </FormField>
      </div>
      <EmailCaField
        saved={view.caCertificate}
        caPem={ca.value}
        fileName={caName.value ?? null}
        onChange={(pem, name) => {
          ca.onChange(pem);
          caName.onChange(name);
        }}
      />
      <fieldset className={styles.group}>
        <legend>Teste</legend>
        <div className={styles.row}>
          <FormField id="smtp-test-to" label="Enviar para" error={errors.testTo?.message}>
            <input type="email" {...register('testTo')} />
          </FormField>
          <button
            type="button"
            className={test.isPending ? 'is-busy' : undefined}
            aria-busy={test.isPending}
            disabled={busy}
            onClick={sendTest}
          >
            {test.isPending ? 'Enviando…' : 'Enviar e-mail de teste'}
          </button>
        </div>
      </fieldset>
      <ErrorNote message={errorMessage(save.error) ?? errorMessage(test.error)} />
      {notice && (
        <p className={styles.notice} role="status">
          {notice}
        </p>
      )}
      <div className={styles.actions}>
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

import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { useController, useForm, type Resolver } from 'react-hook-form';
import {
  bureauConnectionFormSchema,
  bureauSettingsFormSchema,
  type BureauSettingsFormValues,
  type BureauSettingsSave,
} from '../../../shared/forms/bureau-settings.schema';
import type { BureauProduct, BureauSettingsView } from '../../../shared/ipc/dto/bureau';
import { channelKey, errorMessage, useChannelMutation, useChannelQuery } from '../../lib/query';
import { ErrorNote } from '../../ui/ErrorNote';
import { FormField } from '../../ui/FormField';
import { SecretField } from '../../ui/SecretField';
import { notify } from '../../ui/toast-store';
import { BureauProductsField } from './BureauProductsField';
import { BureauTlsFields } from './BureauTlsFields';
import { CheckboxRow } from './CheckboxRow';
import { PolicyLockNote } from './PolicyNotes';
import { usePolicy } from './usePolicy';
import styles from './SettingsForm.module.css';
import noticeCss from '../../ui/notices.module.css';

const valuesOf = (v: BureauSettingsView): BureauSettingsFormValues => ({
  url: v.url,
  email: v.email,
  password: '',
  caPem: undefined,
  caFileName: null,
  spkiPin: v.spkiPin ?? '',
  products: v.products,
  defaultProductF: v.defaultProductF,
  defaultProductJ: v.defaultProductJ,
  receivablesDailySync: v.receivablesDailySync,
});
/** The default kept after "…": the same product if the account still has it, else its first one. */
const keep = (products: BureauProduct[], id: string | null, type: 'F' | 'J') =>
  products.find((p) => p.id === id && p.personType === type)?.id ??
  products.find((p) => p.personType === type)?.id ??
  null;

/** Configurações → Bureau de crédito. The saved password never comes back here; only whether it exists. */
export function BureauSection() {
  const q = useChannelQuery('bureau.settings.get', {});
  const view = q.data ?? null;
  const urlLocked = usePolicy().locked('bureauUrl');
  // A policy-locked address is a disabled field, which the form library leaves out: it is the saved one.
  const resolver = useMemo<Resolver<BureauSettingsFormValues, unknown, BureauSettingsSave>>(() => {
    const inner = zodResolver(bureauSettingsFormSchema);
    return (values, ctx, opts) => inner({ ...values, url: values.url ?? view?.url ?? '' }, ctx, opts);
  }, [view?.url]);
  const form = useForm<BureauSettingsFormValues, unknown, BureauSettingsSave>({ resolver });
  const {
    register,
    control,
    handleSubmit,
    reset,
    getValues,
    setValue,
    setError,
    clearErrors,
    formState: { errors },
  } = form;
  useEffect(() => {
    if (view) reset(valuesOf(view));
  }, [view, reset]);
  const { field: daily } = useController({ control, name: 'receivablesDailySync' });
  const { field: ca } = useController({ control, name: 'caPem' });
  const { field: caName } = useController({ control, name: 'caFileName' });
  const { field: pin } = useController({ control, name: 'spkiPin' });
  const { field: products } = useController({ control, name: 'products' });
  const { field: defaultF } = useController({ control, name: 'defaultProductF' });
  const { field: defaultJ } = useController({ control, name: 'defaultProductJ' });

  const save = useChannelMutation('bureau.settings.save', {
    invalidates: ['receivables.status', 'integration.overview'],
    onSuccess: (next, _i, _r, ctx) => ctx.client.setQueryData(channelKey('bureau.settings.get', {}), next),
  });
  const fetchProducts = useChannelMutation('bureau.settings.fetchProducts', {
    onSuccess: (found) => {
      notify(`Produtos do bureau atualizados: ${found.length} encontrado${found.length === 1 ? '' : 's'}.`);
      setValue('products', found);
      setValue('defaultProductF', keep(found, getValues('defaultProductF'), 'F'));
      setValue('defaultProductJ', keep(found, getValues('defaultProductJ'), 'J'));
    },
    onError: (e) => notify(errorMessage(e) ?? '', 'bad'),
  });
  const busy = save.isPending || fetchProducts.isPending;
  const submit = handleSubmit((input) => {
    fetchProducts.reset();
    return save.mutateAsync(input).catch(() => undefined);
  });
  const refresh = () => {
    save.reset();
    clearErrors();
    const values = getValues();
    const parsed = bureauConnectionFormSchema.safeParse({ ...values, url: values.url ?? view?.url ?? '' });
    if (parsed.success) return fetchProducts.mutate(parsed.data);
    for (const issue of parsed.error.issues)
      setError(String(issue.path[0]) as keyof BureauSettingsFormValues, { message: issue.message });
  };

  if (!view)
    return q.error ? <ErrorNote message={errorMessage(q.error)} /> : <p className="loading">Carregando…</p>;
  return (
    <form className={styles.form} aria-label="Bureau de crédito" noValidate onSubmit={(e) => void submit(e)}>
      <h2>Bureau de crédito (Deps)</h2>
      <FormField id="bureau-url" label="URL da API" error={errors.url?.message}>
        <input {...register('url')} disabled={urlLocked} placeholder="https://api.bureau.com.br/v1" />
      </FormField>
      {urlLocked && <PolicyLockNote />}
      <div className={styles.row}>
        <FormField id="bureau-email" label="E-mail" error={errors.email?.message}>
          <input type="email" {...register('email')} autoComplete="off" />
        </FormField>
        <SecretField
          id="bureau-password"
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
      <p className={`muted ${styles.hint}`} data-testid="bureau-protection">
        {view.protection.note}
      </p>
      {!view.protection.available && (
        <p className={noticeCss.risk} role="alert">
          Não é possível salvar senhas neste computador: {view.protection.reason}
        </p>
      )}
      <BureauProductsField
        products={products.value ?? []}
        defaultF={defaultF.value ?? null}
        defaultJ={defaultJ.value ?? null}
        onChange={(f, j) => {
          defaultF.onChange(f);
          defaultJ.onChange(j);
        }}
        onRefresh={refresh}
        refreshing={fetchProducts.isPending}
      />
      <BureauTlsFields
        saved={view.caCertificate}
        caPem={ca.value}
        caFileName={caName.value ?? null}
        onCaChange={(pem, name) => {
          ca.onChange(pem);
          caName.onChange(name);
        }}
        pin={pin.value ?? ''}
        onPinChange={pin.onChange}
        pinError={errors.spkiPin?.message}
        insecureEnvironment={view.insecureTlsEnvironment}
      />
      <CheckboxRow
        label="Sincroniza contas a receber diariamente à 1:00h"
        checked={daily.value ?? false}
        onChange={daily.onChange}
      />
      <ErrorNote message={errorMessage(save.error) ?? errorMessage(fetchProducts.error)} />
      {save.isSuccess && (
        <p className={styles.notice} role="status">
          Configurações salvas.
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

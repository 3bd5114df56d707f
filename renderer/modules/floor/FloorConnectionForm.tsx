import { zodResolver } from '@hookform/resolvers/zod';
import { useController, useForm } from 'react-hook-form';
import {
  floorConnectionFormSchema,
  type FloorConnectionFormValues,
  type FloorConnectionInput,
} from '../../../shared/forms/floor-connection.schema';
import type { FloorSettingsView } from '../../../shared/ipc/dto/floor';
import { channelKey, errorMessage, useChannelMutation } from '../../lib/query';
import { CaCertificatePicker } from '../../ui/CaCertificatePicker';
import { ErrorNote } from '../../ui/ErrorNote';
import { FormField } from '../../ui/FormField';
import { SecretField } from '../../ui/SecretField';
import { FloorProbeNote } from './FloorProbeNote';
import { floorFormValues, SSL_LABELS } from './floor-form-values';

/** Host, port, database, user, password, TLS and company; "Testar conexão" before "Entrar". */
export function FloorConnectionForm({ view }: { view: FloorSettingsView }) {
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<FloorConnectionFormValues, unknown, FloorConnectionInput>({
    resolver: zodResolver(floorConnectionFormSchema),
    defaultValues: floorFormValues(view),
  });
  const { field: ca } = useController({ control, name: 'caPem' });
  const probe = useChannelMutation('floor.test');
  const join = useChannelMutation('floor.join', {
    invalidates: ['floor.status'],
    onSuccess: (next, _i, _r, ctx) => ctx.client.setQueryData(channelKey('floor.settings.get', {}), next),
  });
  const busy = probe.isPending || join.isPending;
  const test = handleSubmit((input) => {
    join.reset();
    probe.mutate(input);
  });
  const enter = handleSubmit((input) => {
    probe.reset();
    join.mutate(input);
  });
  const joined = view.status.state !== 'embedded';

  return (
    <form
      className="settings-form"
      aria-label="Conexão com o banco central"
      noValidate
      onSubmit={(e) => void enter(e)}
    >
      <div className="inline-fields">
        <FormField id="floor-host" label="Servidor" error={errors.host?.message}>
          <input {...register('host')} placeholder="banco.empresa.local" autoComplete="off" />
        </FormField>
        <FormField id="floor-port" label="Porta" error={errors.port?.message}>
          <input {...register('port')} inputMode="numeric" />
        </FormField>
      </div>
      <div className="inline-fields">
        <FormField id="floor-database" label="Banco de dados" error={errors.database?.message}>
          <input {...register('database')} autoComplete="off" />
        </FormField>
        <FormField id="floor-user" label="Usuário" error={errors.user?.message}>
          <input {...register('user')} autoComplete="off" />
        </FormField>
        <SecretField
          id="floor-password"
          label="Senha"
          error={errors.password?.message}
          state={view.passwordSaved ? 'saved' : 'none'}
          registration={register('password')}
        />
      </div>
      <p className="muted">{view.protectionNote}</p>
      <FormField id="floor-ssl" label="TLS" error={errors.sslMode?.message}>
        <select {...register('sslMode')}>
          {(Object.keys(SSL_LABELS) as (keyof typeof SSL_LABELS)[]).map((m) => (
            <option key={m} value={m}>
              {SSL_LABELS[m]}
            </option>
          ))}
        </select>
      </FormField>
      <CaCertificatePicker
        saved={null}
        caPem={ca.value}
        fileName={null}
        onChange={(pem) => ca.onChange(pem)}
        testId="floor-ca"
      />
      <div className="inline-fields">
        <FormField id="floor-company-id" label="Empresa (CNPJ ou código)" error={errors.companyId?.message}>
          <input {...register('companyId')} autoComplete="off" />
        </FormField>
        <FormField id="floor-company-name" label="Empresa (nome)" error={errors.companyName?.message}>
          <input {...register('companyName')} autoComplete="off" />
        </FormField>
      </div>
      {probe.isPending && (
        <p role="status" aria-live="polite" data-testid="floor-probe-progress">
          Testando conexão com o banco central…
        </p>
      )}
      {probe.data && <FloorProbeNote result={probe.data} />}
      <ErrorNote message={errorMessage(probe.error) ?? errorMessage(join.error)} />
      {join.isSuccess && (
        <p role="status" data-testid="floor-joined">
          Este computador entrou no banco central; os dados locais foram mantidos. A equipe ao vivo, as
          configurações, os usuários e os trabalhos agendados já passaram a usá-lo.
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={() => void test()} disabled={busy} aria-busy={probe.isPending}>
          Testar conexão
        </button>
        <button type="submit" className="primary" disabled={busy} aria-busy={join.isPending}>
          {join.isPending ? 'Entrando…' : joined ? 'Salvar e reconectar' : 'Entrar no banco central'}
        </button>
      </div>
    </form>
  );
}

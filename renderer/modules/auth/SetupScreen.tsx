import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { setupFormSchema, type SetupFormValues, type SetupInput } from '../../../shared/forms/auth.schema';
import { errorMessage, useChannelMutation } from '../../lib/query';
import { ErrorNote } from '../../ui/ErrorNote';
import { FormField } from '../../ui/FormField';
import { useAuth } from './store';
import styles from './AuthScreen.module.css';

/** First start of a new database: no default password exists; the administrator creates one. */
export function SetupScreen() {
  const setUser = useAuth((s) => s.setUser);
  const create = useChannelMutation('auth.setup', { onSuccess: setUser });
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SetupFormValues, unknown, SetupInput>({
    resolver: zodResolver(setupFormSchema),
    defaultValues: { name: '', login: '', password: '', confirm: '' },
  });
  const submit = handleSubmit((input) => create.mutateAsync(input).catch(() => undefined));

  return (
    <main className={styles.page}>
      <form className={styles.card} noValidate onSubmit={(e) => void submit(e)} aria-label="Primeiro acesso">
        <h1>Primeiro acesso</h1>
        <h2>Etapa 1 de 4 — Administrador</h2>
        <p className="muted">Crie o administrador desta instalação. Não existe senha padrão.</p>
        <FormField id="setup-name" label="Nome do administrador" error={errors.name?.message}>
          <input autoFocus {...register('name')} />
        </FormField>
        <FormField id="setup-login" label="Login" error={errors.login?.message}>
          <input autoComplete="username" {...register('login')} />
        </FormField>
        <FormField id="setup-password" label="Senha (mínimo 8 caracteres)" error={errors.password?.message}>
          <input type="password" autoComplete="new-password" {...register('password')} />
        </FormField>
        <FormField id="setup-confirm" label="Confirme a senha" error={errors.confirm?.message}>
          <input type="password" autoComplete="new-password" {...register('confirm')} />
        </FormField>
        <ErrorNote message={errorMessage(create.error)} />
        <button
          type="submit"
          className={create.isPending ? `primary is-busy ${styles.submit}` : `primary ${styles.submit}`}
          aria-busy={create.isPending}
          disabled={create.isPending}
        >
          Criar administrador e entrar
        </button>
      </form>
    </main>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useController, useForm } from 'react-hook-form';
import { loginSchema, type LoginFormValues, type LoginInput } from '../../../shared/forms/auth.schema';
import type { AuthStatus } from '../../../shared/ipc/dto/auth';
import { errorMessage, useChannelMutation } from '../../lib/query';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorNote } from '../../ui/ErrorNote';
import { FormField } from '../../ui/FormField';
import { useAuth } from './store';
import styles from './AuthScreen.module.css';

/** Entrar. Inside another screen (`embedded`) it is not the page's main landmark. */
export function LoginScreen({
  demoCredentials,
  embedded = false,
}: {
  demoCredentials: AuthStatus['demoCredentials'];
  embedded?: boolean;
}) {
  const Root = embedded ? 'div' : 'main';
  const setUser = useAuth((s) => s.setUser);
  const signIn = useChannelMutation('auth.login', { onSuccess: setUser });
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<LoginFormValues, unknown, LoginInput>({
    resolver: zodResolver(loginSchema),
    defaultValues: { login: '', password: '', keepSignedIn: false },
  });
  const { field: keep } = useController({ control, name: 'keepSignedIn' });
  const submit = handleSubmit((input) => signIn.mutateAsync(input).catch(() => undefined));

  return (
    <Root className={styles.page}>
      <form className={styles.card} noValidate onSubmit={(e) => void submit(e)} aria-label="Entrar">
        <h1>Central de Atendimento</h1>
        <FormField id="login-login" label="Login" error={errors.login?.message}>
          <input autoFocus autoComplete="username" {...register('login')} />
        </FormField>
        <FormField id="login-password" label="Senha" error={errors.password?.message}>
          <input type="password" autoComplete="current-password" {...register('password')} />
        </FormField>
        <label className="checkbox">
          <Checkbox label="Manter conectado" checked={keep.value ?? false} onChange={keep.onChange} />
          Manter conectado
        </label>
        <ErrorNote message={errorMessage(signIn.error)} />
        <button
          type="submit"
          className={signIn.isPending ? `primary is-busy ${styles.submit}` : `primary ${styles.submit}`}
          aria-busy={signIn.isPending}
          disabled={signIn.isPending}
        >
          {signIn.isPending ? 'Entrando…' : 'Entrar'}
        </button>
        {demoCredentials.length > 0 && (
          <aside className={styles.demo} aria-label="Usuários de demonstração">
            <strong>Banco de demonstração</strong>
            <ul>
              {demoCredentials.map((c) => (
                <li key={c.login}>
                  {c.role}: <code>{c.login}</code> / <code>{c.password}</code>
                </li>
              ))}
            </ul>
          </aside>
        )}
      </form>
    </Root>
  );
}

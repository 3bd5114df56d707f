import { useState, type FormEvent } from 'react';
import type { AuthStatus } from '../../../shared/ipc/dto/auth';
import { call } from '../../lib/api';
import { ErrorNote } from '../../ui/ErrorNote';
import { useAuth } from './store';

export function LoginScreen({ demoCredentials }: { demoCredentials: AuthStatus['demoCredentials'] }) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [keepSignedIn, setKeep] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const setUser = useAuth((s) => s.setUser);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await call('auth.login', { login, password, keepSignedIn });
    setBusy(false);
    if (r.ok) setUser(r.value);
    else setError(r.error.message);
  };

  return (
    <main className="auth-page">
      <form className="auth-card" onSubmit={(e) => void submit(e)} aria-label="Entrar">
        <h1>Central de Atendimento</h1>
        <label>
          Login
          <input autoFocus autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} />
        </label>
        <label>
          Senha
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={keepSignedIn} onChange={(e) => setKeep(e.target.checked)} />
          Manter conectado
        </label>
        <ErrorNote message={error} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Entrando…' : 'Entrar'}
        </button>
        {demoCredentials.length > 0 && (
          <aside className="demo-credentials" aria-label="Usuários de demonstração">
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
    </main>
  );
}

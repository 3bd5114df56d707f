import { useState, type FormEvent } from 'react';
import { call } from '../../lib/api';
import { ErrorNote } from '../../ui/ErrorNote';
import { useAuth } from './store';

/** First start of a new database: no default password exists; the administrator creates one. */
export function SetupScreen() {
  const [name, setName] = useState('');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const setUser = useAuth((s) => s.setUser);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (password !== confirm) return setError('As senhas não conferem.');
    const r = await call('auth.setup', { name, login, password });
    if (r.ok) setUser(r.value);
    else setError(r.error.message);
  };

  return (
    <div className="auth-page">
      <form className="auth-card" onSubmit={(e) => void submit(e)} aria-label="Primeiro acesso">
        <h1>Primeiro acesso</h1>
        <h2>Etapa 1 de 4 — Administrador</h2>
        <p className="muted">Crie o administrador desta instalação. Não existe senha padrão.</p>
        <label>
          Nome do administrador
          <input autoFocus value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Login
          <input autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} />
        </label>
        <label>
          Senha (mínimo 8 caracteres)
          <input
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <label>
          Confirme a senha
          <input
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
          />
        </label>
        <ErrorNote message={error} />
        <button type="submit" className="primary">
          Criar administrador e entrar
        </button>
      </form>
    </div>
  );
}

import { useState } from 'react';
import type { GroupRow, UserRow } from '../../../shared/ipc/dto/auth';
import { call } from '../../lib/api';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';

interface Props {
  user: UserRow | null;
  groups: GroupRow[];
  onClose: () => void;
  onSaved: () => void;
}

export function UserDialog({ user, groups, onClose, onSaved }: Props) {
  const [name, setName] = useState(user?.name ?? '');
  const [login, setLogin] = useState(user?.login ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [password, setPassword] = useState('');
  const [active, setActive] = useState(user?.active ?? true);
  const [groupIds, setGroupIds] = useState<number[]>(user?.groupIds ?? []);
  const [error, setError] = useState<string | null>(null);

  const toggle = (id: number) =>
    setGroupIds((g) => (g.includes(id) ? g.filter((x) => x !== id) : [...g, id]));
  const save = async () => {
    const r = await call('users.save', {
      id: user?.id,
      name,
      login,
      password: password === '' ? undefined : password,
      active,
      groupIds,
      email: email.trim() || null,
    });
    if (r.ok) onSaved();
    else setError(r.error.message);
  };

  return (
    <Dialog
      title={user ? `Usuário ${user.name}` : 'Novo usuário'}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancelar
          </button>
          <button type="button" className="primary" onClick={() => void save()}>
            Salvar
          </button>
        </>
      }
    >
      <label>
        Nome
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Login
        <input value={login} onChange={(e) => setLogin(e.target.value)} />
      </label>
      <label>
        E-mail (notificações de atividades)
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label>
        {user ? 'Nova senha (deixe em branco para manter)' : 'Senha (mínimo 8 caracteres)'}
        <input
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
        Ativo
      </label>
      <fieldset>
        <legend>Grupos</legend>
        {groups.map((g) => (
          <label key={g.id} className="checkbox">
            <input type="checkbox" checked={groupIds.includes(g.id)} onChange={() => toggle(g.id)} />
            {g.name}
          </label>
        ))}
      </fieldset>
      <ErrorNote message={error} />
    </Dialog>
  );
}

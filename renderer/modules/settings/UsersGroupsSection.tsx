import { useCallback, useEffect, useState } from 'react';
import { PERMISSIONS } from '../../../shared/auth/permissions';
import type { GroupRow, UserRow } from '../../../shared/ipc/dto/auth';
import { call } from '../../lib/api';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatBRL } from '../../ui/format';
import { CreditConfirmThreshold } from './CreditConfirmThreshold';
import { GroupDialog } from './GroupDialog';
import { LoginAttemptsNote, mayUnlock } from './LoginAttemptsNote';
import { UserDialog } from './UserDialog';

type Editing = { kind: 'user'; user: UserRow | null } | { kind: 'group'; group: GroupRow | null } | null;

export function UsersGroupsSection() {
  const [users, setUsers] = useState<UserRow[]>([]);
  const [groups, setGroups] = useState<GroupRow[]>([]);
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const [u, g] = await Promise.all([call('users.list', {}), call('groups.list', {})]);
    if (u.ok) setUsers(u.value);
    if (g.ok) setGroups(g.value);
    if (!u.ok) setError(u.error.message);
  }, []);
  useEffect(() => void load(), [load]);

  const removeGroup = async (g: GroupRow) => {
    if (!window.confirm(`Excluir o grupo "${g.name}"?`)) return;
    const r = await call('groups.delete', { id: g.id });
    setError(r.ok ? null : r.error.message);
    void load();
  };
  const unlock = async (u: UserRow) => {
    const r = await call('users.unlockLogin', { id: u.id });
    setError(r.ok ? null : r.error.message);
    void load();
  };
  const saved = () => {
    setEditing(null);
    void load();
  };
  const groupName = (id: number) => groups.find((g) => g.id === id)?.name ?? '?';

  return (
    <div>
      <h2>Usuários e grupos</h2>
      <ErrorNote message={error} />
      <div className="section-head">
        <h3>Grupos de usuários</h3>
        <button type="button" onClick={() => setEditing({ kind: 'group', group: null })}>
          + Novo grupo
        </button>
      </div>
      <table className="table" aria-label="Grupos">
        <thead>
          <tr>
            <th>Grupo</th>
            <th>Permissões</th>
            <th>Aumento máx. de limite (24 h)</th>
            <th>Usuários</th>
            <th>
              <span className="sr-only">Ações</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.id}>
              <td>{g.name}</td>
              <td>{g.permissions.map((p) => PERMISSIONS[p]).join('; ') || '—'}</td>
              <td>{g.maxCreditIncreaseCents === null ? 'Sem teto' : formatBRL(g.maxCreditIncreaseCents)}</td>
              <td>{g.memberCount}</td>
              <td className="actions">
                <button type="button" onClick={() => setEditing({ kind: 'group', group: g })}>
                  Editar
                </button>
                <button type="button" onClick={() => void removeGroup(g)}>
                  Excluir
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <CreditConfirmThreshold />
      <div className="section-head">
        <h3>Usuários</h3>
        <button type="button" onClick={() => setEditing({ kind: 'user', user: null })}>
          + Novo usuário
        </button>
      </div>
      <table className="table" aria-label="Usuários">
        <thead>
          <tr>
            <th>Nome</th>
            <th>Login</th>
            <th>Grupos</th>
            <th>Situação</th>
            <th>
              <span className="sr-only">Ações</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.login}</td>
              <td>{u.groupIds.map(groupName).join(', ') || '—'}</td>
              <td>
                {u.active ? 'Ativo' : 'Inativo'}
                <LoginAttemptsNote user={u} />
              </td>
              <td className="actions">
                <button type="button" onClick={() => setEditing({ kind: 'user', user: u })}>
                  Editar
                </button>
                {mayUnlock(u) && (
                  <button type="button" onClick={() => void unlock(u)}>
                    Desbloquear acesso
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing?.kind === 'group' && (
        <GroupDialog group={editing.group} onClose={() => setEditing(null)} onSaved={saved} />
      )}
      {editing?.kind === 'user' && (
        <UserDialog user={editing.user} groups={groups} onClose={() => setEditing(null)} onSaved={saved} />
      )}
    </div>
  );
}

import { useState } from 'react';
import { PERMISSIONS } from '../../../shared/auth/permissions';
import type { GroupRow, UserRow } from '../../../shared/ipc/dto/auth';
import { errorMessage, useChannelMutation, useChannelQuery } from '../../lib/query';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatBRL } from '../../ui/format';
import { CreditConfirmThreshold } from './CreditConfirmThreshold';
import { GroupDialog } from './GroupDialog';
import { LoginAttemptsNote, mayUnlock } from './LoginAttemptsNote';
import { UserDialog } from './UserDialog';
import styles from './UsersGroupsSection.module.css';
import tableCss from '../../ui/table.module.css';

type Editing = { kind: 'user'; user: UserRow | null } | { kind: 'group'; group: GroupRow | null } | null;

export function UsersGroupsSection() {
  const usersQ = useChannelQuery('users.list', {});
  const groupsQ = useChannelQuery('groups.list', {});
  const users = usersQ.data ?? [];
  const groups = groupsQ.data ?? [];
  const [editing, setEditing] = useState<Editing>(null);
  const removeGroup = useChannelMutation('groups.delete', { invalidates: ['groups.list', 'users.list'] });
  const unlock = useChannelMutation('users.unlockLogin', { invalidates: ['users.list'] });
  const error =
    errorMessage(removeGroup.error) ??
    errorMessage(unlock.error) ??
    errorMessage(usersQ.error) ??
    errorMessage(groupsQ.error);

  const askRemove = (g: GroupRow) => {
    if (window.confirm(`Excluir o grupo "${g.name}"?`)) removeGroup.mutate({ id: g.id });
  };
  const groupName = (id: number) => groups.find((g) => g.id === id)?.name ?? '?';

  return (
    <div className={styles.section}>
      <h2>Usuários e grupos</h2>
      <ErrorNote message={error} />
      <div className={styles.head}>
        <h3>Grupos de usuários</h3>
        <button type="button" onClick={() => setEditing({ kind: 'group', group: null })}>
          + Novo grupo
        </button>
      </div>
      <table className={`${tableCss.table} ${styles.table}`} aria-label="Grupos">
        <thead>
          <tr>
            <th scope="col">Grupo</th>
            <th scope="col">Permissões</th>
            <th scope="col" className={styles.num}>
              Aumento máx. de limite (24 h)
            </th>
            <th scope="col" className={styles.num}>
              Usuários
            </th>
            <th scope="col">
              <span className="sr-only">Ações</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.id}>
              <td className={styles.name}>{g.name}</td>
              <td>
                {g.permissions.length === 0 ? (
                  '—'
                ) : (
                  <ul className={styles.perms}>
                    {g.permissions.map((p) => (
                      <li key={p}>{PERMISSIONS[p]}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td className={styles.num}>
                {g.maxCreditIncreaseCents === null ? 'Sem teto' : formatBRL(g.maxCreditIncreaseCents)}
              </td>
              <td className={styles.num}>{g.memberCount}</td>
              <td className={tableCss.actions}>
                <button type="button" onClick={() => setEditing({ kind: 'group', group: g })}>
                  Editar
                </button>
                <button type="button" disabled={removeGroup.isPending} onClick={() => askRemove(g)}>
                  Excluir
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <CreditConfirmThreshold />
      <div className={styles.head}>
        <h3>Usuários</h3>
        <button type="button" onClick={() => setEditing({ kind: 'user', user: null })}>
          + Novo usuário
        </button>
      </div>
      <table className={`${tableCss.table} ${styles.table}`} aria-label="Usuários">
        <thead>
          <tr>
            <th scope="col">Nome</th>
            <th scope="col">Login</th>
            <th scope="col">Grupos</th>
            <th scope="col">Situação</th>
            <th scope="col">
              <span className="sr-only">Ações</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td className={styles.name}>{u.name}</td>
              <td className="mono">{u.login}</td>
              <td>{u.groupIds.map(groupName).join(', ') || '—'}</td>
              <td>
                {u.active ? 'Ativo' : 'Inativo'}
                <LoginAttemptsNote user={u} />
              </td>
              <td className={tableCss.actions}>
                <button type="button" onClick={() => setEditing({ kind: 'user', user: u })}>
                  Editar
                </button>
                {mayUnlock(u) && (
                  <button
                    type="button"
                    disabled={unlock.isPending}
                    onClick={() => unlock.mutate({ id: u.id })}
                  >
                    Desbloquear acesso
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing?.kind === 'group' && (
        <GroupDialog
          group={editing.group}
          onClose={() => setEditing(null)}
          onSaved={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'user' && (
        <UserDialog
          user={editing.user}
          groups={groups}
          onClose={() => setEditing(null)}
          onSaved={() => setEditing(null)}
        />
      )}
    </div>
  );
}

import { useState } from 'react';
import { ALL_PERMISSIONS, PERMISSIONS, type Permission } from '../../../shared/auth/permissions';
import type { GroupRow } from '../../../shared/ipc/dto/auth';
import { formatBRL, parseBRL } from '../../../shared/domain/money';
import { call } from '../../lib/api';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';

interface Props {
  group: GroupRow | null;
  onClose: () => void;
  onSaved: () => void;
}

export function GroupDialog({ group, onClose, onSaved }: Props) {
  const [name, setName] = useState(group?.name ?? '');
  const [perms, setPerms] = useState<Permission[]>(group?.permissions ?? []);
  const [cap, setCap] = useState(
    group?.maxCreditIncreaseCents != null ? formatBRL(group.maxCreditIncreaseCents) : '',
  );
  const [error, setError] = useState<string | null>(null);

  const toggle = (p: Permission) =>
    setPerms((ps) => (ps.includes(p) ? ps.filter((x) => x !== p) : [...ps, p]));
  const save = async () => {
    const capCents = cap.trim() === '' ? null : parseBRL(cap);
    if (cap.trim() !== '' && (capCents === null || capCents < 0)) {
      return setError(
        'Aumento máximo inválido. Use um valor em reais, por exemplo 5.000,00, ou deixe em branco.',
      );
    }
    const r = await call('groups.save', {
      id: group?.id,
      name,
      permissions: perms,
      maxCreditIncreaseCents: capCents,
    });
    if (r.ok) onSaved();
    else setError(r.error.message);
  };

  return (
    <Dialog
      title={group ? `Grupo ${group.name}` : 'Novo grupo'}
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
        Nome do grupo
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <fieldset>
        <legend>Permissões</legend>
        {ALL_PERMISSIONS.map((p) => (
          <label key={p} className="checkbox">
            <input type="checkbox" checked={perms.includes(p)} onChange={() => toggle(p)} />
            {PERMISSIONS[p]}
          </label>
        ))}
      </fieldset>
      <label>
        Aumento máximo de limite de crédito por cliente a cada 24 h (R$, em branco = sem teto)
        <input value={cap} onChange={(e) => setCap(e.target.value)} placeholder="ex.: 5.000,00" />
      </label>
      <ErrorNote message={error} />
    </Dialog>
  );
}

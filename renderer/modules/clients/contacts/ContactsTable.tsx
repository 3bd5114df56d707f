import type { ClientContact } from '../../../../shared/ipc/dto/client-contacts';
import { formatPhoneBR } from '../../../../shared/domain/contact';
import { GuardedButton } from '../../../ui/GuardedButton';
import { Checkbox } from '../../../ui/Checkbox';
import { EmailText } from '../../../ui/EmailText';
import tableCss from '../../../ui/table.module.css';
import contactsCss from './ContactsTable.module.css';

interface Props {
  contacts: ClientContact[];
  selected: Set<number>;
  onSelect: (next: Set<number>) => void;
  onEdit: (c: ClientContact) => void;
  onRemove: (c: ClientContact) => void;
}

export function ContactsTable({ contacts, selected, onSelect, onEdit, onRemove }: Props) {
  const allSelected = contacts.length > 0 && contacts.every((c) => selected.has(c.id));
  const toggle = (id: number) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect(next);
  };
  if (contacts.length === 0) return <p className="muted">Nenhum contato.</p>;
  return (
    <table className={`${tableCss.table} ${contactsCss.table}`} aria-label="Contatos">
      <thead>
        <tr>
          <th>
            <Checkbox
              label="Selecionar todos"
              checked={allSelected}
              onChange={() => onSelect(allSelected ? new Set() : new Set(contacts.map((c) => c.id)))}
            />
          </th>
          <th>Nome e empresa</th>
          <th>E-mail</th>
          <th>Telefone</th>
          <th>Etiquetas</th>
          <th>
            <span className="sr-only">Ações</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {contacts.map((c) => (
          <tr key={c.id}>
            <td>
              <Checkbox
                label={`Selecionar ${c.name}`}
                checked={selected.has(c.id)}
                onChange={() => toggle(c.id)}
              />
            </td>
            <td>
              <div className={contactsCss.person}>
                <span className={contactsCss.initials} aria-hidden="true">
                  {c.initials}
                </span>
                <div>
                  <strong>{c.name}</strong>
                  <div className="muted">{[c.role, c.company].filter((x) => x !== '').join(' · ')}</div>
                </div>
              </div>
            </td>
            <td>{c.email ? <EmailText value={c.email} /> : '—'}</td>
            <td className={tableCss.nowrap}>{c.phone ? formatPhoneBR(c.phone) : '—'}</td>
            <td>
              {c.tags.map((t) => (
                <span key={t} className={contactsCss.tag}>
                  {t}
                </span>
              ))}
            </td>
            <td className={tableCss.rowActions}>
              <GuardedButton
                permission="clients.edit"
                onClick={() => onEdit(c)}
                aria-label={`Editar ${c.name}`}
              >
                Editar
              </GuardedButton>
              <GuardedButton
                permission="clients.edit"
                onClick={() => onRemove(c)}
                aria-label={`Remover ${c.name}`}
              >
                Remover
              </GuardedButton>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

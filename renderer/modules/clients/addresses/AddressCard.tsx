import { useState } from 'react';
import {
  type AddressKind,
  type ClientAddress,
  type ClientAddressFields,
} from '../../../../shared/ipc/dto/client-addresses';
import { ADDRESS_KIND_LABEL, formatAddressLine, googleMapsUrl } from '../../../../shared/domain/addresses';
import { formatPhoneBR } from '../../../../shared/domain/contact';
import { GuardedButton } from '../../../ui/GuardedButton';
import { AddressForm } from './AddressForm';
import type { ClientErpEdit } from '../../../../shared/ipc/dto/client-erp-edits';
import { ErpFieldMark, ErpTag } from '../details/ErpFieldMark';
import addressCss from './addresses.module.css';

interface Props {
  kind: AddressKind;
  address: ClientAddress | undefined;
  onSave: (kind: AddressKind, a: ClientAddressFields) => Promise<string | null>;
  onRemove: (kind: 'extra2' | 'extra3') => void;
  /** This address's edit the ERP has not settled yet. */
  erpEdit?: ClientErpEdit;
  onDismissErp?: () => void;
}

/** One address slot: copy in one click, Mapa, edit in place, add or remove Endereço 2/3. */
export function AddressCard({ kind, address, onSave, onRemove, erpEdit, onDismissErp = () => {} }: Props) {
  const [editing, setEditing] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const label = ADDRESS_KIND_LABEL[kind];

  const copy = async (a: ClientAddress) => {
    try {
      await navigator.clipboard.writeText(formatAddressLine(a));
      setCopied('Endereço copiado.');
    } catch {
      setCopied('Não foi possível copiar: selecione o texto e use Ctrl+C.');
    }
    window.setTimeout(() => setCopied(null), 2500);
  };

  return (
    <section className={addressCss.card} aria-label={label}>
      <h3>
        {label}
        <ErpTag />
      </h3>
      <ErpFieldMark
        field="address"
        edit={erpEdit}
        format={(v) => (v ? formatAddressLine(v as ClientAddress) : '—')}
        onResolve={() => {}}
        onDismiss={onDismissErp}
      />
      {editing ? (
        <AddressForm
          idPrefix={`addr-${kind}`}
          initial={address ?? null}
          onCancel={() => setEditing(false)}
          onSave={async (a) => {
            const error = await onSave(kind, a);
            if (!error) setEditing(false);
            return error;
          }}
        />
      ) : address ? (
        <>
          <button
            type="button"
            className={addressCss.line}
            title="Clique para copiar o endereço"
            onClick={() => void copy(address)}
          >
            {formatAddressLine(address)}
          </button>
          {address.fax && <p className="muted">Fax: {formatPhoneBR(address.fax)}</p>}
          <div className={addressCss.cardActions}>
            <button type="button" onClick={() => void copy(address)}>
              Copiar
            </button>
            <button type="button" onClick={() => window.open(googleMapsUrl(address), '_blank', 'noopener')}>
              Mapa
            </button>
            <GuardedButton permission="clients.edit" onClick={() => setEditing(true)}>
              Editar
            </GuardedButton>
            {(kind === 'extra2' || kind === 'extra3') && (
              <GuardedButton permission="clients.edit" onClick={() => onRemove(kind)}>
                Remover
              </GuardedButton>
            )}
          </div>
          <span className="muted" role="status">
            {copied}
          </span>
        </>
      ) : (
        <div className={addressCss.cardActions}>
          <span className="muted">Não informado.</span>
          <GuardedButton permission="clients.edit" onClick={() => setEditing(true)}>
            Adicionar
          </GuardedButton>
        </div>
      )}
    </section>
  );
}

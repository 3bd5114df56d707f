import type { ClientErpEdit } from '../../../../shared/ipc/dto/client-erp-edits';
import { formatDateTimeBR } from '../../../ui/format';
import erpCss from './ErpFieldMark.module.css';

/** The small "ERP" tag of a field the ERP owns (docs/data-ownership.md). */
export function ErpTag() {
  return (
    <span
      className={erpCss.tag}
      title="Campo do ERP: uma alteração feita aqui é enviada ao ERP e fica pendente até ele confirmar."
    >
      ERP
    </span>
  );
}

interface Props {
  field: string;
  edit: ClientErpEdit | undefined;
  format: (value: unknown) => string;
  onResolve: (choice: 'mine' | 'erp') => void;
  onDismiss: () => void;
}

/** Under an ERP-owned field: waiting for the ERP, the ERP's refusal, or both values to choose from. */
export function ErpFieldMark({ field, edit, format, onResolve, onDismiss }: Props) {
  if (!edit || !(field in edit.mine)) return null;
  if (edit.state === 'pending')
    return (
      <span className={`${erpCss.mark} ${erpCss.pending}`} data-testid={`erp-pending-${field}`}>
        pendente no ERP · {edit.sentAt ? `enviado em ${formatDateTimeBR(edit.sentAt)}` : 'aguardando envio'}
        {edit.lastError && <span title={edit.lastError}> (ERP sem resposta; nova tentativa automática)</span>}
      </span>
    );
  if (edit.state === 'rejected')
    return (
      <span
        className={`${erpCss.mark} ${erpCss.rejected}`}
        role="alert"
        data-testid={`erp-rejected-${field}`}
      >
        {edit.message} Valor enviado: {format(edit.mine[field])}.{' '}
        <button type="button" className="link" onClick={onDismiss}>
          Fechar aviso
        </button>
      </span>
    );
  if (!(field in edit.erp)) return null;
  return (
    <span className={`${erpCss.mark} ${erpCss.conflict}`} role="alert" data-testid={`erp-conflict-${field}`}>
      O ERP mudou este campo: no ERP «{format(edit.erp[field])}», aqui «{format(edit.mine[field])}».{' '}
      <button type="button" onClick={() => onResolve('mine')}>
        Manter o meu
      </button>{' '}
      <button type="button" onClick={() => onResolve('erp')}>
        Usar o do ERP
      </button>
    </span>
  );
}

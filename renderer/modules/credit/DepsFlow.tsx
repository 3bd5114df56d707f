import type { Client } from '../../../shared/ipc/dto/clients';
import { ConfirmChargeDialog } from './ConfirmChargeDialog';
import { CreditEditDialog } from './CreditEditDialog';
import { OpeningQueryDialog } from './OpeningQueryDialog';
import { ProductDialog } from './ProductDialog';
import { QueryResultDialog } from './QueryResultDialog';
import { RecentQueryDialog } from './RecentQueryDialog';
import { UnknownOutcomeDialog } from './UnknownOutcomeDialog';
import type { DepsFlowHandle } from './useDepsFlow';

interface Props {
  client: Client;
  flow: DepsFlowHandle;
  onClientChange: (client: Client) => void;
}

/** Renders the one dialog of the current step of the Deps button: steps replace each other. */
export function DepsFlow({ client, flow, onClientChange }: Props) {
  const { state: step, send } = flow;
  switch (step.kind) {
    case 'idle':
      return null;
    case 'product':
      return (
        <ProductDialog
          choice={flow.products}
          error={step.error ?? flow.productsError}
          busy={step.checking !== null}
          onChoose={(productId) => send({ type: 'choose', productId })}
          onClose={flow.close}
        />
      );
    case 'recent':
      return (
        <RecentQueryDialog
          recent={step.recent}
          error={step.error}
          busy={step.pending}
          onView={() => send({ type: 'view' })}
          onNew={flow.newQuery}
          onClose={flow.close}
        />
      );
    case 'opening':
      return (
        <OpeningQueryDialog error={step.error} onRetry={() => send({ type: 'retry' })} onClose={flow.close} />
      );
    case 'confirm':
    case 'running':
      return (
        <ConfirmChargeDialog
          clientName={client.legalName}
          productId={step.productId}
          erpNote={step.erpNote}
          error={step.kind === 'confirm' ? step.error : null}
          busy={step.kind === 'running'}
          onConfirm={() => send({ type: 'confirm' })}
          onClose={flow.close}
        />
      );
    case 'unknown':
      return (
        <UnknownOutcomeDialog
          row={step.row}
          message={step.message}
          error={step.error}
          busy={step.pending}
          onCheck={() => send({ type: 'check' })}
          onClose={flow.close}
        />
      );
    case 'result':
      // One dialog at a time: the limit step replaces the result; "Agora não" steps back to it.
      return step.editing ? (
        <CreditEditDialog
          client={client}
          detail={step.detail}
          onSaved={(updated) => {
            onClientChange(updated);
            flow.close();
          }}
          onClose={() => send({ type: 'back' })}
        />
      ) : (
        <QueryResultDialog
          detail={step.detail}
          note={step.note}
          onEdit={() => send({ type: 'edit' })}
          onClose={flow.close}
        />
      );
  }
}

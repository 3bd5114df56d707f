import type { Client } from '../../../shared/ipc/dto/clients';
import { ConfirmChargeDialog } from './ConfirmChargeDialog';
import { CreditEditDialog } from './CreditEditDialog';
import { ProductDialog } from './ProductDialog';
import { QueryResultDialog } from './QueryResultDialog';
import { RecentQueryDialog } from './RecentQueryDialog';
import { UnknownOutcomeDialog } from './UnknownOutcomeDialog';
import type { useDepsFlow } from './useDepsFlow';

interface Props {
  client: Client;
  flow: ReturnType<typeof useDepsFlow>;
  onClientChange: (client: Client) => void;
}

/** Renders the one dialog of the current step of the Deps button. */
export function DepsFlow({ client, flow, onClientChange }: Props) {
  const { step, busy } = flow;
  switch (step.kind) {
    case 'idle':
      return null;
    case 'product':
      return (
        <ProductDialog
          choice={step.choice}
          error={step.error}
          busy={busy}
          onChoose={(id) => void flow.chooseProduct(id)}
          onClose={flow.close}
        />
      );
    case 'recent':
      return (
        <RecentQueryDialog
          recent={step.recent}
          error={step.error}
          busy={busy}
          onView={() => step.recent.row && void flow.openStored(step.recent.row, step.productId)}
          onNew={() => flow.newQuery(step.productId, step.recent.erpNote)}
          onClose={flow.close}
        />
      );
    case 'confirm':
      return (
        <ConfirmChargeDialog
          clientName={client.legalName}
          productId={step.productId}
          erpNote={step.erpNote}
          error={step.error}
          busy={busy}
          onConfirm={() => void flow.confirm(step.productId)}
          onClose={flow.close}
        />
      );
    case 'unknown':
      return (
        <UnknownOutcomeDialog
          row={step.row}
          message={step.message}
          error={step.error}
          busy={busy}
          onCheck={() => step.row.id !== null && void flow.check(step.row.id)}
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
          onClose={() => flow.setStep({ ...step, editing: false })}
        />
      ) : (
        <QueryResultDialog
          detail={step.detail}
          note={step.note}
          onEdit={() => flow.setStep({ ...step, editing: true })}
          onClose={flow.close}
        />
      );
  }
}

import { useCan } from '../auth/store';
import { ErrorNote } from '../../ui/ErrorNote';
import { MESSAGES } from '../../../shared/ipc/messages';
import { QueueScreen } from './QueueScreen';
import { ReleaseView } from './ReleaseView';
import { useCreditReleaseUi } from './store';

/** The top-level "Liberação de crédito" screen: the queue, or the release view of one of its orders. */
export function CreditReleaseScreen() {
  const allowed = useCan('creditRelease.release');
  const openOrderId = useCreditReleaseUi((s) => s.openOrderId);
  const back = useCreditReleaseUi((s) => s.back);
  if (!allowed) return <ErrorNote message={MESSAGES.FORBIDDEN({ permission: 'creditRelease.release' })} />;
  if (openOrderId !== null)
    return <ReleaseView orderId={openOrderId} onBack={back} backLabel="Voltar à fila" />;
  return <QueueScreen />;
}

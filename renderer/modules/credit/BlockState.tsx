import type { BlockStatus } from '../../../shared/ipc/dto/bureau';
import { Badge } from '../../ui/Badge';

/** How a block that carries no data reads; a failure is always shown as a failure. */
export function BlockNote({ status }: { status: BlockStatus }) {
  switch (status.state) {
    case 'found':
      return null;
    case 'clean':
      return <Badge tone="ok">{status.message ?? 'Nada consta.'}</Badge>;
    case 'noInfo':
      return <Badge tone="neutral">{status.message ?? 'Sem informação.'}</Badge>;
    case 'notIncluded':
      return <Badge tone="neutral">Não incluído no produto</Badge>;
    case 'failed':
      return (
        <Badge tone="bad" title={status.message ?? undefined}>
          Falhou no bureau{status.message ? `: ${status.message}` : ''}
        </Badge>
      );
  }
}

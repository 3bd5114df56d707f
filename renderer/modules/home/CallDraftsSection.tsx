import type { CallDraft } from '../../../shared/ipc/dto/home';
import { ClientFlags, useClientHeaderSummary } from '../clients';
import { errorMessage, useChannelMutation } from '../../lib/query';
import { notify } from '../../ui/toast-store';
import { clientLabel } from './dayFormat';
import { openClientOnTab } from './useOpenClient';
import styles from './AgentHome.module.css';

/** Registrar / Descartar for the calls the telephony announced; one row per call, newest first. */
export function CallDraftsSection({ drafts }: { drafts: CallDraft[] }) {
  if (drafts.length === 0) return null;
  return (
    <section className={`${styles.section} ${styles.drafts}`} aria-labelledby="home-drafts">
      <h2 id="home-drafts" className={styles.sectionTitle}>
        Chamadas recebidas a registrar<span className={styles.count}>{drafts.length}</span>
      </h2>
      <ul className={styles.list}>
        {drafts.map((d) => (
          <CallDraftRow key={d.id} draft={d} />
        ))}
      </ul>
    </section>
  );
}

export function CallDraftRow({ draft }: { draft: CallDraft }) {
  const confirm = useCallDraftAction(
    'home.callDrafts.confirm',
    'Chamada registrada nas atividades do cliente.',
  );
  const discard = useCallDraftAction('home.callDrafts.discard', 'Chamada descartada.');
  const busy = confirm.isPending || discard.isPending;
  return (
    <li className={styles.draft} data-testid="call-draft">
      {draft.client && <CallerFlags clientId={draft.client.id} />}
      <span className={styles.rowMain}>
        <strong>{draft.title}</strong>
        {draft.client ? (
          <button
            type="button"
            className="link"
            onClick={() => openClientOnTab(draft.client!.id, 'activities')}
          >
            {clientLabel(draft.client)}
          </button>
        ) : (
          <span className={styles.muted}>
            Cliente não identificado: abra-o pela busca (F9) para registrar.
          </span>
        )}
      </span>
      <span className={styles.actions}>
        <button
          type="button"
          className="primary"
          disabled={busy || !draft.client}
          onClick={() => confirm.mutate({ id: draft.id })}
        >
          Registrar
        </button>
        <button type="button" disabled={busy} onClick={() => discard.mutate({ id: draft.id })}>
          Descartar
        </button>
      </span>
    </li>
  );
}

/** The screen pop shows first what the agent must know before talking: consent, restriction, group. */
function CallerFlags({ clientId }: { clientId: number }) {
  const { data } = useClientHeaderSummary(clientId);
  return data ? <ClientFlags summary={data} /> : null;
}

function useCallDraftAction(channel: 'home.callDrafts.confirm' | 'home.callDrafts.discard', done: string) {
  return useChannelMutation(channel, {
    invalidates: ['home.day', 'clientActivities.list'],
    onSuccess: () => notify(done),
    onError: (e) => notify(errorMessage(e) ?? '', 'bad'),
  });
}

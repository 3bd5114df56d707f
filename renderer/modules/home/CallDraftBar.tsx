import { useChannelQuery } from '../../lib/query';
import { CallDraftRow } from './CallDraftsSection';
import styles from './CallDraftBar.module.css';

/**
 * On every screen but Início (which lists them all): the newest call the telephony announced and
 * the agent has not recorded or discarded yet, so the screen pop's draft is one keystroke away.
 */
export function CallDraftBar() {
  const { data } = useChannelQuery('home.day', {});
  const newest = data?.callDrafts[0];
  if (!newest) return null;
  const more = (data?.counts.callDrafts ?? 1) - 1;
  return (
    <section className={styles.bar} aria-label="Chamada recebida a registrar" data-testid="call-draft-bar">
      <ul className={styles.list}>
        <CallDraftRow draft={newest} />
      </ul>
      {more > 0 && <span className={styles.more}>+{more} em Meu dia (Início)</span>}
    </section>
  );
}

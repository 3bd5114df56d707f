import { ACTIVITY_KIND_LABEL } from '../../../shared/domain/activities';
import type { AgentDay } from '../../../shared/ipc/dto/home';
import { errorMessage, useChannelQuery } from '../../lib/query';
import { ErrorNote } from '../../ui/ErrorNote';
import { CallDraftsSection } from './CallDraftsSection';
import { ageText, clientLabel, dueText } from './dayFormat';
import { HomeRow, HomeSection } from './HomeSection';
import { useOpenClient } from './useOpenClient';
import styles from './AgentHome.module.css';

/**
 * Início for agents, "Meu dia": what is due (calls to return first), the tickets I opened that
 * are still open, the calls to record, my last call and recent clients. Every row opens the client
 * on the tab it is about; the lists follow main's events (home.dayChanged) while shown.
 */
export function AgentHome({ onSearch }: { onSearch: () => void }) {
  const { data, error } = useChannelQuery('home.day', {});
  return (
    <section className={styles.home} aria-labelledby="home-title" data-testid="agent-home">
      <header className={styles.top}>
        <h1 id="home-title" className={styles.title}>
          Meu dia
        </h1>
        <button type="button" className="primary" onClick={onSearch}>
          Buscar cliente (F9)
        </button>
        <span className={styles.muted}>
          <kbd>?</kbd> ou <kbd>F1</kbd> mostra os atalhos desta tela
        </span>
      </header>
      <ErrorNote message={errorMessage(error)} />
      {!data && !error && <p className="loading">Carregando seu dia…</p>}
      {data && <DayLists day={data} />}
    </section>
  );
}

function DayLists({ day }: { day: AgentDay }) {
  const open = useOpenClient();
  const { counts } = day;
  const free = day.activities.length === 0 && day.tickets.length === 0 && day.callDrafts.length === 0;
  return (
    <>
      <p className={styles.summary} role="status" data-testid="home-summary">
        {free
          ? 'Seu dia está livre: nenhuma atividade atrasada ou para hoje, nenhum chamado aberto por você.'
          : `${counts.overdue} atrasada(s) · ${counts.dueToday} para hoje · ${counts.callsToReturn} chamada(s) a retornar · ${counts.openTickets} chamado(s) aberto(s)`}
      </p>
      <CallDraftsSection drafts={day.callDrafts} />
      <div className={styles.grid}>
        <HomeSection
          id="home-activities"
          title="Atividades atrasadas e de hoje"
          count={counts.overdue + counts.dueToday}
          empty="Nenhuma atividade atrasada ou para hoje."
        >
          {day.activities.map((a) => (
            <HomeRow key={a.id} testId="home-activity" onOpen={() => open(a.client.id, 'activities')}>
              <span className={a.kind === 'call' ? `${styles.kind} ${styles.call}` : styles.kind}>
                {ACTIVITY_KIND_LABEL[a.kind]}
              </span>
              <span className={styles.rowMain}>
                <span className={styles.rowTitle} data-testid="home-row-title">
                  {a.title}
                </span>
                <span className={styles.muted} data-testid="home-row-client">
                  {clientLabel(a.client)}
                </span>
              </span>
              <span className={a.overdue ? styles.overdue : styles.when}>
                {a.overdue ? 'Atrasada · ' : ''}
                {dueText(a.dueAt, day.today)}
              </span>
            </HomeRow>
          ))}
        </HomeSection>
        <HomeSection
          id="home-tickets"
          title="Meus chamados abertos"
          count={counts.openTickets}
          empty="Nenhum chamado aberto por você."
        >
          {day.tickets.map((t) => (
            <HomeRow key={t.id} testId="home-ticket" onOpen={() => open(t.client.id, 'support')}>
              <span className={styles.kind}>{t.reference}</span>
              <span className={styles.rowMain}>
                <span className={styles.rowTitle} data-testid="home-row-title">
                  {t.description}
                </span>
                <span className={styles.muted} data-testid="home-row-client">
                  {clientLabel(t.client)}
                </span>
              </span>
              <span className={styles.when}>
                {ageText(t.openedAt, day.today)} · {t.progress}%
              </span>
            </HomeRow>
          ))}
        </HomeSection>
        <HomeSection id="home-last-call" title="Última chamada" empty="Nenhuma chamada registrada por você.">
          {day.lastCall
            ? [
                <HomeRow
                  key="last"
                  testId="home-last-call"
                  onOpen={() => open(day.lastCall!.client.id, 'activities')}
                >
                  <span className={styles.rowMain}>
                    <span className={styles.rowTitle}>{clientLabel(day.lastCall.client)}</span>
                  </span>
                  <span className={styles.when}>{dueText(day.lastCall.at, day.today)}</span>
                </HomeRow>,
              ]
            : []}
        </HomeSection>
        <HomeSection id="home-recent" title="Clientes recentes" empty="Nenhum cliente aberto ainda.">
          {day.recentClients.map((c) => (
            <HomeRow key={c.id} testId="home-recent" onOpen={() => open(c.id)}>
              <span className={styles.rowMain}>
                <span className={styles.rowTitle}>{clientLabel(c)}</span>
              </span>
            </HomeRow>
          ))}
        </HomeSection>
      </div>
    </>
  );
}

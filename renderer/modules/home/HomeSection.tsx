import type { ReactNode } from 'react';
import styles from './AgentHome.module.css';

interface Props {
  id: string;
  title: string;
  count?: number;
  empty: string;
  children: ReactNode[];
}

/** One block of Meu dia: a titled list of rows, or the sentence saying there is nothing. */
export function HomeSection({ id, title, count, empty, children }: Props) {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.sectionTitle}>
        {title}
        {count !== undefined && <span className={styles.count}>{count}</span>}
      </h2>
      {children.length > 0 ? (
        <ul className={styles.list}>{children}</ul>
      ) : (
        <p className={styles.empty}>{empty}</p>
      )}
    </section>
  );
}

interface RowProps {
  onOpen: () => void;
  children: ReactNode;
  testId?: string;
}

/**
 * A row is a button: Enter or a click opens the client on the tab the row is about. Its name is
 * what it shows (kind, title, client, when), so a screen reader reads what the eye reads.
 */
export function HomeRow({ onOpen, children, testId }: RowProps) {
  return (
    <li>
      <button type="button" className={styles.row} onClick={onOpen} data-testid={testId}>
        {children}
      </button>
    </li>
  );
}

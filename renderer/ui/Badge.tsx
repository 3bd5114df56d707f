import type { ReactNode } from 'react';
import styles from './Badge.module.css';

type Tone = 'ok' | 'warn' | 'bad' | 'neutral';

export const Badge = ({
  tone = 'neutral',
  children,
  title,
}: {
  tone?: Tone;
  children: ReactNode;
  title?: string;
}) => (
  <span className={`${styles.badge} ${styles[tone]}`} title={title}>
    {children}
  </span>
);

const CREDIT_TONE: Record<string, Tone> = {
  ADIMPLENTE: 'ok',
  EM_ANALISE: 'warn',
  INADIMPLENTE: 'bad',
  BLOQUEADO: 'bad',
};
const CREDIT_LABEL: Record<string, string> = {
  ADIMPLENTE: 'ADIMPLENTE',
  EM_ANALISE: 'EM ANÁLISE',
  INADIMPLENTE: 'INADIMPLENTE',
  BLOQUEADO: 'BLOQUEADO',
};

export const CreditStatusBadge = ({ status }: { status: string }) => (
  <Badge tone={CREDIT_TONE[status] ?? 'neutral'}>{CREDIT_LABEL[status] ?? status}</Badge>
);

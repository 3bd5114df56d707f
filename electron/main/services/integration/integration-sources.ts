/** The two scheduled integrations whose runs the page lists, and where each logs its requests. */
import type { IntegrationJob } from '../../../../shared/ipc/dto/integration';
import type { Db } from '../../db/connection';
import {
  bureauRunTotals,
  erpRunTotals,
  iterateBureauRunRequests,
  iterateErpRunRequests,
  type IntegrationRequestRow,
  type RequestTotals,
} from '../../db/repos/integration-requests.repo';
import { ERP_SYNC_JOB } from '../../jobs/erp-sync.job';
import { RECEIVABLES_JOB } from '../../jobs/receivables.job';
import { ACTIVITY_NOTIFICATIONS_JOB } from '../../jobs/activity-notifications.job';
import { ERP_OUTBOX_JOB } from '../../jobs/erp-outbox.job';
import {
  iterateNotificationRunRequests,
  notificationRunTotals,
} from '../../db/repos/activity-notifications.repo';

export interface IntegrationSource {
  key: IntegrationJob;
  job: string;
  label: string;
  runTotals(db: Db, runId: number): RequestTotals;
  runRequests(db: Db, runId: number): IterableIterator<IntegrationRequestRow>;
}

export const INTEGRATION_SOURCES: IntegrationSource[] = [
  {
    key: 'erp',
    job: ERP_SYNC_JOB,
    label: 'Dados ERP (ERP → Central)',
    runTotals: erpRunTotals,
    runRequests: iterateErpRunRequests,
  },
  {
    key: 'bureau',
    job: RECEIVABLES_JOB,
    label: 'Contas a receber (Central → bureau)',
    runTotals: bureauRunTotals,
    runRequests: iterateBureauRunRequests,
  },
  {
    key: 'email',
    job: ACTIVITY_NOTIFICATIONS_JOB,
    label: 'Notificações de atividades (Central → e-mail)',
    runTotals: notificationRunTotals,
    runRequests: iterateNotificationRunRequests,
  },
  {
    // The outbox keeps no per-request log: the run's outcome says what was sent and what waits.
    key: 'erpOutbox',
    job: ERP_OUTBOX_JOB,
    label: 'Consultas e créditos (Central → ERP)',
    runTotals: () => ({ requests: 0, failed: 0, rows: 0, duration_ms: 0, first_at: null, last_at: null }),
    runRequests: () => [][Symbol.iterator](),
  },
];

export const sourceOfJob = (job: string): IntegrationSource | undefined =>
  INTEGRATION_SOURCES.find((s) => s.job === job);

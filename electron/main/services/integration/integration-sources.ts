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
];

export const sourceOfJob = (job: string): IntegrationSource | undefined =>
  INTEGRATION_SOURCES.find((s) => s.job === job);

/** The Histórico tab: audit entries of one client, newest first. */
import type { AuditEntry } from './auth';
import type { Page } from './client-paging';

export type ClientHistoryPage = Page<AuditEntry, number>;

/** The Histórico tables' key as the IPC contract carries it. Types only: the list is in shared/domain. */
export type { HistoryTableKey } from '../../domain/integration-tables';

import { z } from 'zod';
import { channel, empty, id } from '../channel-spec';
import { historyExportSchema } from '../../forms/history-export.schema';
import { integrationScheduleSchema } from '../../forms/integration-schedule.schema';
import type {
  ErpIdentityView,
  HistoryExportChunk,
  HistoryExportProgress,
  HistoryExportStart,
  IntegrationOverview,
  IntegrationRunPage,
  RunLogFile,
} from '../dto/integration';

const exportId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Exportação desconhecida.');

/** Configurações → Integração → Dados ERP. Everything here needs "Configurações - Integração ERP". */
export const integrationChannels = {
  'integration.overview': channel<IntegrationOverview>()({
    input: empty,
    kind: 'query',
    permission: 'settings.erp',
  }),
  /** Asks the ERP who it is and keeps the answer for the overview. */
  'integration.erpIdentity.refresh': channel<ErpIdentityView>()({
    input: empty,
    kind: 'query',
    permission: 'settings.erp',
  }),
  'integration.settings.save': channel<IntegrationOverview>()({
    input: integrationScheduleSchema,
    kind: 'mutation',
    permission: 'settings.erp',
  }),
  'integration.runs.list': channel<IntegrationRunPage>()({
    input: z.object({ beforeId: id.optional(), limit: z.number().int().min(1).max(100).default(20) }),
    kind: 'query',
    permission: 'settings.erp',
  }),
  'integration.runs.log': channel<RunLogFile>()({
    input: z.object({ runId: id }),
    kind: 'query',
    permission: 'settings.erp',
  }),
  /** Opens the save dialog (Electron) and starts writing the workbook; progress comes as events. */
  'integration.history.export': channel<HistoryExportStart>()({
    input: historyExportSchema,
    kind: 'query',
    permission: 'settings.erp',
  }),
  'integration.history.progress': channel<HistoryExportProgress>()({
    input: z.object({ exportId }),
    kind: 'query',
    permission: 'settings.erp',
  }),
  'integration.history.cancel': channel<HistoryExportProgress>()({
    input: z.object({ exportId }),
    kind: 'session',
    permission: 'settings.erp',
  }),
  /** Web shell only: the finished file, piece by piece, for the browser to download. */
  'integration.history.chunk': channel<HistoryExportChunk>()({
    input: z.object({ exportId, offset: z.number().int().min(0) }),
    kind: 'query',
    permission: 'settings.erp',
  }),
};

import {
  cancelHistoryExport,
  historyExportChunk,
  historyExportProgress,
  startHistoryExport,
} from '../services/integration/history/history-export.service';
import { refreshErpIdentity } from '../services/integration/erp-identity';
import { integrationOverview } from '../services/integration/integration-overview.service';
import { saveIntegrationSettings } from '../services/integration/integration-settings.service';
import { floorRunLogFile, listFloorRuns } from '../services/integration/floor-run-log';
import { listIntegrationRuns, runLogFile } from '../services/integration/run-log.service';
import { defineHandlers, requireUser } from './registry';

export const integrationHandlers = defineHandlers({
  'integration.overview': ({ core }) => integrationOverview(core),
  'integration.erpIdentity.refresh': ({ core }) => refreshErpIdentity(core),
  'integration.settings.save': (ctx, input) =>
    saveIntegrationSettings(ctx.core, requireUser(ctx).user, input),
  // Floor mode: every seat's runs, from the central database.
  'integration.runs.list': ({ core }, input) =>
    core.floor.pool
      ? listFloorRuns(core, input.beforeId ?? null, input.limit)
      : listIntegrationRuns(core, input.beforeId ?? null, input.limit),
  'integration.runs.log': ({ core }, input) =>
    core.floor.pool ? floorRunLogFile(core, input.runId) : runLogFile(core, input.runId),
  'integration.history.export': ({ core, sessionKey }, input) => startHistoryExport(core, sessionKey, input),
  'integration.history.progress': ({ core, sessionKey }, input) =>
    historyExportProgress(core, sessionKey, input.exportId),
  'integration.history.cancel': ({ core, sessionKey }, input) =>
    cancelHistoryExport(core, sessionKey, input.exportId),
  'integration.history.chunk': ({ core, sessionKey }, input) =>
    historyExportChunk(core, sessionKey, input.exportId, input.offset),
});

import { attachFile, deleteFile, downloadFile, listFiles } from '../services/clients/client-files.service';
import { floorWrite } from '../floor/replication/floor-write';
import { defineHandlers, requireUser } from './registry';

export const clientFileHandlers = defineHandlers({
  'clientFiles.list': ({ core }, input) => listFiles(core, input),
  'clientFiles.attach': (ctx, input) =>
    floorWrite(ctx.core, () => attachFile(ctx.core, requireUser(ctx).user, input)),
  'clientFiles.download': ({ core }, { id }) => downloadFile(core, id),
  'clientFiles.delete': async (ctx, { id }) => {
    await floorWrite(ctx.core, () => deleteFile(ctx.core, requireUser(ctx).user, id));
    return null;
  },
});

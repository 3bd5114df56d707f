import { attachFile, deleteFile, downloadFile, listFiles } from '../services/clients/client-files.service';
import { defineHandlers, requireUser } from './registry';

export const clientFileHandlers = defineHandlers({
  'clientFiles.list': ({ core }, input) => listFiles(core, input),
  'clientFiles.attach': (ctx, input) => attachFile(ctx.core, requireUser(ctx).user, input),
  'clientFiles.download': ({ core }, { id }) => downloadFile(core, id),
  'clientFiles.delete': (ctx, { id }) => {
    deleteFile(ctx.core, requireUser(ctx).user, id);
    return null;
  },
});

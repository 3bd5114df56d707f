import { getWorkspace, saveWorkspace } from '../db/repos/workspace.repo';
import { defineHandlers, requireUser } from './registry';

export const workspaceHandlers = defineHandlers({
  'workspace.get': (ctx) => getWorkspace(ctx.core.db, requireUser(ctx).user.id),
  'workspace.save': (ctx, input) => {
    saveWorkspace(ctx.core.db, requireUser(ctx).user.id, input);
    return null;
  },
});

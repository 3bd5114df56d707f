import {
  getClient,
  markClientOpened,
  recentClients,
  searchClients,
} from '../services/clients/clients.service';
import { defineHandlers, requireUser } from './registry';

export const clientHandlers = defineHandlers({
  'clients.search': (ctx, { query, limit }) =>
    searchClients(ctx.core.db, query, limit, requireUser(ctx).user.id),
  'clients.recent': (ctx, { limit }) => recentClients(ctx.core.db, requireUser(ctx).user.id, limit),
  'clients.get': ({ core }, { id }) => getClient(core.db, id),
  'clients.markOpened': (ctx, { id }) => {
    markClientOpened(ctx.core.db, requireUser(ctx).user.id, id, ctx.core.now());
    return null;
  },
});

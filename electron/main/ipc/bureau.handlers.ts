import { checkUnknownQuery } from '../services/credit/bureau-check.service';
import {
  getQueryDetail,
  listQueries,
  productChoice,
  recentQuery,
} from '../services/credit/bureau-history.service';
import { runBureauQuery } from '../services/credit/bureau-query.service';
import {
  bureauSettingsView,
  fetchBureauProducts,
  saveBureauSettings,
} from '../services/credit/bureau-settings.service';
import { defineHandlers, requireUser } from './registry';

export const bureauHandlers = defineHandlers({
  'bureau.settings.get': ({ core }) => bureauSettingsView(core),
  'bureau.settings.save': (ctx, input) => saveBureauSettings(ctx.core, requireUser(ctx).user, input),
  'bureau.settings.fetchProducts': ({ core }, input) => fetchBureauProducts(core, input),
  'bureau.products.forClient': ({ core }, { clientId }) => productChoice(core, clientId),
  'bureau.query.recent': ({ core }, { clientId }) => recentQuery(core, clientId),
  'bureau.query.run': (ctx, input) => runBureauQuery(ctx.core, requireUser(ctx).user, input, 'new'),
  'bureau.query.fetchShared': (ctx, input) => runBureauQuery(ctx.core, requireUser(ctx).user, input, 'reuse'),
  'bureau.query.check': (ctx, { id }) => checkUnknownQuery(ctx.core, requireUser(ctx).user, id),
  'bureau.query.list': ({ core }, { clientId }) => listQueries(core, clientId),
  'bureau.query.get': ({ core }, { id }) => getQueryDetail(core, id),
});

import { z } from 'zod';
import { bureauQueryRunSchema } from '../../forms/bureau-query.schema';
import { bureauConnectionSchema, bureauSettingsSchema } from '../../forms/bureau-settings.schema';
import { channel, empty, id } from '../channel-spec';
import type {
  BureauCheckOutcome,
  BureauProduct,
  BureauProductChoice,
  BureauQueryDetail,
  BureauQueryList,
  BureauRunOutcome,
  BureauSettingsView,
  RecentBureauQuery,
} from '../dto/bureau';

export const bureauChannels = {
  // Configurações → Bureau de crédito.
  'bureau.settings.get': channel<BureauSettingsView>()({
    input: empty,
    kind: 'query',
    permission: 'settings.bureau',
  }),
  'bureau.settings.save': channel<BureauSettingsView>()({
    input: bureauSettingsSchema,
    kind: 'mutation',
    permission: 'settings.bureau',
  }),
  /** The "…" button: logs in with the typed (or saved) credentials and returns the account's products. */
  'bureau.settings.fetchProducts': channel<BureauProduct[]>()({
    input: bureauConnectionSchema,
    kind: 'query',
    permission: 'settings.bureau',
  }),

  // The Deps flow on the client screen.
  'bureau.products.forClient': channel<BureauProductChoice>()({
    input: z.object({ clientId: id }),
    kind: 'query',
    permission: 'clients.bureauQuery',
  }),
  'bureau.query.recent': channel<RecentBureauQuery>()({
    input: z.object({ clientId: id }),
    kind: 'query',
    permission: 'clients.bureauQuery',
  }),
  /** Spends money: exactly one bureau request per idempotency key, however often it is called. */
  'bureau.query.run': channel<BureauRunOutcome>()({
    input: bureauQueryRunSchema,
    kind: 'mutation',
    permission: 'clients.bureauQuery',
  }),
  /**
   * "Visualizar última consulta" of a query made on another desktop: the bureau is asked to
   * reuse the result it holds (reutilizarDadosExistentes), which runs no new query.
   */
  'bureau.query.fetchShared': channel<BureauRunOutcome>()({
    input: bureauQueryRunSchema,
    kind: 'mutation',
    permission: 'clients.bureauQuery',
  }),
  /** Resolves an `unknown` query by asking the bureau to reuse its stored result (no new query). */
  'bureau.query.check': channel<BureauCheckOutcome>()({
    input: z.object({ id }),
    kind: 'mutation',
    permission: 'clients.bureauQuery',
  }),
  'bureau.query.list': channel<BureauQueryList>()({
    input: z.object({ clientId: id }),
    kind: 'query',
    permission: 'clients.bureauQuery',
  }),
  'bureau.query.get': channel<BureauQueryDetail>()({
    input: z.object({ id }),
    kind: 'query',
    permission: 'clients.bureauQuery',
  }),
};

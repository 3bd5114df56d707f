import { z } from 'zod';
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

const url = z
  .string()
  .trim()
  .max(300, 'A URL deve ter no máximo 300 caracteres.')
  .regex(/^https:\/\/[^\s/?#]+(:\d+)?(\/[^\s?#]*)?$/i, 'Informe a URL da API começando com https://.');
const email = z.string().trim().min(3, 'Informe o e-mail de acesso ao bureau.').max(200);
const password = z.string().min(1, 'Informe a senha.').max(200, 'A senha deve ter no máximo 200 caracteres.');
const pem = z.string().max(20_000, 'O certificado deve ter no máximo 20.000 caracteres.');
const pin = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9+/]{43}=$/,
    'O pin deve ser o SHA-256 da chave pública do servidor em Base64 (44 caracteres terminando em "=").',
  );
const product = z.object({
  id: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9_-]+$/, 'Identificador de produto inválido.'),
  name: z.string().trim().min(1).max(120),
  personType: z.enum(['F', 'J']),
});
const connection = {
  url,
  email,
  /** Omitted keeps the imported CA; null removes it. */
  caPem: pem.nullable().optional(),
  spkiPin: pin.nullable(),
};
const idempotencyKey = z
  .string()
  .regex(/^[A-Za-z0-9-]{16,80}$/, 'Chave de consulta inválida; feche a janela e tente novamente.');

export const bureauChannels = {
  // Configurações → Bureau de crédito.
  'bureau.settings.get': channel<BureauSettingsView>()({
    input: empty,
    kind: 'query',
    permission: 'settings.bureau',
  }),
  'bureau.settings.save': channel<BureauSettingsView>()({
    input: z.object({
      ...connection,
      /** Omitted or null keeps the saved password. */
      password: password.nullable().optional(),
      products: z.array(product).max(200),
      defaultProductF: z.string().max(40).nullable(),
      defaultProductJ: z.string().max(40).nullable(),
      receivablesDailySync: z.boolean(),
    }),
    kind: 'mutation',
    permission: 'settings.bureau',
  }),
  /** The "…" button: logs in with the typed (or saved) credentials and returns the account's products. */
  'bureau.settings.fetchProducts': channel<BureauProduct[]>()({
    input: z.object({ ...connection, password: password.nullable().optional() }),
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
    input: z.object({ clientId: id, productId: product.shape.id, idempotencyKey }),
    kind: 'mutation',
    permission: 'clients.bureauQuery',
  }),
  /**
   * "Visualizar última consulta" of a query made on another desktop: the bureau is asked to
   * reuse the result it holds (reutilizarDadosExistentes), which runs no new query.
   */
  'bureau.query.fetchShared': channel<BureauRunOutcome>()({
    input: z.object({ clientId: id, productId: product.shape.id, idempotencyKey }),
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

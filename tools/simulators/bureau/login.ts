import type { SimulatorContext } from './context';
import { DEMO_USER, PRODUCTS } from './fixtures';
import { errorReply, jsonReply, type IncomingCall, type Reply } from './http-io';

function readCredentials(call: IncomingCall): { email: string; senha: string } | null {
  if (call.body.kind !== 'json') return null;
  const body = call.body.value as { email?: unknown; senha?: unknown } | null;
  if (typeof body?.email !== 'string' || typeof body.senha !== 'string') return null;
  if (body.email.trim() === '' || body.senha === '') return null;
  return { email: body.email, senha: body.senha };
}

/** `POST /api/v3/conta/entrar` (and the older `/api/v1/...`), deps-api.md §2. */
export function handleLogin(context: SimulatorContext, call: IncomingCall): Reply {
  const credentials = readCredentials(call);
  if (!credentials) {
    return errorReply(400, 'CAMPOS_OBRIGATORIOS', 'Informe o e-mail e a senha.');
  }
  const emailMatches = credentials.email.trim().toLowerCase() === context.email.toLowerCase();
  if (!emailMatches || credentials.senha !== context.password) {
    return errorReply(400, 'USUARIO_SENHA_INVALIDO', 'Usuário ou senha inválidos.');
  }
  const accessToken = context.tokens.issue({
    userId: DEMO_USER.id,
    email: context.email,
    userName: DEMO_USER.nome,
    clientId: DEMO_USER.clienteId,
    clientDocument: DEMO_USER.clienteDocumento,
    role: DEMO_USER.permissao,
    productNames: PRODUCTS.map((product) => product.nome),
  });
  return jsonReply(200, {
    access_token: accessToken,
    expires_in: context.tokenTtlSeconds,
    user: {
      id: DEMO_USER.id,
      nome: DEMO_USER.nome,
      email: context.email,
      telefone: DEMO_USER.telefone,
      ativo: DEMO_USER.ativo,
      clienteId: DEMO_USER.clienteId,
      permissao: DEMO_USER.permissao,
    },
    produtos: PRODUCTS.map(({ identificador, nome, tipoPessoa }) => ({ identificador, nome, tipoPessoa })),
  });
}

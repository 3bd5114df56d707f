import { msg } from './define';

/** Floor mode, accounts: logins and user administration need the central database. */
export const floorAccountsMessages = {
  'floorAccounts.unreachable': msg(
    'FLOOR_UNREACHABLE',
    () =>
      'Sem conexão com o banco central. Quem já entrou continua consultando; para entrar ou alterar usuários e grupos, aguarde a conexão voltar ou fale com a equipe de TI.',
  ),
};

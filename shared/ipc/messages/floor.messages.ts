import { msg } from './define';

/** Floor mode: the central PostgreSQL database every desktop of a call center shares. */
export const floorMessages = {
  'floor.schemaNewer': msg(
    'FLOOR_SCHEMA_NEWER',
    (d: { found: number; known: number }) =>
      `O banco central está na versão ${d.found} e este computador conhece até a ${d.known}. Atualize a Central de Atendimento neste computador; nada foi alterado no banco.`,
  ),
  'floor.otherCompany': msg(
    'FLOOR_OTHER_COMPANY',
    (d: { found: string }) =>
      `Este banco central pertence a outra empresa (${d.found}). Confira o nome do banco com a equipe de TI; nada foi alterado.`,
  ),
  /** Floor secrets (f4): the floor key of the machine policy seals every shared password. */
  'floor.keyMissing': msg(
    'SECRET_UNREADABLE',
    (d: { problem: string | null }) =>
      'Este computador não tem a chave do banco central (campo "floorKey" ou "floorKeyFile" da política da empresa)' +
      (d.problem ? `: ${d.problem}` : '.') +
      ' As senhas compartilhadas não podem ser lidas nem salvas aqui; peça à equipe de TI para instalar a chave. A senha salva não foi alterada.',
  ),
  'floor.keyMismatch': msg(
    'SECRET_UNREADABLE',
    () =>
      'A chave do banco central deste computador é diferente da usada pelos outros computadores. Peça à equipe de TI a chave correta; a senha salva não foi alterada.',
  ),
  'floor.secretUnreadable': msg(
    'SECRET_UNREADABLE',
    () =>
      'A senha salva no banco central está danificada ou não foi cifrada com a chave do banco central. Um administrador deve digitá-la novamente.',
  ),
  'floor.secretNotShared': msg(
    'ENCRYPTION_UNAVAILABLE',
    () =>
      'A senha salva neste computador foi cifrada só para ele e não pode ir para o banco central. Digite a senha novamente para salvá-la para todos os computadores.',
  ),
  'floor.settingsUnreachable': msg(
    'FLOOR_UNREACHABLE',
    () =>
      'Sem conexão com o banco central: a configuração não foi salva. Tente novamente quando a conexão voltar.',
  ),
};

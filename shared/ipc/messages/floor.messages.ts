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
  'floor.keyOutdated': msg(
    'SECRET_UNREADABLE',
    () =>
      'A equipe de TI trocou a chave do banco central e este computador ainda tem só a anterior. Peça à TI a chave nova (campo "floorKey"; a anterior pode ficar em "floorKeyPrevious" durante a troca); a senha salva não foi alterada.',
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
  'floor.unreachable': msg(
    'FLOOR_UNREACHABLE',
    () =>
      'Sem conexão com o banco central. Nada foi gravado; o que você digitou fica guardado como rascunho. Tente de novo quando a conexão voltar.',
  ),
  'floor.serverUnreachable': msg(
    'FLOOR_UNREACHABLE',
    (d: { host: string; port: number }) =>
      `Servidor inacessível: ${d.host}:${d.port} não respondeu. Confira o nome do servidor, a porta e se a rede ou o firewall permitem a conexão.`,
  ),
  'floor.authFailed': msg(
    'FLOOR_AUTH_FAILED',
    (d: { user: string }) =>
      `Senha incorreta ou usuário "${d.user}" sem acesso ao banco central. Confira com a equipe de TI.`,
  ),
  'floor.tlsRefused': msg(
    'FLOOR_UNREACHABLE',
    (d: { reason: string }) =>
      `TLS recusado: a conexão segura com o banco central não foi aceita (${d.reason}). Confira o modo TLS e o certificado da CA.`,
  ),
  'floor.databaseMissing': msg(
    'FLOOR_UNREACHABLE',
    (d: { database: string }) =>
      `O banco "${d.database}" não existe neste servidor. Confira o nome do banco com a equipe de TI.`,
  ),
  'floor.notJoined': msg('CONFLICT', () => 'Este computador não está no banco central (modo local).'),
  'floor.importNotEmpty': msg(
    'CONFLICT',
    (d: { table: string }) =>
      `O banco central já tem dados (tabela ${d.table}); a importação só é feita num banco vazio. Nada foi importado.`,
  ),
  'floor.policyLocked': msg(
    'POLICY_LOCKED',
    (d: { policyFile: string | null }) =>
      `O banco central é definido pela política da máquina (${d.policyFile ?? 'arquivo de política'}); só a equipe de TI pode alterá-lo.`,
  ),
  'floor.probeEmpty': msg(
    'NOT_FOUND',
    () =>
      'Conexão ok. O banco central está vazio: pronto para importar os dados deste computador depois de entrar.',
  ),
  'floor.probeOk': msg(
    'NOT_FOUND',
    (d: { company: string }) => `Conexão ok. O banco central é da empresa ${d.company} e já tem dados.`,
  ),
};

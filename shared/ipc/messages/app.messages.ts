import { permissionLabel, type Permission } from '../../auth/permissions';
import { msg } from './define';

/** The request path itself: session, permission, input, the unexpected, the machine policy. */
export const appMessages = {
  'auth.forbidden': msg(
    'FORBIDDEN',
    (d: { permission: Permission }) =>
      `Você não tem a permissão "${permissionLabel(d.permission)}". Peça a um administrador.`,
  ),
  'auth.sessionEnded': msg('UNAUTHENTICATED', () => 'Sua sessão terminou. Entre novamente para continuar.'),
  'app.unknownChannel': msg(
    'UNKNOWN_CHANNEL',
    (d: { channel: string }) => `Operação desconhecida: ${d.channel}.`,
  ),
  /** The pt-BR sentences are the schemas' own (shared/ zod schemas and domain validators, shared with the forms). */
  'input.invalid': msg('VALIDATION', (d: { reasons: string[] }) => d.reasons.join(' ')),
  'input.cpfInvalid': msg('CPF_INVALID', (d: { reason: string }) => d.reason),
  'input.cnpjInvalid': msg('CNPJ_INVALID', (d: { reason: string }) => d.reason),
  'app.unexpected': msg(
    'INTERNAL',
    () => 'Ocorreu um erro inesperado. Nada foi alterado; tente novamente ou avise o suporte.',
  ),
  /** An installation defect (the packaged migrations folder is missing), told to whoever installs. */
  'app.migrationsMissing': msg(
    'INTERNAL',
    (d: { searched: string[] }) => `Migrações não encontradas (procurado em: ${d.searched.join(', ')})`,
  ),
  'app.policyLocked': msg(
    'POLICY_LOCKED',
    (d: { setting: string; policyFile: string | null }) =>
      `${d.setting} é definido pela política da empresa (${d.policyFile}) e não pode ser alterado aqui. ` +
      'Peça à equipe de TI para mudar o arquivo de política.',
  ),
  'web.refused': msg('FORBIDDEN', () => 'Acesso recusado pelo servidor local. Recarregue a página.'),
  'web.unreachable': msg('INTERNAL', () => 'Sem comunicação com o serviço local da Central de Atendimento.'),
  'secrets.otherWindowsUser': msg(
    'SECRET_UNREADABLE',
    () =>
      'A senha salva foi cifrada por outro usuário do Windows ou outro perfil e não pode ser lida aqui. Digite-a novamente.',
  ),
  'secrets.keyLost': msg(
    'SECRET_UNREADABLE',
    () =>
      'A senha salva não pode ser lida neste computador (outra instalação ou chave perdida). Digite-a novamente.',
  ),
  /** `reason` is the secret store's own availability text (also shown in the settings screens). */
  'secrets.encryptionUnavailable': msg('ENCRYPTION_UNAVAILABLE', (d: { reason: string }) => d.reason),
  /** A job worker stopped without an answer; `hint` says what survived (see WORKER_HINTS). */
  'jobs.workerDied': msg(
    'INTERNAL',
    (d: { label: string; exitCode: number; hint: WorkerHint }) =>
      `A tarefa "${d.label}" parou inesperadamente (código ${d.exitCode}). ${WORKER_HINTS[d.hint]}`,
  ),
  'jobs.workerStartFailed': msg(
    'INTERNAL',
    (d: { label: string; reason: string }) =>
      `Não foi possível iniciar a tarefa "${d.label}" em segundo plano (${d.reason}).`,
  ),
};

/** What a dead job worker leaves behind, by job kind. */
const WORKER_HINTS = {
  resumable: 'O que já foi gravado está salvo; a próxima execução continua de onde parou.',
  exportLost: 'Nada foi salvo; gere o arquivo novamente.',
  snapshotLost: 'Nenhum envio foi registrado; a próxima execução refaz o retrato e envia uma única vez.',
} as const;
export type WorkerHint = keyof typeof WORKER_HINTS;

import { msg } from './define';

const waitText = (waitMs: number): string => {
  const seconds = Math.ceil(waitMs / 1000);
  return seconds >= 120 ? `${Math.ceil(seconds / 60)} min` : `${seconds} s`;
};

/** Login, first setup, users and groups. */
export const authMessages = {
  'auth.adminExists': msg('CONFLICT', () => 'O administrador já foi criado. Entre com seu login e senha.'),
  'auth.userDisabled': msg('LOGIN_FAILED', () => 'Este usuário está desativado. Fale com um administrador.'),
  'auth.wrongCredentials': msg('LOGIN_FAILED', () => 'Login ou senha incorretos.'),
  'auth.throttled': msg(
    'LOGIN_THROTTLED',
    (d: { waitMs: number }) =>
      `Muitas tentativas sem sucesso. Aguarde ${waitText(d.waitMs)} e tente novamente.`,
  ),
  'users.passwordTooShort': msg(
    'VALIDATION',
    () => 'Informe uma senha de pelo menos 8 caracteres para o novo usuário.',
  ),
  'users.loginTaken': msg(
    'CONFLICT',
    (d: { login: string }) => `Já existe um usuário com o login "${d.login}".`,
  ),
  'users.groupGone': msg('NOT_FOUND', () => 'Um dos grupos escolhidos não existe mais. Atualize a tela.'),
  'users.userNotFound': msg('NOT_FOUND', () => 'Usuário não encontrado.'),
  'users.lastAdmin': msg(
    'CONFLICT',
    () =>
      'Não é possível: ficaria sem nenhum administrador ativo com a permissão "Configurações - Usuários e grupos".',
  ),
  'users.groupNameTaken': msg('CONFLICT', (d: { name: string }) => `Já existe um grupo chamado "${d.name}".`),
  'users.groupNotFound': msg('NOT_FOUND', () => 'Grupo não encontrado.'),
  'users.groupHasMembers': msg(
    'CONFLICT',
    (d: { name: string; memberCount: number }) =>
      `O grupo "${d.name}" ainda tem ${d.memberCount} usuário(s). Retire-os do grupo antes de excluí-lo.`,
  ),
};

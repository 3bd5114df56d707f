/**
 * The fixed list of permissions. Keys are stable identifiers stored in the database;
 * labels are what admins read in Configurações → Usuários e grupos.
 */
export const PERMISSIONS = {
  'clients.bureauQuery': 'Clientes - Permite utilizar consulta Deps',
  'clients.edit': 'Clientes - Editar cadastro',
  'clients.editCredit': 'Clientes - Editar situação/limite de crédito',
  'clients.files': 'Clientes - Anexar e excluir arquivos',
  'creditRelease.release': 'Crédito - Liberar pedidos bloqueados',
  'settings.bureau': 'Configurações - Credenciais do bureau',
  'settings.erp': 'Configurações - Integração ERP',
  'settings.users': 'Configurações - Usuários e grupos',
  'settings.email': 'Configurações - E-mail',
  'panel.view': 'Painel - Visão da operação',
} as const;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export const permissionLabel = (p: Permission): string => PERMISSIONS[p];

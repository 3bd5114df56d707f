/**
 * What Auditoria and Histórico show for an audit row: the thing changed by the name a person
 * knows it by, and the action as a pt-BR sentence. Older rows kept codes ("run_now", "update")
 * and ids ("settings #integration"); they are read through the same labels, so nothing is rewritten.
 */

/** Settings keys written as entity ids by the settings screens. */
const SETTING_LABEL: Record<string, string> = {
  integration: 'Integração',
  erp: 'Conexão com o ERP',
  bureau: 'Bureau de crédito',
  email: 'E-mail',
  'integration.maxHoursWithoutSuccess': 'Tempo máximo sem sucesso da integração',
  'receivables.syncHost': 'Computador que envia as contas a receber',
  credit_confirm_above_cents: 'Confirmação de aumentos de limite',
};

/** Action codes older versions wrote; new rows carry the sentence itself. */
const LEGACY_ACTION: Record<string, Record<string, string>> = {
  erp_sync: {
    run_now: 'Sincronização com o ERP iniciada manualmente (Sincronizar agora)',
    cancel: 'Sincronização com o ERP cancelada',
  },
  settings: { update: 'Configurações do ERP alteradas' },
};

export function auditActionLabel(entity: string, action: string): string {
  return LEGACY_ACTION[entity]?.[action] ?? action;
}

/** `name` is the current name of a client, user or group (null when it no longer exists). */
export function auditSubject(entity: string, entityId: string, name: string | null): string {
  switch (entity) {
    case 'client':
      return name === null ? `Cliente nº ${entityId} (excluído)` : `Cliente ${name}`;
    case 'user':
      return name === null ? `Usuário nº ${entityId} (excluído)` : `Usuário ${name}`;
    case 'group':
      return name === null ? `Grupo nº ${entityId} (excluído)` : `Grupo ${name}`;
    case 'settings':
    case 'setting':
      return `Configuração: ${SETTING_LABEL[entityId] ?? entityId}`;
    case 'erp_sync':
      return `Sincronização com o ERP nº ${entityId}`;
    case 'receivables_export':
      return `Envio de contas a receber ao bureau nº ${entityId}`;
    case 'database':
      return `Backup ${entityId}`;
    case 'credit_order':
      return `Pedido ${entityId}`;
    default:
      return `${entity} ${entityId}`;
  }
}

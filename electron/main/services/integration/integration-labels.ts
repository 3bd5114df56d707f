/** pt-BR names shared by the run log, its text file and the workbook. */
import type { IntegrationJob, IntegrationRunStatus } from '../../../../shared/ipc/dto/integration';

export function directionLabel(source: IntegrationJob, direction: string): string {
  if (source === 'email') return 'Envio (Central → servidor de e-mail)';
  if (source === 'erpOutbox') return 'Envio (Central → ERP)';
  if (direction === 'recebimento') return source === 'erp' ? 'Recebimento (ERP → Central)' : 'Recebimento';
  if (direction === 'envio') return source === 'bureau' ? 'Envio (Central → bureau)' : 'Envio';
  return direction;
}

export const RUN_STATUS_LABEL: Record<IntegrationRunStatus, string> = {
  success: 'Sucesso',
  error: 'Erro',
  running: 'Em andamento',
  partial: 'Parcial',
};

export const TRIGGER_LABEL = {
  schedule: 'agendada',
  catch_up: 'recuperada (computador desligado no horário)',
  manual: 'manual',
} as const;

import type { IntegrationOverview } from '../../../../shared/ipc/dto/integration';
import { formatDateTimeBR } from '../../../ui/format';
import { formatBytes, formatDurationBR } from '../format';
import styles from './OverviewGrid.module.css';

const yesNo = (v: boolean) => (v ? 'Sim' : 'Não');

function deploymentText(d: IntegrationOverview['deployment']): string {
  if (d.state === 'not_configured') return 'Não iniciada: configure a conexão com o ERP abaixo';
  if (d.state === 'initial_load')
    return `Carga inicial em andamento (${d.tablesLoaded} de ${d.tablesTotal} tabelas lidas por completo)`;
  return 'Concluída';
}

function Field({
  label,
  value,
  testId,
  hint,
}: {
  label: string;
  value: string;
  testId: string;
  hint?: string;
}) {
  return (
    <div className={styles.fact}>
      <dt>{label}</dt>
      <dd data-testid={testId} title={hint}>
        {value}
      </dd>
    </div>
  );
}

/**
 * The facts at the top of Informações Gerais, two pairs a row: one grid, so a label that wraps
 * keeps both columns of its row aligned.
 */
export function OverviewGrid({ o, identityError }: { o: IntegrationOverview; identityError: string | null }) {
  const checked = o.erp ? `consultado em ${formatDateTimeBR(o.erp.checkedAt)}` : undefined;
  const unknown = identityError ? 'Não informado (o ERP não respondeu)' : '—';
  const db = o.database;
  return (
    <dl className={styles.grid}>
      <Field label="Tipo de integração" value={o.integrationType} testId="overview-type" />
      <Field
        label="Tamanho do banco de dados da integração"
        value={formatBytes(db.totalBytes)}
        testId="overview-db-size"
        hint={`Arquivo: ${formatBytes(db.mainBytes)}; registro de gravações (WAL): ${formatBytes(db.walBytes)}`}
      />
      <Field label="ERP" value={o.erp?.erpName ?? unknown} testId="overview-erp" hint={checked} />
      <Field
        label="Versão do ERP"
        value={o.erp ? `${o.erp.erpVersion} (API ${o.erp.apiVersion})` : unknown}
        testId="overview-erp-version"
        hint={checked}
      />
      <Field
        label="Situação da implantação"
        value={deploymentText(o.deployment)}
        testId="overview-deployment"
      />
      <Field
        label="Próximo envio de contas a receber ao bureau"
        value={o.nextReceivablesRunAt ? formatDateTimeBR(o.nextReceivablesRunAt) : 'Desligado'}
        testId="overview-next-bureau"
      />
      <Field label="Ativo" value={yesNo(o.active)} testId="overview-active" />
      <Field label="Agendado" value={yesNo(o.scheduled)} testId="overview-scheduled" />
      <Field
        label="Próxima integração agendada"
        value={o.nextRunAt ? formatDateTimeBR(o.nextRunAt) : 'Não agendada'}
        testId="overview-next-run"
        hint="Horário de Brasília"
      />
      <Field
        label="Duração média"
        value={o.averageDurationMs === null ? '—' : formatDurationBR(o.averageDurationMs)}
        testId="overview-average"
        hint="Das últimas 10 sincronizações concluídas com sucesso"
      />
    </dl>
  );
}

import type { BureauDecisionView } from '../../../shared/ipc/dto/bureau';
import { Badge } from '../../ui/Badge';
import { formatBRL, formatDateTimeBR } from '../../ui/format';
import { BlockNote } from './BlockState';
import { RestrictionList } from './RestrictionList';
import styles from './DecisionView.module.css';
import noticeCss from '../../ui/notices.module.css';

/** What the agent decides on, in the order the bureau's own advice recommends (deps-api.md §4.5). */
export function DecisionView({ decision }: { decision: BureauDecisionView | null }) {
  if (!decision) {
    return (
      <p className="error-note" role="alert">
        A resposta do bureau foi guardada, mas não pôde ser lida. Nenhuma informação dela é mostrada como
        válida.
      </p>
    );
  }
  const { opinion, classification, score } = decision;
  return (
    <div>
      {decision.partial && (
        <p className={noticeCss.warn} role="alert">
          Resultado parcial:{' '}
          {decision.blocksWithErrors.length ? decision.blocksWithErrors.join(', ') : 'algum bloco'} falhou no
          bureau. O que falhou está marcado abaixo e não significa &quot;nada consta&quot;.
        </p>
      )}
      <p className="muted">
        {decision.subjectName ?? 'Consultado'}
        {decision.productName ? ` · ${decision.productName}` : ''}
        {decision.consultedAt ? ` · ${formatDateTimeBR(decision.consultedAt)}` : ''}
      </p>
      <dl className={styles.kpis}>
        <div data-testid="decision-opinion" data-state={opinion.state}>
          <dt>Parecer</dt>
          <dd>
            {opinion.state === 'found' && opinion.approved !== null ? (
              <Badge tone={opinion.approved ? 'ok' : 'bad'}>
                {opinion.approved ? 'Aprovado' : 'Reprovado'}
              </Badge>
            ) : (
              <BlockNote status={opinion} />
            )}
            {opinion.reason && <span className={styles.reason}>{opinion.reason}</span>}
          </dd>
        </div>
        <div data-testid="decision-classification" data-state={classification.state}>
          <dt>Classificação · limite sugerido</dt>
          <dd>
            {classification.state === 'found' ? (
              <>
                {classification.classification ?? '—'} ·{' '}
                <strong>
                  {classification.suggestedLimitCents !== null
                    ? formatBRL(classification.suggestedLimitCents)
                    : '—'}
                </strong>
              </>
            ) : (
              <BlockNote status={classification} />
            )}
          </dd>
        </div>
        <div data-testid="decision-score" data-state={score.state}>
          <dt>Score · risco</dt>
          <dd>
            {score.state === 'found' ? (
              <>
                {score.score ?? '—'} · {score.risk ?? '—'}
                {score.paymentProbability !== null && (
                  <span className="muted"> ({score.paymentProbability}% de probabilidade de pagamento)</span>
                )}
              </>
            ) : (
              <BlockNote status={score} />
            )}
          </dd>
        </div>
      </dl>
      <RestrictionList blocks={decision.restrictions} />
    </div>
  );
}

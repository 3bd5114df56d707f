import type { PolicyView } from '../../../shared/ipc/dto/policy';
import styles from './PolicyNotes.module.css';
import fieldsCss from '../../ui/fields.module.css';

/** Shown under an input the machine policy sets. */
export function PolicyLockNote() {
  return (
    <p className={`muted ${styles.lock}`} data-testid="policy-lock">
      Definido pela política da empresa.
    </p>
  );
}

/** The policy's invalid fields, for the admin: each message names the file and the field. */
export function PolicyProblems({ policy }: { policy: PolicyView | null }) {
  if (!policy || policy.problems.length === 0) return null;
  return (
    <div className={styles.problems} role="alert" data-testid="policy-problems">
      <strong>A política da empresa tem problemas; o que está válido foi aplicado.</strong>
      <ul>
        {policy.problems.map((p, i) => (
          <li key={i}>{p.message}</li>
        ))}
      </ul>
    </div>
  );
}

const shown = (value: string | boolean) =>
  value === true ? 'ligada' : value === false ? 'desligada' : value;

/** Sobre: what the policy sets on this computer and where it was read from. */
export function PolicySection({ policy }: { policy: PolicyView | null }) {
  if (!policy) return null;
  return (
    <div className={styles.section} data-testid="policy-section">
      <h3>Política da empresa</h3>
      {!policy.file && <p className="muted">Nenhum arquivo de política neste computador.</p>}
      {policy.file && (
        <p className="muted">
          Arquivo: <span className="mono">{policy.file}</span>
          {policy.found ? '' : ' (não encontrado: nada é definido pela política)'}
        </p>
      )}
      {policy.locked.length > 0 && (
        <dl className={fieldsCss.list}>
          {policy.locked.map((l) => (
            <div className={fieldsCss.field} key={l.field}>
              <dt>{l.label}</dt>
              <dd className="mono">{shown(l.value)}</dd>
            </div>
          ))}
        </dl>
      )}
      <PolicyProblems policy={policy} />
    </div>
  );
}

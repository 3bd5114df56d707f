import { useState } from 'react';
import { ErpSettingsForm } from '../settings';
import { BureauSection } from '../settings';
import { useAuth } from '../auth/store';
import { FirstSyncStep } from './FirstSyncStep';
import styles from './FirstRunWizard.module.css';

type Step = 'erp' | 'bureau' | 'sync';
const TITLES: Record<Step, string> = {
  erp: 'Etapa 2 de 4 — Conexão com o ERP',
  bureau: 'Etapa 3 de 4 — Bureau de crédito (opcional)',
  sync: 'Etapa 4 de 4 — Primeira sincronização',
};

/**
 * First run of an installed console, after the administrator exists: ERP URL and token (with
 * "Testar conexão"), optionally the bureau, then the first sync. Resumes at the right step.
 */
export function FirstRunWizard({ onLater }: { onLater: () => void }) {
  const setup = useAuth((s) => s.status?.setup);
  const load = useAuth((s) => s.load);
  const [step, setStep] = useState<Step>(setup?.erpConfigured ? 'sync' : 'erp');
  return (
    <main className={styles.page}>
      <div className={styles.card} role="region" aria-label="Configuração inicial">
        <h1>Configuração inicial</h1>
        <h2>{TITLES[step]}</h2>
        {step === 'erp' && (
          <>
            <ErpSettingsForm onSaved={() => void load()} />
            <div className={styles.actions}>
              <button
                type="button"
                className="primary"
                disabled={!setup?.erpConfigured}
                onClick={() => setStep('bureau')}
              >
                Avançar
              </button>
            </div>
          </>
        )}
        {step === 'bureau' && (
          <>
            <BureauSection />
            <div className={styles.actions}>
              <button type="button" onClick={() => setStep('sync')}>
                Pular (configurar depois)
              </button>
              <button type="button" className="primary" onClick={() => setStep('sync')}>
                Avançar
              </button>
            </div>
          </>
        )}
        {step === 'sync' && <FirstSyncStep onDone={onLater} />}
        <button type="button" className={`link ${styles.later}`} onClick={onLater}>
          Continuar depois (os dados ficam incompletos até a primeira sincronização)
        </button>
      </div>
    </main>
  );
}

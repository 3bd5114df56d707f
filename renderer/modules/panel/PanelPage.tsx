import { AbcSection } from './AbcSection';
import { ConsumptionSection } from './ConsumptionSection';
import { CreditReleaseSlot } from './CreditReleaseSlot';
import { HealthSection } from './HealthSection';
import styles from './Panel.module.css';

/** Painel (permission "Painel - Visão da operação"): what a supervisor looks at, not reads, first. */
export function PanelPage() {
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>Painel</h1>
      <CreditReleaseSlot />
      <ConsumptionSection />
      <HealthSection />
      <AbcSection />
    </div>
  );
}

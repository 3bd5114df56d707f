import type { Permission } from '../../shared/auth/permissions';
import { useAuth } from '../modules/auth/store';
import { AboutSection } from '../modules/settings/AboutSection';
import { AuditSection } from '../modules/settings/AuditSection';
import { IntegrationPage } from '../modules/integration/IntegrationPage';
import { BureauSection } from '../modules/settings/BureauSection';
import { BackupsSection } from '../modules/settings/BackupsSection';
import { ReceivablesSection } from '../modules/settings/ReceivablesSection';
import { UsersGroupsSection } from '../modules/settings/UsersGroupsSection';
import { PolicyProblems, PolicySection } from '../modules/settings/PolicyNotes';
import { usePolicy } from '../modules/settings/usePolicy';
import { EmailSection } from '../modules/settings/EmailSection';
import { useWorkspace } from '../modules/workspace/store';
import styles from './SettingsPage.module.css';
import { BureauBudgetSection } from '../modules/panel';
import { FloorSection } from '../modules/floor';

interface Section {
  key: string;
  label: string;
  permission?: Permission;
}

const SECTIONS: Section[] = [
  { key: 'bureau', label: 'Bureau de crédito', permission: 'settings.bureau' },
  { key: 'erp', label: 'Integração → Dados ERP', permission: 'settings.erp' },
  { key: 'users', label: 'Usuários e grupos', permission: 'settings.users' },
  { key: 'audit', label: 'Auditoria', permission: 'settings.users' },
  { key: 'email', label: 'E-mail', permission: 'settings.email' },
  { key: 'about', label: 'Sobre' },
  { key: 'backups', label: 'Backups', permission: 'settings.users' },
  { key: 'floor', label: 'Banco central', permission: 'settings.users' },
];

/** Configurações: sections the user may not use are not shown at all. */
export function SettingsPage({ section }: { section?: string }) {
  const permissions = useAuth((s) => s.status?.user?.permissions ?? []);
  const show = useWorkspace((s) => s.show);
  const { policy } = usePolicy();
  const visible = SECTIONS.filter((s) => !s.permission || permissions.includes(s.permission));
  const active = visible.find((s) => s.key === section) ?? visible[0];
  return (
    <div className={styles.page}>
      <nav className={styles.nav} aria-label="Seções de configuração">
        <h1 className={styles.title}>Configurações</h1>
        {visible.map((s) => (
          <button
            key={s.key}
            type="button"
            className={s.key === active?.key ? `${styles.link} ${styles.active}` : styles.link}
            aria-current={s.key === active?.key ? 'page' : undefined}
            onClick={() => show({ kind: 'settings', section: s.key })}
          >
            {s.label}
          </button>
        ))}
      </nav>
      <section className={styles.body} aria-label={active?.label}>
        {active?.key !== 'about' && <PolicyProblems policy={policy} />}
        {active?.key === 'users' && <UsersGroupsSection />}
        {active?.key === 'audit' && <AuditSection />}
        {active?.key === 'about' && <AboutSection />}
        {active?.key === 'about' && <PolicySection policy={policy} />}
        {active?.key === 'bureau' && <BureauSection />}
        {active?.key === 'bureau' && <ReceivablesSection />}
        {active?.key === 'bureau' && <BureauBudgetSection />}
        {active?.key === 'erp' && <IntegrationPage />}
        {active?.key === 'backups' && <BackupsSection />}
        {active?.key === 'email' && <EmailSection />}
        {active?.key === 'floor' && <FloorSection />}
      </section>
    </div>
  );
}

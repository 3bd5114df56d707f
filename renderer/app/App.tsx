import { useEffect, useState } from 'react';
import { useAuth } from '../modules/auth/store';
import { LoginScreen } from '../modules/auth/LoginScreen';
import { SetupScreen } from '../modules/auth/SetupScreen';
import { FirstRunWizard } from '../modules/setup/FirstRunWizard';
import { CorruptionScreen, useDatabaseCorrupt } from '../modules/database';
import { Shell } from './Shell';

/** Boot: a database the app cannot trust, first-run setup (admin, ERP, bureau, first sync), login, or the console. */
export function App() {
  const { status, fatal, load } = useAuth();
  // "Continuar depois" lasts for this session; the next start offers the setup again.
  const [setupLater, setSetupLater] = useState(false);
  const corrupt = useDatabaseCorrupt();
  useEffect(() => {
    void load();
  }, [load]);

  // Damage found while running; a file refused at start keeps the fatal screen below (no core to restore with).
  if (corrupt) return <CorruptionScreen status={status} />;
  if (fatal) {
    return (
      <div className="fatal" role="alert">
        <h1>Não foi possível abrir os dados da Central de Atendimento</h1>
        <p>{fatal.message}</p>
      </div>
    );
  }
  if (!status) return <div className="loading">Carregando…</div>;
  if (status.needsSetup) return <SetupScreen />;
  if (!status.user) return <LoginScreen demoCredentials={status.demoCredentials} />;
  if (!status.setup.firstSyncDone && !setupLater && status.user.permissions.includes('settings.erp'))
    return <FirstRunWizard onLater={() => setSetupLater(true)} />;
  return <Shell />;
}

import { useEffect } from 'react';
import { useAuth } from '../modules/auth/store';
import { LoginScreen } from '../modules/auth/LoginScreen';
import { SetupScreen } from '../modules/auth/SetupScreen';
import { CorruptionScreen } from '../modules/database/CorruptionScreen';
import { useDatabaseHealth } from '../modules/database/store';
import { Shell } from './Shell';

/** Boot: a database the app cannot trust, first-run setup, login, or the console. */
export function App() {
  const { status, fatal, load } = useAuth();
  const corrupt = useDatabaseHealth((s) => s.corrupt);
  const loadHealth = useDatabaseHealth((s) => s.load);
  const watchHealth = useDatabaseHealth((s) => s.watch);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    void loadHealth();
    return watchHealth();
  }, [loadHealth, watchHealth]);

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
  return <Shell />;
}

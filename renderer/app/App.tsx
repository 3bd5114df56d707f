import { useEffect } from 'react';
import { useAuth } from '../modules/auth/store';
import { LoginScreen } from '../modules/auth/LoginScreen';
import { SetupScreen } from '../modules/auth/SetupScreen';
import { Shell } from './Shell';

/** Boot: a database the app cannot trust, first-run setup, login, or the console. */
export function App() {
  const { status, fatal, load } = useAuth();
  useEffect(() => {
    void load();
  }, [load]);

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

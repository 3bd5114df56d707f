import type { AuthStatus } from '../../../shared/ipc/dto/auth';
import { LoginScreen } from '../auth';
import { BackupList } from './BackupList';

/**
 * The one screen shown once main finds the database damaged: nothing more is written, and an
 * administrator restores the last good backup from here (after logging in, if nobody is).
 */
export function CorruptionScreen({ status }: { status: AuthStatus | null }) {
  const user = status?.user ?? null;
  const canRestore = user?.permissions.includes('settings.users') ?? false;
  return (
    <main>
      <div className="fatal" role="alert" aria-label="Banco de dados danificado">
        <h1>O banco de dados deste computador está danificado</h1>
        <p>
          Para não piorar o dano, a Central de Atendimento parou de gravar. Nada do que estava salvo foi
          apagado: restaurar um backup traz os dados da data do backup, e o arquivo danificado é guardado à
          parte para o suporte.
        </p>
        {canRestore ? (
          <BackupList />
        ) : user ? (
          <p>
            Peça a um administrador (permissão &quot;Configurações - Usuários e grupos&quot;) para restaurar
            um backup.
          </p>
        ) : (
          <>
            <p>Um administrador deve entrar para restaurar um backup.</p>
            <LoginScreen demoCredentials={[]} embedded />
          </>
        )}
      </div>
    </main>
  );
}

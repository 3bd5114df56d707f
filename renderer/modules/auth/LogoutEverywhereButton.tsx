import { useWorkspace } from '../workspace/store';
import { useAuth } from './store';
import fieldsCss from '../../ui/fields.module.css';

/** Ends the user's sessions in every window and browser and forgets every "manter conectado". */
export function LogoutEverywhereButton() {
  const logoutEverywhere = useAuth((s) => s.logoutEverywhere);
  return (
    <div className={fieldsCss.field}>
      <dt>Sessões</dt>
      <dd>
        <button
          type="button"
          onClick={() => {
            if (
              !window.confirm('Sair de todos os dispositivos? Todas as suas janelas voltarão para o login.')
            )
              return;
            useWorkspace.getState().reset();
            void logoutEverywhere();
          }}
        >
          Sair de todos os dispositivos
        </button>{' '}
        <span className="muted">Encerra todas as janelas e esquece todos os “manter conectado”.</span>
      </dd>
    </div>
  );
}

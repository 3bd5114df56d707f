import { useFloorStatus } from './useFloorStatus';
import styles from './FloorOfflineBanner.module.css';

/** While the central database cannot be reached: local reads work, shared writes wait. */
export function FloorOfflineBanner() {
  const status = useFloorStatus();
  if (!status || (status.state !== 'offline' && status.state !== 'refused')) return null;
  return (
    <div className={styles.banner} role="alert" data-testid="floor-offline">
      <strong>Sem conexão com o banco central — somente leitura</strong>
      {status.state === 'refused' && status.reason && <span> {status.reason}</span>}
      {status.state === 'offline' && (
        <span> A consulta de clientes continua funcionando; o que for digitado fica como rascunho.</span>
      )}
    </div>
  );
}

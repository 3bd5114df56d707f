import { Toast } from 'radix-ui';
import styles from './Toaster.module.css';
import { useToasts } from './toast-store';

/**
 * The toasts of the whole app (Radix: a polite live region, F8 reaches them, Esc or × dismisses).
 * An error stays until dismissed; a confirmation goes after five seconds.
 */
export function Toaster() {
  const { items, dismiss } = useToasts();
  return (
    <Toast.Provider label="Notificação" duration={5000}>
      {items.map((t) => (
        <Toast.Root
          key={t.id}
          className={`${styles.toast} ${t.tone === 'bad' ? styles.bad : t.tone === 'ok' ? styles.ok : ''}`}
          type={t.tone === 'bad' ? 'foreground' : 'background'}
          duration={t.tone === 'bad' ? Infinity : undefined}
          onOpenChange={(open) => !open && dismiss(t.id)}
          data-testid="toast"
        >
          <Toast.Description className={styles.message}>{t.message}</Toast.Description>
          <Toast.Close className={styles.close} aria-label="Fechar notificação">
            ×
          </Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className={styles.viewport} label="Notificações ({hotkey})" />
    </Toast.Provider>
  );
}

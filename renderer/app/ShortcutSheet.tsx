import { Dialog } from '../ui/Dialog';
import { useFocusFirst } from '../ui/useFocusFirst';
import type { View } from '../modules/workspace/store';
import { SCREEN_NAMES, shortcutsFor, type Shortcut } from './shortcuts';
import styles from './ShortcutSheet.module.css';

/** "?" / F1: every shortcut of the screen being shown, then the console-wide ones. */
export function ShortcutSheet({ view, onClose }: { view: View['kind']; onClose: () => void }) {
  const { screen, everywhere } = shortcutsFor(view);
  const close = useFocusFirst<HTMLButtonElement>();
  return (
    <Dialog
      title={`Atalhos do teclado: ${SCREEN_NAMES[view]}`}
      onClose={onClose}
      footer={
        <button type="button" className="primary" ref={close} onClick={onClose}>
          Fechar atalhos
        </button>
      }
    >
      {screen.length > 0 && <ShortcutTable caption={`Nesta tela (${SCREEN_NAMES[view]})`} items={screen} />}
      <ShortcutTable caption="Em qualquer tela" items={everywhere} />
    </Dialog>
  );
}

function ShortcutTable({ caption, items }: { caption: string; items: Shortcut[] }) {
  return (
    <table className={styles.table} data-testid="shortcut-table">
      <caption className={styles.caption}>{caption}</caption>
      <thead className={styles.hidden}>
        <tr>
          <th scope="col">Teclas</th>
          <th scope="col">O que fazem</th>
        </tr>
      </thead>
      <tbody>
        {items.map((s) => (
          <tr key={`${s.scope}:${s.keys.join('+')}:${s.label}`}>
            <td className={styles.keys}>
              {s.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && ' ou '}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </td>
            <td>{s.label}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

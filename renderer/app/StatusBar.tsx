import { useEffect, useState } from 'react';
import { call } from '../lib/api';

const POLL_MS = 5 * 60_000;

/** The console's status bar: integration alerts every agent should notice (e.g. receivables not reaching the bureau). */
export function StatusBar() {
  const [alert, setAlert] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () =>
      void call('receivables.alert', {}).then((r) => {
        if (alive && r.ok) setAlert(r.value.alert);
      });
    load();
    const timer = setInterval(load, POLL_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);
  return (
    <footer className="status-bar" aria-label="Barra de status">
      {alert && (
        <span className="status-bar-alert" role="alert" data-testid="status-bar-alert">
          {alert}
        </span>
      )}
    </footer>
  );
}

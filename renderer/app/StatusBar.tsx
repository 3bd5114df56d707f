import { useEffect, useState } from 'react';
import type { ErpAvailability } from '../../shared/ipc/dto/erp';
import { call, onEvent } from '../lib/api';

const POLL_MS = 5 * 60_000;

/** The console's status bar: integration alerts every agent should notice (receivables not reaching the bureau, ERP down). */
export function StatusBar() {
  const [alert, setAlert] = useState<string | null>(null);
  // Pushed by main the moment the ERP circuit opens, probes or closes (no polling delay).
  const [erpDown, setErpDown] = useState<string | null>(null);
  useEffect(() => {
    const show = (a: ErpAvailability) => setErpDown(a.state === 'available' ? null : a.message);
    void call('erp.availability', {}).then((r) => r.ok && show(r.value));
    return onEvent('erp.availability', show);
  }, []);
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
      {erpDown && (
        <span className="status-bar-alert" role="status" data-testid="status-bar-erp">
          {erpDown}
        </span>
      )}
      {alert && (
        <span className="status-bar-alert" role="alert" data-testid="status-bar-alert">
          {alert}
        </span>
      )}
    </footer>
  );
}

/**
 * Demo only: a freshly seeded database already agrees with the ERP simulator on consent and on
 * the ERP's own ABC class (so the header is right before the first sync), and has the console's
 * ABC curve computed from the seeded billing (so the header shows its trend at once).
 */
import type { Db } from '../../electron/main/db/connection';
import { computeAbcCurve } from '../../electron/main/services/abc/abc-curve';
import { generatedConsent } from '../simulators/erp/consent';

export function seedDemoAbcAndConsent(db: Db, now: Date): void {
  const rows = db.prepare('SELECT id, erp_code, updated_at, abc_class FROM clients').all() as {
    id: number;
    erp_code: string;
    updated_at: string;
    abc_class: string;
  }[];
  const update = db.prepare(
    `UPDATE clients SET calls_allowed = ?, messages_allowed = ?, consent_changed_by = ?, consent_changed_at = ?,
       erp_abc_class = ? WHERE id = ?`,
  );
  db.transaction(() => {
    for (const r of rows) {
      const g = generatedConsent(r.erp_code);
      const generated = !g.calls || !g.messages;
      if (!generated && !g.erpClass) continue;
      update.run(
        g.calls ? 1 : 0,
        g.messages ? 1 : 0,
        generated ? 'Cadastro ERP' : null,
        generated ? r.updated_at : null,
        g.erpClass ? r.abc_class : null,
        r.id,
      );
    }
  })();
  computeAbcCurve(db, now);
}

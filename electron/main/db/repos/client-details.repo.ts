import type { ClientEditableFields } from '../../../../shared/ipc/dto/client-details';
import type { Db } from '../connection';
import { prepared } from './client-statements.repo';

export function updateClientDetails(
  db: Db,
  id: number,
  f: ClientEditableFields & { personType: 'F' | 'J' },
  at: string,
): void {
  prepared(
    db,
    `UPDATE clients SET legal_name = @legalName, trade_name = @tradeName, document = @document,
       person_type = @personType, status = @status, emails = @emails, phones = @phones, site = @site,
       currency = @currency, payment_method = @paymentMethod, language = @language,
       accounting_account = @accountingAccount, preferred_appointment_day = @preferredAppointmentDay,
       shared_across_companies = @shared, updated_at = @at
     WHERE id = @id`,
  ).run({
    ...f,
    sharedAcrossCompanies: undefined,
    shared: f.sharedAcrossCompanies ? 1 : 0,
    emails: JSON.stringify(f.emails),
    phones: JSON.stringify(f.phones),
    at,
    id,
  });
}

/**
 * Notes leave updated_at alone: it dates the register shared with the ERP ("Modificado em"),
 * and a note typed during a call is not a change to that register.
 */
export function updateClientNotes(db: Db, id: number, notes: string): void {
  prepared(db, 'UPDATE clients SET notes = ? WHERE id = ?').run(notes, id);
}

export function clientExists(db: Db, id: number): boolean {
  return prepared(db, 'SELECT 1 FROM clients WHERE id = ?').get(id) !== undefined;
}

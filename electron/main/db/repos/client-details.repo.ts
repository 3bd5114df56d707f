import type { ClientEditableFields } from '../../../../shared/ipc/dto/client-details';
import type { Db } from '../connection';
import { prepared } from './client-statements.repo';

/**
 * The two halves of Detalhes: the console's own fields (in floor mode shared by the floor) and
 * the ERP-owned ones (written back to the ERP from the seat that edited them). One desktop saves
 * both in one transaction; floor mode saves them apart.
 */
export function updateClientConsoleDetails(db: Db, id: number, f: ClientEditableFields): void {
  prepared(
    db,
    `UPDATE clients SET currency = @currency, language = @language, accounting_account = @accountingAccount,
       preferred_appointment_day = @preferredAppointmentDay, shared_across_companies = @shared
     WHERE id = @id`,
  ).run({
    currency: f.currency,
    language: f.language,
    accountingAccount: f.accountingAccount,
    preferredAppointmentDay: f.preferredAppointmentDay,
    shared: f.sharedAcrossCompanies ? 1 : 0,
    id,
  });
}

export function updateClientErpDetails(
  db: Db,
  id: number,
  f: ClientEditableFields & { personType: 'F' | 'J' },
  at: string,
): void {
  prepared(
    db,
    `UPDATE clients SET legal_name = @legalName, trade_name = @tradeName, document = @document,
       person_type = @personType, status = @status, emails = @emails, phones = @phones, site = @site,
       payment_method = @paymentMethod, updated_at = @at
     WHERE id = @id`,
  ).run({
    legalName: f.legalName,
    tradeName: f.tradeName,
    document: f.document,
    personType: f.personType,
    status: f.status,
    emails: JSON.stringify(f.emails),
    phones: JSON.stringify(f.phones),
    site: f.site,
    paymentMethod: f.paymentMethod,
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

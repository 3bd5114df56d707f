import type { ErpClientRecord } from '../../gateways/erp/erp-gateway';
import type { Db } from '../connection';

/**
 * Credit fields keep the local value while a credit change made in the console still waits in
 * the outbox for the ERP: otherwise a sync would put the old limit back before the write-back
 * lands. The outbox belongs to the credit feature and may not exist in every build.
 */
function creditColumn(db: Db, column: string): string {
  const hasOutbox = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'credit_outbox'")
    .get();
  return hasOutbox
    ? `${column} = CASE WHEN EXISTS (SELECT 1 FROM credit_outbox o WHERE o.client_id = clients.id AND o.sent_at IS NULL)
         THEN clients.${column} ELSE excluded.${column} END`
    : `${column} = excluded.${column}`;
}

/** ERP register → clients (F9 finds ERP clients); console-only columns are left as they are. */
export function erpClientUpserter(db: Db): (r: ErpClientRecord) => void {
  const stmt = db.prepare(
    `INSERT INTO clients (erp_code, legal_name, trade_name, document, person_type, status, credit_limit_cents,
       available_balance_cents, credit_status, last_purchase_date, segment, client_group, responsible, emails,
       phones, site, city, uf, payment_method, created_at, updated_at, erp_version, erp_abc_class, abc_class,
       calls_allowed, messages_allowed, consent_changed_by, consent_changed_at)
     VALUES (@erpCode, @legalName, @tradeName, @document, @personType, @status, @creditLimitCents,
       @availableBalanceCents, @creditStatus, @lastPurchaseDate, @segment, @clientGroup, @responsible, @emails,
       @phones, @site, @city, @uf, @paymentMethod, @createdAt, @changedAt, @changedAt, @erpAbcClass,
       coalesce(@erpAbcClass, 'C'), @callsAllowed, @messagesAllowed, @consentChangedBy, @consentChangedAt)
     ON CONFLICT (erp_code) DO UPDATE SET legal_name = excluded.legal_name, trade_name = excluded.trade_name,
       document = excluded.document, person_type = excluded.person_type, status = excluded.status,
       ${creditColumn(db, 'credit_limit_cents')}, ${creditColumn(db, 'available_balance_cents')},
       ${creditColumn(db, 'credit_status')}, last_purchase_date = excluded.last_purchase_date,
       segment = excluded.segment, client_group = excluded.client_group, responsible = excluded.responsible,
       emails = excluded.emails, phones = excluded.phones, site = excluded.site, city = excluded.city,
       uf = excluded.uf, payment_method = excluded.payment_method, updated_at = excluded.updated_at,
       erp_version = excluded.erp_version, erp_abc_class = excluded.erp_abc_class,
       abc_class = coalesce(excluded.erp_abc_class,
         (SELECT a.computed_class FROM client_abc a WHERE a.client_id = clients.id), clients.abc_class),
       calls_allowed = excluded.calls_allowed, messages_allowed = excluded.messages_allowed,
       consent_changed_by = excluded.consent_changed_by, consent_changed_at = excluded.consent_changed_at`,
  );
  return (r) =>
    void stmt.run({
      erpCode: r.erpCode,
      legalName: r.legalName,
      tradeName: r.tradeName,
      document: r.document,
      personType: r.personType,
      status: r.status,
      creditLimitCents: r.creditLimitCents,
      availableBalanceCents: r.availableBalanceCents,
      creditStatus: r.creditStatus,
      lastPurchaseDate: r.lastPurchaseDate,
      segment: r.segment,
      clientGroup: r.clientGroup,
      responsible: r.responsible,
      emails: JSON.stringify(r.emails),
      phones: JSON.stringify(r.phones),
      site: r.site,
      city: r.city,
      uf: r.uf,
      paymentMethod: r.paymentMethod,
      erpAbcClass: r.erpAbcClass,
      callsAllowed: r.callsAllowed ? 1 : 0,
      messagesAllowed: r.messagesAllowed ? 1 : 0,
      consentChangedBy: r.consentChangedBy,
      consentChangedAt: r.consentChangedAt,
      createdAt: r.createdAt,
      changedAt: r.changedAt,
    });
}

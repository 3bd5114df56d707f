/** Histórico actions of the write-back (one name per outcome). */
export const ERP_WRITEBACK_ACTIONS = {
  rejected: 'Recusado pelo ERP',
  keptMine: 'Divergência com o ERP: mantido o valor da Central',
  tookErp: 'Divergência com o ERP: aceito o valor do ERP',
} as const;

/** pt-BR sentences of the ERP write-back, by key (folded into the message catalog at merge). */
export const ERP_WRITEBACK_MESSAGES = {
  NO_CONFLICT: 'Não há divergência com o ERP para resolver neste campo. Atualize a tela.',
  NOTHING_TO_DISMISS: 'Não há aviso do ERP para fechar. Atualize a tela.',
} as const;

/** Histórico actions of the write-back (one name per outcome). */
export const ERP_WRITEBACK_ACTIONS = {
  rejected: 'Recusado pelo ERP',
  keptMine: 'Divergência com o ERP: mantido o valor da Central',
  tookErp: 'Divergência com o ERP: aceito o valor do ERP',
} as const;

/**
 * pt-BR warnings and Histórico text of the bureau subject check (data shown with a result, not failures:
 * the refusal to link such a query is in the catalog, `credit.bureauLinkOtherSubject`).
 */
export const BUREAU_SUBJECT_MESSAGES = {
  documentMismatch: (answered: string, queried: string) =>
    `Atenção: a resposta do bureau é do documento ${answered}, não do ${queried} deste cliente. ` +
    'Não use este resultado para decidir o crédito deste cliente.',
  nameMismatch: (answered: string, queried: string) =>
    `Atenção: a resposta do bureau é de "${answered}", nome diferente de "${queried}" deste cliente. ` +
    'Confira o cadastro antes de usar este resultado.',
  auditAction: 'Consulta Deps com titular divergente',
} as const;

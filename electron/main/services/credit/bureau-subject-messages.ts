/**
 * pt-BR sentences of the bureau subject check, by key (folded into the message catalog at merge).
 */
export const BUREAU_SUBJECT_MESSAGES = {
  documentMismatch: (answered: string, queried: string) =>
    `Atenção: a resposta do bureau é do documento ${answered}, não do ${queried} deste cliente. ` +
    'Não use este resultado para decidir o crédito deste cliente.',
  nameMismatch: (answered: string, queried: string) =>
    `Atenção: a resposta do bureau é de "${answered}", nome diferente de "${queried}" deste cliente. ` +
    'Confira o cadastro antes de usar este resultado.',
  linkRefused:
    'Esta consulta Deps é de outro titular e não pode justificar a alteração de limite deste cliente.',
  auditAction: 'Consulta Deps com titular divergente',
} as const;

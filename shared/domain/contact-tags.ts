/** Option lists and helpers of the contacts DTOs (shared/ipc/dto/client-contacts.ts holds types only). */

export const MAX_CONTACT_TAGS = 8;

export const TAG_SUGGESTIONS = [
  'Diretor',
  'Responsável de Marketing',
  'Compras',
  'Financeiro',
  'Logística',
  'Decisor',
  'Técnico',
] as const;

/** mailto: for the selected contacts; only addresses that passed validation are ever stored. */
export function mailtoFor(emails: string[]): string {
  return `mailto:${emails.map((e) => encodeURIComponent(e).replace(/%40/g, '@')).join(',')}`;
}

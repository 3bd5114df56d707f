/**
 * The Detalhes tab: editable fields and quick notes (option lists: shared/domain/client-details.ts). The rules live in
 * shared/forms/client-details.schema.ts, parsed by the form and by the registry alike.
 */
import type { ClientEditableFields } from './clients';

export type { ClientEditableFields } from './clients';
export type ClientDetailsField = keyof ClientEditableFields;

export interface QuickNotesSaved {
  notes: string;
  savedAt: string;
}

/**
 * Building blocks of the IPC contract. Each feature declares its channels in
 * `shared/ipc/channels/<feature>.channels.ts`; `contract.ts` joins them into the one contract.
 */
import { z } from 'zod';
import '../zod-locale';
import type { Permission } from '../auth/permissions';

/**
 * - `query` reads;
 * - `mutation` changes business data or spends money: it must declare a permission or be
 *   explicitly marked `anyUser` (e.g. quick notes every agent may write);
 * - `session` only touches the caller's own session or UI state.
 */
export type ChannelKind = 'query' | 'mutation' | 'session';

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  kind: ChannelKind;
  /** Permission the registry checks before the handler runs. */
  permission?: Permission;
  /** A mutation every logged-in user may run, stated on purpose rather than by omission. */
  anyUser?: true;
  /** `public` channels run without a logged-in user (login screen, first-run setup). */
  auth?: 'public';
  /** Phantom field carrying the result type; never read at run time. */
  output: O;
}

export const channel =
  <O>() =>
  <I extends z.ZodType>(spec: Omit<ChannelSpec<I, O>, 'output'>): ChannelSpec<I, O> => ({
    ...spec,
    output: undefined as unknown as O,
  });

export const empty = z.object({}).strict();
export const id = z.number().int().positive();
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Data inválida.');
export const requiredText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${label} é obrigatório.`)
    .max(max, `${label} deve ter no máximo ${max} caracteres.`);

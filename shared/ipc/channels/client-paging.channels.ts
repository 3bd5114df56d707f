/** Input pieces shared by the client screen's paged lists. */
import { z } from 'zod';
import { id } from '../channel-spec';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../domain/paging';

export const keyCursor = z.object({ key: z.string().min(1).max(40), id }).strict();
export const pageLimit = z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE);

/** Option lists and helpers of the paging DTOs (shared/ipc/dto/client-paging.ts holds types only). */

/** Rows asked for per page when the screen does not say otherwise. */
export const DEFAULT_PAGE_SIZE = 100;

export const MAX_PAGE_SIZE = 500;

/**
 * Keyset pages for the client screen's growing lists (activities, documents, files, history):
 * the next page starts after the last row seen, so page 100 costs what page 1 costs.
 */

/** Position after a row of a list sorted by (key DESC, id DESC); key is a date or ISO instant. */
export interface KeyCursor {
  key: string;
  id: number;
}

export interface Page<T, C> {
  rows: T[];
  /** null on the last page. */
  next: C | null;
  /** Rows in the whole list; only computed for the first page (no cursor). */
  total: number | null;
}

/** Which part of a client changed, so an open screen refetches only what it shows. */
export type ClientPart =
  | 'register'
  | 'credit'
  | 'contacts'
  | 'receivables'
  // Floor mode: another seat changed the client's console-owned records.
  | 'activities'
  | 'tickets'
  | 'files'
  | 'history'
  | 'notes'
  // Floor mode: the products shown per client changed on the central database.
  | 'products'
  // Floor mode: an edit of ERP-owned fields (register, addresses) was saved or settled on the floor.
  | 'erpEdits';

/**
 * A client changed outside the screen that shows it (a sync run, an ERP write-back confirmation,
 * another window). `clientId: null`: a sync run touched many clients at once; every open
 * client screen refetches the parts named.
 */
export interface ClientChanged {
  clientId: number | null;
  parts: ClientPart[];
}

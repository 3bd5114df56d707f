export interface AppInfo {
  appVersion: string;
  schemaVersion: number;
  /** Only for administrators (Configurações - Usuários e grupos). */
  dataDir?: string;
  databasePath?: string;
  demo: boolean;
  transport: 'electron' | 'web';
  versions: Record<string, string>;
}

export interface WorkspaceState {
  openClientIds: number[];
  activeClientId: number | null;
  /** Contacts opened in their own tab from Contatos → Editar. */
  openContactIds: number[];
  /** Set when the active tab is a contact's (then activeClientId is null). */
  activeContactId: number | null;
}

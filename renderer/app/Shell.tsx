import { useCallback, useEffect, useState } from 'react';
import { useAuth, useCurrentUser } from '../modules/auth/store';
import { ContactScreen } from '../modules/clients/contacts/ContactScreen';
import { SearchDialog } from '../modules/search/SearchDialog';
import { useWorkspace } from '../modules/workspace/store';
import { WorkspaceTabs } from '../modules/workspace/WorkspaceTabs';
import { OpenClientScreens } from '../modules/workspace/OpenClientScreens';
import { HomePage } from '../pages/HomePage';
import { SettingsPage } from '../pages/SettingsPage';
import { onEvent } from '../lib/api';
import { StatusBar } from './StatusBar';
import { useGlobalShortcuts } from './useGlobalShortcuts';

export function Shell() {
  const user = useCurrentUser();
  const { view, show, restore, restored } = useWorkspace();
  const logout = useAuth((s) => s.logout);
  const reloadAuth = useAuth((s) => s.load);
  const [searchOpen, setSearchOpen] = useState(false);
  const openSearch = useCallback(() => setSearchOpen(true), []);
  useGlobalShortcuts(openSearch);

  useEffect(() => {
    if (!restored) void restore();
  }, [restored, restore]);
  // A group change by an admin applies here without a restart.
  useEffect(() => onEvent('permissions.changed', () => void reloadAuth()), [reloadAuth]);
  // "Sair de todos os dispositivos" in another window ends this one too.
  useEffect(() => onEvent('session.changed', () => void reloadAuth()), [reloadAuth]);

  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">Central de Atendimento</span>
        <button type="button" className="topbar-search" onClick={openSearch}>
          Buscar cliente <kbd>F9</kbd>
        </button>
        <span className="spacer" />
        <button type="button" className="link" onClick={() => show({ kind: 'settings' })}>
          Configurações
        </button>
        <span className="user" data-testid="current-user">
          {user?.name}
        </span>
        <button
          type="button"
          className="link"
          onClick={() => {
            useWorkspace.getState().reset();
            void logout();
          }}
        >
          Sair
        </button>
      </header>
      <WorkspaceTabs />
      <main className="content">
        {view.kind === 'home' && <HomePage onSearch={openSearch} />}
        <OpenClientScreens activeId={view.kind === 'client' ? view.id : null} />
        {view.kind === 'contact' && <ContactScreen key={view.id} id={view.id} />}
        {view.kind === 'settings' && <SettingsPage section={view.section} />}
      </main>
      <StatusBar />
      {searchOpen && <SearchDialog onClose={() => setSearchOpen(false)} />}
    </div>
  );
}

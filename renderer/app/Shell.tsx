import { useCallback, useEffect, useState } from 'react';
import { useAuth, useCan, useCurrentUser } from '../modules/auth/store';
import { PanelPage } from '../modules/panel';
import { ContactScreen } from '../modules/clients/contacts/ContactScreen';
import { CreditReleaseNavButton, CreditReleaseScreen } from '../modules/credit-release';
import { SearchDialog } from '../modules/search/SearchDialog';
import { useWorkspace } from '../modules/workspace/store';
import { WorkspaceTabs } from '../modules/workspace/WorkspaceTabs';
import { OpenClientScreens } from '../modules/workspace/OpenClientScreens';
import { HomePage } from '../pages/HomePage';
import { SettingsPage } from '../pages/SettingsPage';
import { onEvent } from '../lib/api';
import { StatusBar } from './StatusBar';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { CallDraftBar, useScreenPop, type ScreenPopSearch } from '../modules/home';
import { ShortcutSheet } from './ShortcutSheet';
import { useFocusScreen } from './useFocusScreen';
import { FloorOfflineBanner } from '../modules/floor';

export function Shell() {
  const user = useCurrentUser();
  const { view, show, restore, restored } = useWorkspace();
  const logout = useAuth((s) => s.logout);
  const reloadAuth = useAuth((s) => s.load);
  // F9 opened by hand ({}) or by a call that matched several clients or none (the number typed in).
  const [search, setSearch] = useState<Partial<ScreenPopSearch> | null>(null);
  const openSearch = useCallback(() => setSearch({}), []);
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useGlobalShortcuts(openSearch, openHelp);
  const attachCallClient = useScreenPop(setSearch);
  useFocusScreen(view);
  const canSeePanel = useCan('panel.view');

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
        <CreditReleaseNavButton />
        <span className="spacer" />
        {canSeePanel && (
          <button
            type="button"
            className="link"
            aria-current={view.kind === 'panel' ? 'page' : undefined}
            onClick={() => show({ kind: 'panel' })}
          >
            Painel
          </button>
        )}
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
      <FloorOfflineBanner />
      {/* One landmark for the open screens' strip; the settings nav has its own name. */}
      <nav aria-label="Área de trabalho">
        <WorkspaceTabs />
      </nav>
      {view.kind !== 'home' && <CallDraftBar />}
      <main className="content">
        {view.kind === 'home' && <HomePage onSearch={openSearch} />}
        <OpenClientScreens activeId={view.kind === 'client' ? view.id : null} />
        {view.kind === 'contact' && <ContactScreen key={view.id} id={view.id} />}
        {view.kind === 'settings' && <SettingsPage section={view.section} />}
        {view.kind === 'creditRelease' && <CreditReleaseScreen />}
        {view.kind === 'panel' && (canSeePanel ? <PanelPage /> : <HomePage onSearch={openSearch} />)}
      </main>
      <StatusBar />
      {search && (
        <SearchDialog
          key={search.query ?? ''}
          initialQuery={search.query}
          notice={search.notice}
          onOpened={(clientId) => search.draftId && attachCallClient(search as ScreenPopSearch, clientId)}
          onClose={() => setSearch(null)}
        />
      )}
      {helpOpen && <ShortcutSheet view={view.kind} onClose={() => setHelpOpen(false)} />}
    </div>
  );
}

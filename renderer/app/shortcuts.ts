/**
 * Every keyboard shortcut of the console, in one list: the console-wide key handler
 * (useGlobalShortcuts) dispatches from the entries that carry a `match`, and the shortcut sheet
 * ("?" / F1) lists the entries of the current screen. The client tabs' Alt+digit keys come from
 * CLIENT_TABS, the same list useClientTabShortcuts reads, so neither can drift from the sheet.
 */
import { CLIENT_TABS } from '../modules/clients/clientTabs';
import type { View } from '../modules/workspace/store';

export type ShortcutScope = 'global' | View['kind'] | 'search' | 'dialog';

export type GlobalAction =
  'search.open' | 'help.open' | 'workspace.close' | 'workspace.next' | 'workspace.previous';

export interface Shortcut {
  keys: string[];
  label: string;
  scope: ShortcutScope;
  /** Console-wide shortcuts: which action the key press is. */
  action?: GlobalAction;
  match?: (e: KeyboardEvent) => boolean;
}

/** Typing a "?" in a field is text, not a request for help. */
const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

const ctrl = (e: KeyboardEvent, key: string) =>
  e.ctrlKey && !e.altKey && !e.metaKey && e.key.toLowerCase() === key;

export const SHORTCUTS: Shortcut[] = [
  {
    keys: ['F9'],
    label: 'Buscar cliente (nome, CNPJ/CPF, código ERP, e-mail ou telefone)',
    scope: 'global',
    action: 'search.open',
    match: (e) => e.key === 'F9',
  },
  {
    keys: ['?', 'F1'],
    label: 'Mostrar os atalhos desta tela',
    scope: 'global',
    action: 'help.open',
    match: (e) => e.key === 'F1' || (e.key === '?' && !e.ctrlKey && !e.altKey && !typing(e.target)),
  },
  {
    keys: ['Ctrl+W'],
    label: 'Fechar o cliente ou o contato atual',
    scope: 'global',
    action: 'workspace.close',
    match: (e) => ctrl(e, 'w'),
  },
  {
    keys: ['Ctrl+Tab'],
    label: 'Ir para o próximo cliente aberto',
    scope: 'global',
    action: 'workspace.next',
    match: (e) => e.ctrlKey && e.key === 'Tab' && !e.shiftKey,
  },
  {
    keys: ['Ctrl+Shift+Tab'],
    label: 'Voltar ao cliente aberto anterior',
    scope: 'global',
    action: 'workspace.previous',
    match: (e) => e.ctrlKey && e.key === 'Tab' && e.shiftKey,
  },
  {
    keys: ['←', '→'],
    label: 'Na barra de abas do topo: ir de Início a cada cliente aberto',
    scope: 'global',
  },
  { keys: ['Esc'], label: 'Fechar a janela de diálogo de cima (só ela)', scope: 'global' },
  // F7 is dispatched by the Liberação de crédito top-bar entry itself (absent without the permission).
  { keys: ['F7'], label: 'Abrir a fila de Liberação de crédito (com a permissão)', scope: 'global' },
  { keys: ['↑', '↓', 'Home', 'End'], label: 'Na fila: ir de um pedido a outro', scope: 'creditRelease' },
  { keys: ['Enter'], label: 'Abrir o pedido ao lado da posição do cliente', scope: 'creditRelease' },
  { keys: ['L'], label: 'Liberar o pedido (com confirmação)', scope: 'creditRelease' },
  { keys: ['R'], label: 'Rejeitar o pedido (com motivo e confirmação)', scope: 'creditRelease' },
  { keys: ['Esc'], label: 'No pedido aberto: voltar à fila', scope: 'creditRelease' },
  { keys: ['Tab', 'Shift+Tab'], label: 'Ir de um item de Meu dia a outro', scope: 'home' },
  { keys: ['Enter'], label: 'Abrir o cliente do item na aba certa (Atividades, Suporte…)', scope: 'home' },
  ...CLIENT_TABS.map((t): Shortcut => ({ keys: [t.hint ?? ''], label: `Aba ${t.label}`, scope: 'client' })),
  { keys: ['←', '→', 'Home', 'End'], label: 'Na barra de abas do cliente: mudar de aba', scope: 'client' },
  { keys: ['Tab'], label: 'Do cabeçalho do cliente para as ações e a aba aberta', scope: 'client' },
  { keys: ['↑', '↓'], label: 'Na busca: ir de um cliente a outro', scope: 'search' },
  { keys: ['Enter'], label: 'Na busca: abrir o cliente escolhido', scope: 'search' },
  {
    keys: ['Enter'],
    label: 'Numa janela de diálogo: a ação principal (Continuar, Salvar…)',
    scope: 'dialog',
  },
];

/** What the sheet lists for a screen: its own shortcuts first, then the console-wide ones. */
export function shortcutsFor(view: View['kind']): { screen: Shortcut[]; everywhere: Shortcut[] } {
  const screen = SHORTCUTS.filter((s) => s.scope === view);
  const everywhere = SHORTCUTS.filter(
    (s) => s.scope === 'global' || s.scope === 'search' || s.scope === 'dialog',
  );
  return { screen, everywhere };
}

/** The console-wide action a key press asks for, if any. */
export function globalActionFor(e: KeyboardEvent): GlobalAction | undefined {
  return SHORTCUTS.find((s) => s.action && s.match?.(e))?.action;
}

export const SCREEN_NAMES: Record<View['kind'], string> = {
  home: 'Início (Meu dia)',
  client: 'Cliente',
  contact: 'Contato',
  settings: 'Configurações',
  creditRelease: 'Liberação de crédito',
  panel: 'Painel',
};

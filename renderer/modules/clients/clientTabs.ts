import type { TabItem } from '../../ui/Tabs';

export type ClientTabKey =
  | 'details'
  | 'addresses'
  | 'contacts'
  | 'activities'
  | 'support'
  | 'revenue'
  | 'billing'
  | 'products'
  | 'files'
  | 'history'
  | 'orders';

/** The tabs in the order agents learn them: Alt+1 … Alt+9, then Alt+0 for the tenth. */
export const CLIENT_TABS: TabItem<ClientTabKey>[] = [
  { key: 'details', label: 'Detalhes', hint: 'Alt+1' },
  { key: 'addresses', label: 'Endereços', hint: 'Alt+2' },
  { key: 'contacts', label: 'Contatos', hint: 'Alt+3' },
  { key: 'activities', label: 'Atividades', hint: 'Alt+4' },
  { key: 'support', label: 'Suporte ao cliente', hint: 'Alt+5' },
  { key: 'revenue', label: 'Faturamento', hint: 'Alt+6' },
  { key: 'billing', label: 'Documentos de faturamento', hint: 'Alt+7' },
  { key: 'products', label: 'Produtos exclusivos', hint: 'Alt+8' },
  { key: 'files', label: 'Arquivos', hint: 'Alt+9' },
  { key: 'history', label: 'Histórico', hint: 'Alt+0' },
  // The digits are taken and agents already know them: Pedidos comes last, on Alt+P (for Pedidos).
  { key: 'orders', label: 'Pedidos', hint: 'Alt+P' },
];

/** Alt+letter tabs beyond the ten digits. */
const LETTER_TABS: Record<string, ClientTabKey> = { KeyP: 'orders' };

/** Alt+digit → tab, by physical key so it works on any keyboard layout. */
export function tabForKeyCode(code: string): ClientTabKey | undefined {
  if (LETTER_TABS[code]) return LETTER_TABS[code];
  const match = /^(?:Digit|Numpad)(\d)$/.exec(code);
  if (!match) return undefined;
  const digit = Number(match[1]);
  return CLIENT_TABS[digit === 0 ? 9 : digit - 1]?.key;
}

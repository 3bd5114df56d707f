/** Option lists and helpers of the addresses DTOs (shared/ipc/dto/client-addresses.ts holds types only). */
import type { AddressKind, ClientAddressFields } from '../ipc/dto/client-addresses';

export const ADDRESS_KINDS = ['delivery', 'billing', 'extra2', 'extra3'] as const;

export const ADDRESS_KIND_LABEL: Record<AddressKind, string> = {
  delivery: 'Endereço de entrega',
  billing: 'Endereço de faturamento',
  extra2: 'Endereço 2',
  extra3: 'Endereço 3',
};

export const UFS = [
  'AC',
  'AL',
  'AM',
  'AP',
  'BA',
  'CE',
  'DF',
  'ES',
  'GO',
  'MA',
  'MG',
  'MS',
  'MT',
  'PA',
  'PB',
  'PE',
  'PI',
  'PR',
  'RJ',
  'RN',
  'RO',
  'RR',
  'RS',
  'SC',
  'SE',
  'SP',
  'TO',
] as const;

export const formatCep = (cep: string): string => cep.replace(/^(\d{5})(\d{3})$/, '$1-$2');

/** "Avenida Getúlio Vargas, 1200, Sala 2 - Centro, Chapecó - SC, 89801-000": what is copied and searched. */
export function formatAddressLine(a: ClientAddressFields): string {
  const street = [a.street, a.number, a.complement].filter((p) => p !== '').join(', ');
  const city = a.district === '' ? `${a.city} - ${a.uf}` : `${a.district}, ${a.city} - ${a.uf}`;
  const line = street === '' ? city : `${street} - ${city}`;
  return a.cep === '' ? line : `${line}, ${formatCep(a.cep)}`;
}

/**
 * The one URL shape the Mapa button may open; the Electron shell's window policy lets exactly
 * this shape (and mailto:) out to the system browser.
 */
export function googleMapsUrl(a: ClientAddressFields): string {
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(formatAddressLine(a))}`;
}

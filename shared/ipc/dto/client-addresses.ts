/** The Endereços tab: the four address slots of a client, their validation and the Mapa link. */
import { isValidPhoneBR } from '../../domain/contact';
import { nationalPhoneDigits } from './client-details';

export const ADDRESS_KINDS = ['delivery', 'billing', 'extra2', 'extra3'] as const;
export type AddressKind = (typeof ADDRESS_KINDS)[number];

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

export interface ClientAddressFields {
  street: string;
  number: string;
  complement: string;
  district: string;
  city: string;
  uf: string;
  cep: string;
  fax: string | null;
}

export interface ClientAddress extends ClientAddressFields {
  kind: AddressKind;
}

export type AddressErrors = Partial<Record<keyof ClientAddressFields, string>>;

export function normalizeAddress(a: ClientAddressFields): ClientAddressFields {
  const fax = a.fax === null ? '' : nationalPhoneDigits(a.fax);
  return {
    street: a.street.trim(),
    number: a.number.trim(),
    complement: a.complement.trim(),
    district: a.district.trim(),
    city: a.city.trim(),
    uf: a.uf.trim().toUpperCase(),
    cep: a.cep.replace(/\D/g, ''),
    fax: fax === '' ? null : fax,
  };
}

/** Field → pt-BR message for a normalized address; empty when it may be saved. */
export function validateAddress(a: ClientAddressFields): AddressErrors {
  const errors: AddressErrors = {};
  if (a.street === '') errors.street = 'Informe o logradouro.';
  else if (a.street.length > 120) errors.street = 'O logradouro deve ter no máximo 120 caracteres.';
  if (a.number.length > 20) errors.number = 'O número deve ter no máximo 20 caracteres.';
  if (a.complement.length > 80) errors.complement = 'O complemento deve ter no máximo 80 caracteres.';
  if (a.district.length > 80) errors.district = 'O bairro deve ter no máximo 80 caracteres.';
  if (a.city === '') errors.city = 'Informe a cidade.';
  else if (a.city.length > 80) errors.city = 'A cidade deve ter no máximo 80 caracteres.';
  if (!(UFS as readonly string[]).includes(a.uf)) errors.uf = 'Escolha a UF da lista.';
  if (!/^\d{8}$/.test(a.cep)) errors.cep = 'CEP inválido: use 8 dígitos, ex.: 89801-000.';
  if (a.fax !== null && !isValidPhoneBR(a.fax))
    errors.fax = 'Fax inválido: use DDD + número, ex.: (49) 3322-1100.';
  return errors;
}

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

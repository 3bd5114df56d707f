import type { ADDRESS_KINDS } from '../../domain/addresses';
/**
 * The Endereços tab: the four address slots of a client and the Mapa link. The rules live in
 * shared/forms/address.schema.ts.
 */

export type AddressKind = (typeof ADDRESS_KINDS)[number];

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

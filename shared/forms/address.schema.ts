/** The address form's rules: one schema for the Endereços form and for clientAddresses.save. */
import { z } from 'zod';
import { type ClientAddressFields } from '../ipc/dto/client-addresses';
import { UFS } from '../domain/addresses';
import { cep, oneOf, optionalPhone, text } from './refinements';

/** The fields as clientAddresses.save receives them; parsing returns them as stored. */
export const addressFieldsShape = {
  street: text(120, 'O logradouro deve ter no máximo 120 caracteres.', 'Informe o logradouro.'),
  number: text(20, 'O número deve ter no máximo 20 caracteres.'),
  complement: text(80, 'O complemento deve ter no máximo 80 caracteres.'),
  district: text(80, 'O bairro deve ter no máximo 80 caracteres.'),
  city: text(80, 'A cidade deve ter no máximo 80 caracteres.', 'Informe a cidade.'),
  uf: z
    .string()
    .transform((v) => v.trim().toUpperCase())
    .pipe(oneOf(UFS, 'Escolha a UF da lista.')),
  cep,
  fax: optionalPhone('Fax inválido: use DDD + número, ex.: (49) 3322-1100.'),
};

export const addressFieldsSchema: z.ZodType<ClientAddressFields, ClientAddressFields> =
  z.strictObject(addressFieldsShape);

/** The form keeps the fax as typed text (blank when there is none). */
export type AddressFormValues = Omit<ClientAddressFields, 'fax'> & { fax: string };

export const addressFormSchema = z
  .object({
    street: z.string(),
    number: z.string(),
    complement: z.string(),
    district: z.string(),
    city: z.string(),
    uf: z.string(),
    cep: z.string(),
    fax: z.string(),
  })
  .transform((f): ClientAddressFields => f)
  .pipe(addressFieldsSchema);

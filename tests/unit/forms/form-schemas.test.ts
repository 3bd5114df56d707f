import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addressFormSchema } from '../../../shared/forms/address.schema';
import { detailsFormSchema } from '../../../shared/forms/client-details.schema';
import { contactFormSchema } from '../../../shared/forms/contact.schema';
import { erpConnectionFormSchema } from '../../../shared/forms/erp-settings.schema';
import { integrationScheduleFormSchema } from '../../../shared/forms/integration-schedule.schema';
import { userFormSchema } from '../../../shared/forms/user.schema';
import { contract } from '../../../shared/ipc/contract';

/** Field → first message, the way the form shows them (react-hook-form's zod resolver keys by path). */
function fieldErrors(schema: z.ZodType, value: unknown): Record<string, string> {
  const r = schema.safeParse(value);
  if (r.success) return {};
  const out: Record<string, string> = {};
  for (const issue of r.error.issues) out[String(issue.path[0])] ??= issue.message;
  return out;
}

const contact = {
  name: '  Marta   Conceição ',
  initials: '',
  company: 'Maximino Santin',
  role: 'Compras',
  email: ' marta@empresa.com.br ',
  phone: '+55 (47) 99999-8888',
  tags: 'Compras, Decisor, Compras, ',
};

describe('one rule set for the Contatos form and clientContacts.save', () => {
  it('normalizes what the agent typed into what is stored', () => {
    expect(contactFormSchema.parse(contact)).toEqual({
      name: 'Marta Conceição',
      initials: 'MC',
      company: 'Maximino Santin',
      role: 'Compras',
      email: 'marta@empresa.com.br',
      phone: '47999998888',
      tags: ['Compras', 'Decisor'],
    });
  });

  it('gives the same pt-BR message in the form and at the registry', () => {
    const bad = { ...contact, email: 'marta@', phone: '(20) 3333-4444', name: ' ' };
    const form = fieldErrors(contactFormSchema, bad);
    expect(form).toEqual({
      name: 'Informe o nome do contato.',
      email: 'E-mail inválido: "marta@".',
      phone: 'Telefone inválido: use DDD + número, ex.: (47) 99999-8888.',
    });
    const wire = contract['clientContacts.save'].input.safeParse({
      clientId: 1,
      fields: { ...bad, tags: bad.tags.split(','), email: bad.email, phone: bad.phone },
    });
    expect(wire.success).toBe(false);
    expect(wire.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual(
      Object.entries(form).map(([k, v]) => [`fields.${k}`, v]),
    );
  });

  it('limits tags by count and length', () => {
    const many = Array.from({ length: 9 }, (_, i) => `Etiqueta ${i}`).join(',');
    expect(fieldErrors(contactFormSchema, { ...contact, tags: many })).toEqual({
      tags: 'No máximo 8 etiquetas.',
    });
    expect(fieldErrors(contactFormSchema, { ...contact, tags: 'x'.repeat(41) })).toEqual({
      tags: 'Cada etiqueta deve ter no máximo 40 caracteres.',
    });
  });
});

const address = {
  street: 'Avenida Getúlio Vargas',
  number: '1200',
  complement: '',
  district: 'Centro',
  city: 'Chapecó',
  uf: 'sc',
  cep: '89801-000',
  fax: '',
};

describe('one rule set for the Endereços form and clientAddresses.save', () => {
  it('stores CEP as digits, UF upper-case and a blank fax as null', () => {
    expect(addressFormSchema.parse(address)).toMatchObject({ uf: 'SC', cep: '89801000', fax: null });
  });

  it('refuses a short CEP, an unknown UF and a bad fax with the same messages at the registry', () => {
    const bad = { ...address, cep: '8980-100', uf: 'XX', fax: '123' };
    const form = fieldErrors(addressFormSchema, bad);
    expect(form).toEqual({
      uf: 'Escolha a UF da lista.',
      cep: 'CEP inválido: use 8 dígitos, ex.: 89801-000.',
      fax: 'Fax inválido: use DDD + número, ex.: (49) 3322-1100.',
    });
    const wire = contract['clientAddresses.save'].input.safeParse({ clientId: 1, kind: 'billing', ...bad });
    expect(Object.fromEntries(wire.error?.issues.map((i) => [String(i.path[0]), i.message]) ?? [])).toEqual(
      form,
    );
  });
});

const details = {
  legalName: 'Maximino Santin Ltda',
  tradeName: '',
  document: '11.222.333/0001-81',
  status: 'active' as const,
  emails: 'financeiro@maximino.com.br\ncompras@maximino.com.br',
  phones: '(47) 3333-4444; 47 99999-8888',
  site: '',
  currency: 'BRL',
  paymentMethod: 'Pix',
  language: 'pt-BR',
  accountingAccount: '1.1.2.01.001',
  preferredAppointmentDay: '',
  sharedAcrossCompanies: false,
};

describe('one rule set for the Detalhes form and clientDetails.update', () => {
  it('splits lists, keeps document digits and turns blanks into null', () => {
    expect(detailsFormSchema.parse(details)).toMatchObject({
      document: '11222333000181',
      tradeName: null,
      site: null,
      preferredAppointmentDay: null,
      emails: ['financeiro@maximino.com.br', 'compras@maximino.com.br'],
      phones: ['4733334444', '47999998888'],
    });
  });

  it('checks CPF/CNPJ digits, e-mails, phones, site and lists in pt-BR', () => {
    expect(
      fieldErrors(detailsFormSchema, {
        ...details,
        document: '123.456.789-00',
        emails: 'a@b.com.br\nA@b.com.br',
        phones: '(20) 3333-4444',
        site: 'www.maximino',
        currency: 'ARS',
        accountingAccount: '1..2',
      }),
    ).toEqual({
      document: 'CPF inválido: confira os dígitos verificadores.',
      emails: 'Há e-mails repetidos.',
      phones: 'Telefone inválido: "2033334444". Use DDD + número, ex.: (47) 3333-4444 ou (47) 99999-8888.',
      site: 'Site inválido: use o endereço completo, ex.: https://www.empresa.com.br.',
      currency: 'Escolha uma moeda da lista.',
      accountingAccount: 'Conta contábil no formato 1.1.2.01.001 (números separados por ponto).',
    });
    expect(fieldErrors(detailsFormSchema, { ...details, document: '11.222.333/0001-82' })).toEqual({
      document: 'CNPJ inválido: confira os dígitos verificadores.',
    });
  });
});

describe('settings forms share their channel rules', () => {
  it('Agendamento: typed hours become a number, blank or fractional hours get a pt-BR message', () => {
    expect(
      integrationScheduleFormSchema.parse({ syncTime: '02:30', maxHoursWithoutSuccess: ' 12 ' }),
    ).toEqual({
      syncTime: '02:30',
      maxHoursWithoutSuccess: 12,
    });
    expect(
      fieldErrors(integrationScheduleFormSchema, { syncTime: '2:30', maxHoursWithoutSuccess: '' }),
    ).toEqual({
      syncTime: 'Informe o agendamento no formato HH:MM (00:00 a 23:59).',
      maxHoursWithoutSuccess: 'Informe o tempo máximo sem sucesso em horas.',
    });
    expect(
      fieldErrors(integrationScheduleFormSchema, { syncTime: '02:30', maxHoursWithoutSuccess: '1,5' }),
    ).toEqual({
      maxHoursWithoutSuccess: 'Informe um número inteiro de horas.',
    });
    expect(
      contract['integration.settings.save'].input.safeParse({ syncTime: '02:30', maxHoursWithoutSuccess: 0 })
        .error?.issues[0]?.message,
    ).toBe('O tempo máximo sem sucesso deve ser de pelo menos 1 hora.');
  });

  it('Usuários: a blank password keeps the current one, a blank e-mail means none, a bad one is named', () => {
    const user = { name: 'Ana Souza', login: 'ana', email: '', password: '', active: true, groupIds: [1] };
    expect(userFormSchema.parse(user)).toEqual({ ...user, password: undefined, email: null });
    expect(
      fieldErrors(userFormSchema, { ...user, email: 'ana@', password: '123', login: 'ana souza' }),
    ).toEqual({
      login: 'O login aceita apenas letras sem acento, números e . _ @ -',
      password: 'A senha deve ter pelo menos 8 caracteres.',
      email: 'E-mail inválido: "ana@".',
    });
    expect(
      contract['users.save'].input.safeParse({ ...user, password: undefined, email: 'ana@' }).error?.issues[0]
        ?.message,
    ).toBe('E-mail inválido: "ana@".');
  });

  it('Conexão com o ERP: the address must be http(s) without user:password', () => {
    expect(fieldErrors(erpConnectionFormSchema, { baseUrl: 'https://u:p@erp.local', token: '' })).toEqual({
      baseUrl: 'Informe o endereço do ERP começando com http:// ou https://.',
    });
    expect(erpConnectionFormSchema.parse({ baseUrl: ' https://erp.local/api ', token: ' t ' })).toEqual({
      baseUrl: 'https://erp.local/api',
      token: 't',
    });
  });
});

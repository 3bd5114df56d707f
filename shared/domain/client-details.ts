/** Option lists and helpers of the details DTOs (shared/ipc/dto/client-details.ts holds types only). */

export const CURRENCIES = ['BRL', 'USD', 'EUR'] as const;

export const LANGUAGES: readonly { code: string; label: string }[] = [
  { code: 'pt-BR', label: 'Português (Brasil)' },
  { code: 'es-ES', label: 'Espanhol' },
  { code: 'en-US', label: 'Inglês' },
];

export const APPOINTMENT_DAYS = [
  'Segunda-feira',
  'Terça-feira',
  'Quarta-feira',
  'Quinta-feira',
  'Sexta-feira',
  'Sábado',
] as const;

export const PAYMENT_METHOD_SUGGESTIONS = [
  'Boleto bancário',
  'Pix',
  'Cartão de crédito',
  'Transferência bancária',
  'Depósito em conta',
  'Cheque',
] as const;

export const MAX_CLIENT_EMAILS = 10;

export const MAX_CLIENT_PHONES = 10;

export const MAX_NOTES_LENGTH = 20_000;

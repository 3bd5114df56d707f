/** The contact form's rules: one schema for the Contatos form and for clientContacts.save. */
import { z } from 'zod';
import { initialsOf } from '../domain/contact';
import { type ContactFields } from '../ipc/dto/client-contacts';
import { MAX_CONTACT_TAGS } from '../domain/contact-tags';
import { optionalEmail, optionalPhone, text } from './refinements';

const INITIALS = /^[\p{L}\d]{1,4}$/u;
const INITIALS_MESSAGE = 'Use de 1 a 4 letras nas iniciais.';

const tags = z
  .array(z.string().max(200))
  .max(50)
  .transform((list) => [...new Set(list.map((t) => t.trim().replace(/\s+/g, ' ')).filter((t) => t !== ''))])
  .pipe(
    z
      .array(z.string())
      .max(MAX_CONTACT_TAGS, `No máximo ${MAX_CONTACT_TAGS} etiquetas.`)
      .refine((list) => list.every((t) => t.length <= 40), 'Cada etiqueta deve ter no máximo 40 caracteres.'),
  );

/** What clientContacts.save receives; parsing returns the fields as stored (trimmed, digits, initials). */
export const contactFieldsSchema: z.ZodType<ContactFields, ContactFields> = z
  .strictObject({
    name: z
      .string()
      .transform((v) => v.trim().replace(/\s+/g, ' '))
      .pipe(text(120, 'O nome deve ter no máximo 120 caracteres.', 'Informe o nome do contato.')),
    initials: z
      .string()
      .trim()
      .refine((v) => v === '' || INITIALS.test(v), INITIALS_MESSAGE),
    company: text(120, 'A empresa deve ter no máximo 120 caracteres.'),
    role: text(80, 'O cargo deve ter no máximo 80 caracteres.'),
    email: optionalEmail,
    phone: optionalPhone('Telefone inválido: use DDD + número, ex.: (47) 99999-8888.'),
    tags,
  })
  // Blank initials come from the name, so "Maria da Silva" shows as "MS".
  .transform((c) => ({ ...c, initials: (c.initials || initialsOf(c.name)).toUpperCase() }))
  .superRefine((c, ctx) => {
    if (!INITIALS.test(c.initials))
      ctx.addIssue({ code: 'custom', message: INITIALS_MESSAGE, path: ['initials'] });
  });

/** The form keeps every field as typed text; tags are one comma-separated line. */
export interface ContactFormValues {
  name: string;
  initials: string;
  company: string;
  role: string;
  email: string;
  phone: string;
  tags: string;
}

export const contactFormSchema = z
  .object({
    name: z.string(),
    initials: z.string(),
    company: z.string(),
    role: z.string(),
    email: z.string(),
    phone: z.string(),
    tags: z.string(),
  })
  .transform((f): ContactFields => ({ ...f, tags: f.tags.split(',') }))
  .pipe(contactFieldsSchema);

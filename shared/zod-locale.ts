/**
 * Every zod message in pt-BR: schemas live in shared/ and are parsed in main (the registry) and
 * in the renderer (forms), so both load this module; a message the schema does not set itself
 * (wrong type, unknown key) would otherwise reach the agent in English.
 */
import { z } from 'zod';

z.config(z.locales.ptBR());

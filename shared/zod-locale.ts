/**
 * Every zod message in pt-BR: schemas live in shared/ and are parsed in main (the registry) and
 * in the renderer (forms), so both load this module; a message the schema does not set itself
 * (wrong type, unknown key) would otherwise reach the agent in English.
 */
import { z } from 'zod';

z.config(z.locales.ptBR());
// No code generation: the renderer's CSP has no 'unsafe-eval', and zod's own probe for it
// (new Function inside a try) is still reported as a CSP violation by the browser.
z.config({ jitless: true });

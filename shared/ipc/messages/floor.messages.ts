import { msg } from './define';

/** Floor mode: the central PostgreSQL database every desktop of a call center shares. */
export const floorMessages = {
  'floor.schemaNewer': msg(
    'FLOOR_SCHEMA_NEWER',
    (d: { found: number; known: number }) =>
      `O banco central está na versão ${d.found} e este computador conhece até a ${d.known}. Atualize a Central de Atendimento neste computador; nada foi alterado no banco.`,
  ),
  'floor.otherCompany': msg(
    'FLOOR_OTHER_COMPANY',
    (d: { found: string }) =>
      `Este banco central pertence a outra empresa (${d.found}). Confira o nome do banco com a equipe de TI; nada foi alterado.`,
  ),
};

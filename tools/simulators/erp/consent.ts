/**
 * The ERP's consent flags (may the client be called / receive messages) and its own ABC class,
 * derived from the ERP code so every run of the simulator agrees, plus the changes a test or
 * the demo makes through the handle (`setConsent`). The showcase client 82467786 may be called
 * and written to and has no ERP class (the console computes it), as in seed 000.
 */
import type { DemoClient } from '../../../db/seed/clients';

export interface ConsentOverride {
  permiteDiscagem: boolean;
  permiteMensagens: boolean;
  alteradoPor: string;
  alteradoEm: string;
}

const code = (c: Pick<DemoClient, 'erpCode'>): number => Number(c.erpCode);

/** The generated consent of a client, before any change through the handle. */
export function generatedConsent(erpCode: string): { calls: boolean; messages: boolean; erpClass: boolean } {
  const n = code({ erpCode });
  return { calls: n % 11 !== 3, messages: n % 7 !== 5, erpClass: n % 3 === 1 };
}

/** Fields the client row carries besides the register (docs/erp-gateway-api.md, "Consentimento"). */
export function consentJson(c: DemoClient, o: ConsentOverride | undefined) {
  const g = generatedConsent(c.erpCode);
  const generatedBlockCalls = !g.calls;
  const generatedBlockMessages = !g.messages;
  const generated = generatedBlockCalls || generatedBlockMessages;
  return {
    classeAbc: g.erpClass ? c.abcClass : null,
    permiteDiscagem: o ? o.permiteDiscagem : !generatedBlockCalls,
    permiteMensagens: o ? o.permiteMensagens : !generatedBlockMessages,
    consentimentoAlteradoPor: o ? o.alteradoPor : generated ? 'Cadastro ERP' : null,
    consentimentoAlteradoEm: o ? o.alteradoEm : generated ? c.updatedAt : null,
  };
}

export function changeConsent(
  consent: Map<string, ConsentOverride>,
  erpCode: string,
  change: { calls?: boolean; messages?: boolean; by: string },
  at: string,
  was: { permiteDiscagem: boolean; permiteMensagens: boolean },
): string {
  consent.set(erpCode, {
    permiteDiscagem: change.calls ?? was.permiteDiscagem,
    permiteMensagens: change.messages ?? was.permiteMensagens,
    alteradoPor: change.by,
    alteradoEm: at,
  });
  return at;
}

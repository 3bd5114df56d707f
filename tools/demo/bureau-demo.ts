import type { Core } from '../../electron/main/core-types';
import { getBureauConfig, saveBureauConfig } from '../../electron/main/db/repos/bureau-settings.repo';
import { log } from '../../electron/main/log';

function subjectOf(core: Core, documento: string): { nome: string; nomeFantasia: string | null } | undefined {
  const row = core.db
    .prepare('SELECT legal_name, trade_name FROM clients WHERE document = ? LIMIT 1')
    .get(documento) as { legal_name: string; trade_name: string | null } | undefined;
  return row ? { nome: row.legal_name, nomeFantasia: row.trade_name } : undefined;
}

/**
 * Demo only: runs the Deps simulator on 127.0.0.1 and points Configurações → Bureau de crédito
 * at it. Its certificate is self-signed and new on every start, so it is imported as the CA,
 * exactly as an admin would do for a bureau whose chain Node does not trust.
 */
export async function startBureauDemo(core: Core): Promise<() => Promise<void>> {
  // Loaded only on a demo database: the simulator is test tooling, not part of the console.
  const { startBureauSimulator } = await import('../simulators/bureau/server');
  const { DEFAULT_EMAIL, DEFAULT_PASSWORD, PRODUCTS } = await import('../simulators/bureau/fixtures');
  // The bureau knows the demo clients by their documents, as the real one knows them from the Receita.
  const sim = await startBureauSimulator({ subjects: (documento) => subjectOf(core, documento) });
  const availability = await core.secrets.availability();
  const before = getBureauConfig(core.db);
  const products = PRODUCTS.map((p) => ({ id: p.identificador, name: p.nome, personType: p.tipoPessoa }));
  saveBureauConfig(core.db, {
    ...before,
    url: sim.url,
    email: DEFAULT_EMAIL,
    passwordCipher: availability.ok ? await core.secrets.encrypt(DEFAULT_PASSWORD) : null,
    products,
    defaultProductF: before.defaultProductF ?? 'A1B2C3D4',
    defaultProductJ: before.defaultProductJ ?? 'B2C3D4E5',
    caPem: sim.caPem,
    spkiPin: null,
    receivablesUploadEnabled: true,
  });
  if (!availability.ok) log.warn(`bureau de demonstração sem senha salva: ${availability.reason}`);
  log.info(`bureau de demonstração (simulador Deps) em ${sim.url}`);
  return () => sim.stop();
}

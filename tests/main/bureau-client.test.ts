import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createBureauClient,
  type BureauClient,
  type BureauConnection,
} from '../../electron/main/gateways/bureau/bureau-client';
import type { BureauSession } from '../../electron/main/gateways/bureau/mappers/login.mapper';
import { mapDecision } from '../../electron/main/gateways/bureau/mappers/decision.mapper';
import { startBureauSimulator, type BureauSimulatorHandle } from '../../tools/simulators/bureau/server';
import { DEFAULT_EMAIL, DEFAULT_PASSWORD } from '../../tools/simulators/bureau/fixtures';

/** Client contract tests: one per case of deps-api.md §7, against the bureau simulator. */
let sim: BureauSimulatorHandle;
let client: BureauClient;
let held: BureauSession | null = null;
const tokens = { get: () => held, set: (s: BureauSession | null) => void (held = s) };

const connection = (over: Partial<BureauConnection> = {}): BureauConnection => ({
  baseUrl: sim.url,
  email: DEFAULT_EMAIL,
  password: DEFAULT_PASSWORD,
  tls: { caPem: sim.caPem, spkiPin: null },
  timeoutMs: 5_000,
  ...over,
});

beforeAll(async () => {
  sim = await startBureauSimulator();
  client = await createBureauClient(connection(), tokens);
});
afterAll(async () => {
  client.close();
  await sim.stop();
});
afterEach(() => sim.setFault(null));

const PF = 'A1B2C3D4';
const PJ = 'B2C3D4E5';
const PF_SCR = 'C3D4E5F6';
const paths = () => sim.requests().map((r) => r.path);

describe('Deps client contract (deps-api.md §7)', () => {
  it('1: valid login returns the token lifetime and the products by person type', async () => {
    const session = await client.login();
    expect(session.expiresAt - Date.now()).toBeGreaterThan(17_000_000);
    expect(session.products).toContainEqual({ id: PF, name: 'Smart PF 001', personType: 'F' });
    expect(session.products).toContainEqual({ id: PJ, name: 'Smart PJ 001', personType: 'J' });
  });

  it("2: a wrong password shows the bureau's own message", async () => {
    const bad = await createBureauClient(connection({ password: 'errada' }), {
      get: () => null,
      set: () => {},
    });
    await expect(bad.login()).rejects.toMatchObject({
      code: 'BUREAU_AUTH_FAILED',
      message: expect.stringContaining('Usuário ou senha inválidos.'),
    });
    bad.close();
  });

  it('3: an expired token is renewed once and the query goes through, billed once', async () => {
    await client.login();
    sim.expireTokens();
    const billed = sim.billedQueries();
    const logins = paths().filter((p) => p.endsWith('/conta/entrar')).length;
    const answer = await client.queryMix({ document: '52998224725', productId: PF, reuseExisting: false });
    expect(mapDecision(answer.body)?.score.score).toBe(940);
    expect(sim.billedQueries()).toBe(billed + 1);
    expect(paths().filter((p) => p.endsWith('/conta/entrar')).length).toBe(logins + 1);
  });

  it('4: an unknown product is refused with the bureau message', async () => {
    await expect(
      client.queryMix({ document: '52998224725', productId: 'FFFFFFFF', reuseExisting: false }),
    ).rejects.toMatchObject({
      code: 'BUREAU_REJECTED',
      message: expect.stringContaining('Produto não encontrado'),
    });
  });

  it('5: an invalid document is refused with the bureau message', async () => {
    await expect(
      client.queryMix({ document: '12345678900', productId: PF, reuseExisting: false }),
    ).rejects.toMatchObject({
      code: 'BUREAU_REJECTED',
      message: expect.stringContaining('CPF/CNPJ inválido'),
    });
  });

  it('6: a company with restrictions: refused opinion, C, no limit, every restriction counted', async () => {
    const answer = await client.queryMix({ document: '11222333000181', productId: PJ, reuseExisting: false });
    const d = mapDecision(answer.body);
    expect(d).toMatchObject({
      partial: false,
      opinion: { state: 'found', approved: false },
      classification: { state: 'found', classification: 'C', suggestedLimitCents: 0 },
      score: { state: 'found', score: 215, risk: 'Muito alto' },
    });
    const byKey = Object.fromEntries(d!.restrictions.map((r) => [r.key, r]));
    expect(byKey.pendencias).toMatchObject({ state: 'found', count: 2, totalCents: 1_845_075 });
    expect(byKey.protestos).toMatchObject({ state: 'found', count: 1, totalCents: 320_000 });
    expect(byKey.acoesJudiciais).toMatchObject({ state: 'found', count: 1, totalCents: 1_248_050 });
    expect(byKey.cheques).toMatchObject({ state: 'found', count: 1 });
    expect(byKey.falencias).toMatchObject({ state: 'clean', message: 'Nada consta.' });
  });

  it('7: a clean person: approved, R$ 15.000,00 suggested, every restriction "Nada consta."', async () => {
    const answer = await client.queryMix({ document: '52998224725', productId: PF, reuseExisting: false });
    const d = mapDecision(answer.body)!;
    expect(d.opinion).toMatchObject({ state: 'found', approved: true });
    expect(d.classification).toMatchObject({ classification: 'AA', suggestedLimitCents: 1_500_000 });
    expect(d.score).toMatchObject({ score: 940, risk: 'Baixo' });
    for (const r of d.restrictions)
      expect(r, r.key).toMatchObject({ state: 'clean', message: 'Nada consta.', count: 0 });
  });

  it('8: a partial result shows the failed Smart block as failed, never as clean', async () => {
    sim.setFault({ kind: 'partial', block: 'smart' });
    const answer = await client.queryMix({ document: '52998224725', productId: PF, reuseExisting: false });
    const d = mapDecision(answer.body)!;
    expect(d.partial).toBe(true);
    expect(d.blocksWithErrors).toEqual(['smart']);
    expect(d.opinion).toMatchObject({ state: 'failed', approved: null, message: expect.any(String) });
    expect(d.classification).toMatchObject({ state: 'failed', suggestedLimitCents: null });
    expect(d.score.state).toBe('found');
  });

  it('9: reuse with nothing to reuse is its own error, and a reuse is never billed', async () => {
    await expect(
      client.queryMix({ document: '39053344705', productId: PF, reuseExisting: true }),
    ).rejects.toMatchObject({ code: 'BUREAU_NOTHING_TO_REUSE' });
    const billed = sim.billedQueries();
    await client.queryMix({ document: '39053344705', productId: PF, reuseExisting: false });
    const reused = await client.queryMix({ document: '39053344705', productId: PF, reuseExisting: true });
    expect(mapDecision(reused.body)?.score.state).toBe('found');
    expect(sim.billedQueries()).toBe(billed + 1);
  });

  it('10: an SCR product without consent is refused with the bureau message', async () => {
    await expect(
      client.queryMix({ document: '52998224725', productId: PF_SCR, reuseExisting: false }),
    ).rejects.toMatchObject({ code: 'BUREAU_REJECTED', message: expect.stringContaining('SCR') });
  });

  it('11 and 12: the receivables endpoint acknowledges a valid batch and lists an invalid row', async () => {
    const row = {
      chave: 'T-1/1#entry',
      documentoCliente: '11222333000181',
      numeroTitulo: 'T-1',
      parcela: 1,
      dataEmissao: '2026-01-10',
      dataVencimento: '2026-02-10',
      valorCentavos: 150_000,
      valorPagoCentavos: 0,
      dataPagamento: null,
      situacao: 'aberto',
      tipoMovimento: 'entry',
    };
    const ok = await client.postReceivables({ loteId: 'teste-11', registros: [row] });
    expect(ok).toMatchObject({ status: 200, body: { recebidos: 1, somaCentavos: 150_000 } });
    const bad = await client.postReceivables({
      loteId: 'teste-12',
      registros: [row, { ...row, chave: 'T-2/1#entry', dataVencimento: '2026-02-31' }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({
      rejeitados: [{ indice: 1, motivo: expect.stringContaining('dataVencimento') }],
    });
  });

  it('5xx without processing is a server error; a timeout after sending is ambiguous', async () => {
    sim.setFault({ kind: 'status', status: 503, times: 1 });
    await expect(
      client.queryMix({ document: '52998224725', productId: PF, reuseExisting: false }),
    ).rejects.toMatchObject({ code: 'BUREAU_SERVER_ERROR' });
    const slow = await createBureauClient(connection({ timeoutMs: 800 }), tokens);
    sim.setFault({ kind: 'timeoutAfterReceive', ms: 3_000 });
    const billed = sim.billedQueries();
    await expect(
      slow.queryMix({ document: '52998224725', productId: PF, reuseExisting: false }),
    ).rejects.toMatchObject({ code: 'BUREAU_AMBIGUOUS' });
    expect(sim.billedQueries()).toBe(billed + 1);
    slow.close();
  });

  it('an unreachable bureau is reported as such, not as ambiguous', async () => {
    const down = await createBureauClient(connection({ baseUrl: 'https://127.0.0.1:1' }), tokens);
    await expect(
      down.queryMix({ document: '52998224725', productId: PF, reuseExisting: false }),
    ).rejects.toMatchObject({ code: 'BUREAU_UNREACHABLE' });
    down.close();
  });
});

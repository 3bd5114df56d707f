import https from 'node:https';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBureauClient, type BureauConnection } from '../../electron/main/gateways/bureau/bureau-client';
import { startBureauSimulator, type BureauSimulatorHandle } from '../../tools/simulators/bureau/server';
import { DEFAULT_EMAIL, DEFAULT_PASSWORD } from '../../tools/simulators/bureau/fixtures';

let sim: BureauSimulatorHandle;
let other: BureauSimulatorHandle;
beforeAll(async () => {
  [sim, other] = await Promise.all([startBureauSimulator(), startBureauSimulator()]);
});
afterAll(async () => {
  await Promise.all([sim.stop(), other.stop()]);
});
afterEach(() => {
  delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
});

const noTokens = { get: () => null, set: () => undefined };
const connection = (tls: BureauConnection['tls']): BureauConnection => ({
  baseUrl: sim.url,
  email: DEFAULT_EMAIL,
  password: DEFAULT_PASSWORD,
  tls,
  timeoutMs: 5_000,
});

async function login(tls: BureauConnection['tls']) {
  const client = await createBureauClient(connection(tls), noTokens);
  try {
    return await client.login();
  } finally {
    client.close();
  }
}

/** A plain request with Node's defaults: proves whether the process-wide variable is in force. */
function plainRequest(): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = https.request(`${sim.url}/api/v3/conta/entrar`, { method: 'POST', agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end('{}');
  });
}

describe('bureau TLS: its own agent, never the global switch', () => {
  it('refuses the self-signed certificate by default, before sending anything', async () => {
    const before = sim.requests().length;
    await expect(login({ caPem: null, spkiPin: null })).rejects.toMatchObject({ code: 'BUREAU_TLS' });
    expect(sim.requests()).toHaveLength(before);
  });

  it('accepts the server with the imported CA certificate', async () => {
    const session = await login({ caPem: sim.caPem, spkiPin: null });
    expect(session.products.map((p) => p.id)).toContain('A1B2C3D4');
  });

  it("refuses another server's CA", async () => {
    await expect(login({ caPem: other.caPem, spkiPin: null })).rejects.toMatchObject({ code: 'BUREAU_TLS' });
  });

  it('accepts the right pin of the server key without any CA, and refuses a wrong pin', async () => {
    const session = await login({ caPem: null, spkiPin: sim.spkiSha256Base64 });
    expect(session.accessToken).toBeTruthy();
    const before = sim.requests().length;
    await expect(login({ caPem: null, spkiPin: other.spkiSha256Base64 })).rejects.toMatchObject({
      code: 'BUREAU_TLS',
      message: expect.stringContaining(sim.spkiSha256Base64),
    });
    // With the right CA but the wrong pin the pin still wins.
    await expect(login({ caPem: sim.caPem, spkiPin: other.spkiSha256Base64 })).rejects.toMatchObject({
      code: 'BUREAU_TLS',
    });
    expect(sim.requests()).toHaveLength(before);
  });

  it('still refuses with NODE_TLS_REJECT_UNAUTHORIZED=0 in the environment', async () => {
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    // The variable really is in force for ordinary connections of this process...
    expect(await plainRequest()).toBe(400);
    // ...and has no effect on the bureau's agent.
    const before = sim.requests().length;
    await expect(login({ caPem: null, spkiPin: null })).rejects.toMatchObject({ code: 'BUREAU_TLS' });
    await expect(login({ caPem: other.caPem, spkiPin: null })).rejects.toMatchObject({ code: 'BUREAU_TLS' });
    expect(sim.requests()).toHaveLength(before);
  });
});

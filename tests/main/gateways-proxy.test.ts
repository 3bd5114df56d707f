import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createErpGateway } from '../../electron/main/gateways/erp/erp-client';
import { createBureauClient, type BureauConnection } from '../../electron/main/gateways/bureau/bureau-client';
import { createUndiciHttpPort, type UndiciPortOptions } from '../../electron/main/gateways/http/undici-port';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { startBureauSimulator, type BureauSimulatorHandle } from '../../tools/simulators/bureau/server';
import { DEFAULT_EMAIL, DEFAULT_PASSWORD } from '../../tools/simulators/bureau/fixtures';
import {
  startConnectProxy,
  startInspectingProxy,
  startTlsFront,
  type InspectingProxy,
  type TestProxy,
} from './support/test-proxies';

/** Both gateways through real proxies: a plain corporate proxy and a TLS-inspecting one. */
let erpSim: ErpSimulatorHandle;
let bureau: BureauSimulatorHandle;
let erpTls: Awaited<ReturnType<typeof startTlsFront>>;
let proxy: TestProxy;
let inspector: InspectingProxy;

beforeAll(async () => {
  [erpSim, bureau, proxy] = await Promise.all([
    startErpSimulator({ clients: 20 }),
    startBureauSimulator(),
    startConnectProxy(),
  ]);
  erpTls = await startTlsFront(Number(new URL(erpSim.url).port));
  inspector = await startInspectingProxy([bureau.caPem, erpTls.certPem]);
});
afterAll(async () => {
  await Promise.all([proxy.stop(), inspector.stop(), erpTls.stop()]);
  await Promise.all([erpSim.stop(), bureau.stop()]);
});

const via = (proxyUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  HTTPS_PROXY: proxyUrl,
  HTTP_PROXY: proxyUrl,
  ...extra,
});

const erpThrough = (baseUrl: string, port: UndiciPortOptions) =>
  createErpGateway({
    baseUrl,
    token: erpSim.token,
    timeoutMs: 3_000,
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    http: createUndiciHttpPort(port),
  });

async function bureauLogin(tls: BureauConnection['tls'], port: UndiciPortOptions) {
  const client = await createBureauClient(
    {
      baseUrl: bureau.url,
      email: DEFAULT_EMAIL,
      password: DEFAULT_PASSWORD,
      tls,
      timeoutMs: 5_000,
      http: createUndiciHttpPort(port),
    },
    { get: () => null, set: () => undefined },
  );
  try {
    return await client.login();
  } finally {
    client.close();
  }
}

const bureauHost = () => new URL(bureau.url).host;
const erpTlsHost = () => new URL(erpTls.url).host;

describe('through the corporate HTTP proxy (HTTPS_PROXY / HTTP_PROXY)', () => {
  it('the ERP over http is forwarded by the proxy, and over https tunnelled', async () => {
    const forwardsBefore = proxy.forwards().length;
    await expect(erpThrough(erpSim.url, { env: via(proxy.url) }).about()).resolves.toMatchObject({
      erpName: 'Simulador ERP Oeste',
    });
    expect(proxy.forwards().slice(forwardsBefore)).toEqual([`${erpSim.url}/v1/sobre`]);

    const tunnelsBefore = proxy.tunnels().length;
    const overTls = erpThrough(erpTls.url, { env: via(proxy.url), corporateCaPem: erpTls.certPem });
    await expect(overTls.about()).resolves.toMatchObject({ erpName: 'Simulador ERP Oeste' });
    expect(proxy.tunnels().slice(tunnelsBefore)).toEqual([erpTlsHost()]);
  });

  it('the bureau goes through a CONNECT tunnel, with its imported CA and with its pin', async () => {
    const before = proxy.tunnels().length;
    await expect(
      bureauLogin({ caPem: bureau.caPem, spkiPin: null }, { env: via(proxy.url) }),
    ).resolves.toMatchObject({
      accessToken: expect.any(String),
    });
    await expect(
      bureauLogin({ caPem: null, spkiPin: bureau.spkiSha256Base64 }, { env: via(proxy.url) }),
    ).resolves.toMatchObject({ accessToken: expect.any(String) });
    expect(proxy.tunnels().slice(before)).toEqual([bureauHost(), bureauHost()]);
  });

  it('NO_PROXY=127.0.0.1 sends both gateways direct, past the proxy', async () => {
    const tunnels = proxy.tunnels().length;
    const forwards = proxy.forwards().length;
    const env = via(proxy.url, { NO_PROXY: '127.0.0.1' });
    await expect(erpThrough(erpSim.url, { env }).about()).resolves.toBeTruthy();
    await expect(bureauLogin({ caPem: bureau.caPem, spkiPin: null }, { env })).resolves.toBeTruthy();
    expect(proxy.tunnels()).toHaveLength(tunnels);
    expect(proxy.forwards()).toHaveLength(forwards);
  });

  it('a proxy that asks for a password is reported as the proxy refusing, and nothing reaches the bureau', async () => {
    const strict = await startConnectProxy({ requireAuth: true });
    try {
      const env = via(strict.url);
      const requests = bureau.requests().length;
      await expect(erpThrough(erpSim.url, { env }).about()).rejects.toMatchObject({
        code: 'ERP_UNREACHABLE',
        message: expect.stringContaining('proxy'),
      });
      await expect(bureauLogin({ caPem: bureau.caPem, spkiPin: null }, { env })).rejects.toMatchObject({
        code: 'BUREAU_UNREACHABLE',
        message: expect.stringContaining('proxy'),
      });
      expect(strict.tunnels()).toEqual([bureauHost()]);
      expect(bureau.requests()).toHaveLength(requests);
    } finally {
      await strict.stop();
    }
  });

  it('a proxy that is down is reported as unreachable, not as a bureau that may have billed', async () => {
    const env = via('http://127.0.0.1:9');
    await expect(erpThrough(erpSim.url, { env }).about()).rejects.toMatchObject({ code: 'ERP_UNREACHABLE' });
    await expect(bureauLogin({ caPem: bureau.caPem, spkiPin: null }, { env })).rejects.toMatchObject({
      code: 'BUREAU_UNREACHABLE',
    });
  });
});

describe('through a TLS-inspecting proxy that re-signs with the company CA', () => {
  it('in the web shell the company root comes from NODE_EXTRA_CA_CERTS, also beside an imported CA', async () => {
    const caFile = path.join(os.tmpdir(), `central-company-ca-${process.pid}.pem`);
    fs.writeFileSync(caFile, inspector.caPem);
    try {
      const env = via(inspector.url, { NODE_EXTRA_CA_CERTS: caFile });
      await expect(erpThrough(erpTls.url, { env }).about()).resolves.toBeTruthy();
      // The bureau keeps its own CA import and still trusts the company root.
      await expect(bureauLogin({ caPem: bureau.caPem, spkiPin: null }, { env })).resolves.toBeTruthy();
    } finally {
      fs.rmSync(caFile, { force: true });
    }
  });

  it("without the company CA, neither gateway trusts the proxy's certificates", async () => {
    const env = via(inspector.url);
    await expect(
      erpThrough(erpTls.url, { env, corporateCaPem: erpTls.certPem }).about(),
    ).rejects.toMatchObject({
      code: 'ERP_UNREACHABLE',
      message: expect.stringContaining('certificado'),
    });
    const requests = bureau.requests().length;
    await expect(bureauLogin({ caPem: bureau.caPem, spkiPin: null }, { env })).rejects.toMatchObject({
      code: 'BUREAU_TLS',
    });
    expect(bureau.requests()).toHaveLength(requests);
  });

  it('with the company CA imported, both gateways work and the traffic went through the proxy', async () => {
    const before = inspector.tunnels().length;
    const env = via(inspector.url);
    await expect(
      erpThrough(erpTls.url, { env, corporateCaPem: inspector.caPem }).about(),
    ).resolves.toMatchObject({
      erpName: 'Simulador ERP Oeste',
    });
    // The bureau's imported CA here is the company's, as the admin would import it.
    await expect(bureauLogin({ caPem: inspector.caPem, spkiPin: null }, { env })).resolves.toMatchObject({
      accessToken: expect.any(String),
    });
    expect(inspector.tunnels().slice(before)).toEqual([erpTlsHost(), bureauHost()]);
  });

  it("the bureau's pin refuses the proxy's key, even with the company CA trusted, and sends nothing", async () => {
    const env = via(inspector.url);
    const requests = bureau.requests().length;
    const tunnels = inspector.tunnels().length;
    for (const caPem of [null, inspector.caPem]) {
      await expect(
        bureauLogin({ caPem, spkiPin: bureau.spkiSha256Base64 }, { env, corporateCaPem: inspector.caPem }),
      ).rejects.toMatchObject({
        code: 'BUREAU_TLS',
        message: expect.stringContaining(inspector.presentedPin),
      });
    }
    expect(inspector.tunnels().length).toBeGreaterThan(tunnels);
    expect(bureau.requests()).toHaveLength(requests);
  });
});

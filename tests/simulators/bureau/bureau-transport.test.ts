import { spawn } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBureauSimulator } from '../../../tools/simulators/bureau/server';
import { callSimulator } from './test-client';
import type { BureauSimulatorHandle } from '../../../tools/simulators/bureau/types';

let sim: BureauSimulatorHandle;

beforeAll(async () => {
  sim = await startBureauSimulator();
});
afterAll(async () => {
  await sim.stop();
});

describe('TLS e transporte', () => {
  it('sem a CA do simulador a conexão é recusada por erro de certificado', async () => {
    const before = sim.requests().length;
    await expect(
      callSimulator(sim, { path: '/api/v3/conta/entrar', body: {}, withoutCa: true }),
    ).rejects.toMatchObject({
      code: expect.stringMatching(/SELF_SIGNED|UNABLE_TO_VERIFY/),
    });
    expect(sim.requests()).toHaveLength(before);
  });

  it('expõe os pins do certificado que o servidor realmente apresenta', async () => {
    const result = await callSimulator(sim, { path: '/api/v3/conta/entrar', body: {} });
    expect(result.peerFingerprint256).toBe(sim.certFingerprint256);
    expect(createHash('sha256').update(result.peerPublicKey).digest('base64')).toBe(sim.spkiSha256Base64);
    expect(new X509Certificate(sim.caPem).subjectAltName).toMatch(/DNS:localhost.*IP Address:127\.0\.0\.1/);
  });

  it('escuta só em 127.0.0.1 e também valida pelo nome localhost', async () => {
    expect(sim.url).toBe(`https://127.0.0.1:${sim.port}`);
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = request(
        { host: 'localhost', port: sim.port, path: '/nao-existe', ca: sim.caPem, agent: false, family: 4 },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      outgoing.on('error', reject);
      outgoing.end();
    });
    expect(status).toBe(404);
  });

  it('método errado devolve 405', async () => {
    const result = await callSimulator(sim, { method: 'GET', path: '/api/v3/consultas/depsmix' });
    expect(result.status).toBe(405);
    expect(result.headers.allow).toBe('POST');
  });

  it('a CLI imprime a URL e o caminho da CA, e atende com essa CA', async () => {
    const cliPath = join(__dirname, '../../../tools/simulators/bureau/cli.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', cliPath, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const output = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (/CA PEM: .+\n/.test(text)) resolve(text);
        });
        child.once('exit', (code) => reject(new Error(`CLI saiu com código ${code}: ${text}`)));
      });
      const url = /bureau simulator listening on (https:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      const caPath = /CA PEM: (.+)\n/.exec(output)?.[1];
      expect(url).toBeDefined();
      const caPem = readFileSync(caPath ?? '', 'utf8');
      const status = await new Promise<number>((resolve, reject) => {
        const body = JSON.stringify({ email: 'api@empresa-demo.com.br', senha: 'demo-deps-2026' });
        const outgoing = request(
          `${url}/api/v3/conta/entrar`,
          { method: 'POST', ca: caPem, agent: false, headers: { 'content-type': 'application/json' } },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        outgoing.on('error', reject);
        outgoing.end(body);
      });
      expect(status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

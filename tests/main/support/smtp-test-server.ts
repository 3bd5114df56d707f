/**
 * A real SMTP server on 127.0.0.1 for the tests (smtp-server), with mailparser reading what
 * arrived. Its behaviour can be switched between messages to exercise each failure for real.
 */
import type { AddressInfo, Socket } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export type SmtpFault =
  | 'none'
  /** 4xx after DATA: try again later. */
  | 'temporary'
  /** 5xx after DATA: permanent. */
  | 'permanent'
  /** 550 on RCPT: the relay refuses a foreign recipient. */
  | 'relay'
  /** The socket is destroyed while the message body is arriving. */
  | 'drop-mid-data';

export interface ReceivedMail {
  raw: string;
  parsed: ParsedMail;
  envelopeTo: string[];
}

export interface SmtpTestServer {
  port: number;
  received: ReceivedMail[];
  fault: SmtpFault;
  /** Resolves once `n` messages have been accepted. */
  waitFor(n: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

export interface SmtpTestServerOptions {
  /** Implicit TLS (port-465 style) or STARTTLS offered with this key and certificate. */
  tls?: { keyPem: string; certPem: string; implicit?: boolean };
  /** When set, AUTH is required and only this pair is accepted. */
  auth?: { user: string; password: string };
}

export async function startSmtpTestServer(opts: SmtpTestServerOptions = {}): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  const state: { fault: SmtpFault } = { fault: 'none' };
  const sockets = new Set<Socket>();
  const config: SMTPServerOptions = {
    secure: opts.tls?.implicit ?? false,
    ...(opts.tls ? { key: opts.tls.keyPem, cert: opts.tls.certPem } : { disabledCommands: ['STARTTLS'] }),
    authOptional: !opts.auth,
    allowInsecureAuth: !opts.tls,
    logger: false,
    onAuth(auth, _session, cb) {
      if (opts.auth && auth.username === opts.auth.user && auth.password === opts.auth.password) {
        cb(null, { user: auth.username });
        return;
      }
      cb(Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, cb) {
      if (state.fault === 'relay') {
        cb(Object.assign(new Error('5.7.1 Relaying denied'), { responseCode: 550 }));
        return;
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      const fault = state.fault;
      stream.on('data', (c: Buffer) => {
        chunks.push(c);
        if (fault === 'drop-mid-data') for (const socket of sockets) socket.destroy();
      });
      stream.on('end', () => {
        if (fault === 'temporary') {
          cb(Object.assign(new Error('4.3.0 Mail server temporarily unavailable'), { responseCode: 451 }));
          return;
        }
        if (fault === 'permanent') {
          cb(Object.assign(new Error('5.6.0 Message content rejected'), { responseCode: 554 }));
          return;
        }
        if (fault === 'drop-mid-data') return;
        const raw = Buffer.concat(chunks).toString('utf8');
        void simpleParser(raw).then((parsed) => {
          received.push({ raw, parsed, envelopeTo: session.envelope.rcptTo.map((r) => r.address) });
          cb();
          for (const w of waiters.splice(0)) w();
        }, cb);
      });
    },
  };
  const server = new SMTPServer(config);
  // A dropped client surfaces as a server 'error'; the test asserts on the client side.
  server.on('error', () => {});
  server.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    get fault() {
      return state.fault;
    },
    set fault(f: SmtpFault) {
      state.fault = f;
    },
    async waitFor(n, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < n) {
        if (Date.now() > deadline) throw new Error(`esperava ${n} mensagem(ns), chegaram ${received.length}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 100);
        });
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

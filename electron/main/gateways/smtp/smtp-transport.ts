import tls from 'node:tls';
import nodemailer from 'nodemailer';
import type { SmtpSecurity } from '../../../../shared/ipc/dto/email';

export interface SmtpConnection {
  host: string;
  port: number;
  security: SmtpSecurity;
  user: string;
  password: string | null;
  caPem: string | null;
}

export interface SmtpTimeouts {
  connectionMs: number;
  socketMs: number;
}

const DEFAULT_TIMEOUTS: SmtpTimeouts = { connectionMs: 15_000, socketMs: 60_000 };

const LOOPBACK = new Set(['127.0.0.1', '::1', '[::1]', 'localhost']);
export const isLoopbackHost = (host: string): boolean => LOOPBACK.has(host.trim().toLowerCase());

/**
 * One nodemailer transport per send. `rejectUnauthorized: true` is explicit so a process-wide
 * NODE_TLS_REJECT_UNAUTHORIZED=0 cannot switch verification off; trust is widened only by the
 * admin's CA, added to Node's roots for this connection alone. "none" never upgrades (loopback
 * relays only: the settings refuse it for any other host).
 */
export function createSmtpTransport(c: SmtpConnection, timeouts: SmtpTimeouts = DEFAULT_TIMEOUTS) {
  return nodemailer.createTransport({
    host: c.host,
    port: c.port,
    secure: c.security === 'tls',
    requireTLS: c.security === 'starttls',
    ignoreTLS: c.security === 'none',
    auth: c.user ? { user: c.user, pass: c.password ?? '' } : undefined,
    tls: {
      rejectUnauthorized: true,
      servername: isLoopbackHost(c.host) ? undefined : c.host,
      ...(c.caPem ? { ca: [...tls.rootCertificates, c.caPem] } : {}),
    },
    connectionTimeout: timeouts.connectionMs,
    greetingTimeout: timeouts.connectionMs,
    socketTimeout: timeouts.socketMs,
    // Our own log carries what matters; nodemailer's would print the AUTH exchange.
    logger: false,
    debug: false,
  });
}

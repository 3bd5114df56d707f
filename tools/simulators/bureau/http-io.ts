import type { IncomingMessage, ServerResponse } from 'node:http';

export type ParsedBody =
  { kind: 'empty' } | { kind: 'json'; value: unknown } | { kind: 'invalid'; raw: string };

export interface IncomingCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: ParsedBody;
  authorization: string | undefined;
}

/** What a handler answers; the server decides whether (and when) it reaches the socket. */
export interface Reply {
  status: number;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

export function jsonReply(status: number, json: unknown): Reply {
  return { status, json };
}

export function errorReply(status: number, codigo: string, mensagem: string): Reply {
  return { status, json: { codigo, mensagem } };
}

/** ASP.NET-style 401: empty body plus the bearer challenge. */
export function unauthorizedReply(): Reply {
  return { status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } };
}

export async function readBody(
  request: IncomingMessage,
  maxBytes: number,
): Promise<{ raw: string; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size <= maxBytes) chunks.push(buffer);
  }
  return { raw: Buffer.concat(chunks).toString('utf8'), tooLarge: size > maxBytes };
}

export function parseBody(raw: string): ParsedBody {
  if (raw.trim() === '') return { kind: 'empty' };
  try {
    return { kind: 'json', value: JSON.parse(raw) as unknown };
  } catch {
    return { kind: 'invalid', raw };
  }
}

export function writeReply(response: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  let payload = '';
  if (reply.json !== undefined) {
    headers['content-type'] = 'application/json; charset=utf-8';
    payload = JSON.stringify(reply.json);
  } else if (reply.text !== undefined) {
    headers['content-type'] ??= 'text/plain; charset=utf-8';
    payload = reply.text;
  }
  headers['content-length'] = String(Buffer.byteLength(payload));
  response.writeHead(reply.status, headers);
  response.end(payload);
}

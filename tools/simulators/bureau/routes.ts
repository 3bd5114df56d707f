import type { SimulatorContext } from './context';
import type { IncomingCall, Reply } from './http-io';
import { handleLogin } from './login';
import { handleMixQuery } from './query';
import { handleReceivablesBatch, handleReceivablesSummary } from './receivables';

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  handle: (context: SimulatorContext, call: IncomingCall) => Reply;
  /** Faults never hit login, so a test can always obtain a token first. */
  faultable: boolean;
}

export const ROUTES: readonly Route[] = [
  { method: 'POST', path: '/api/v3/conta/entrar', handle: handleLogin, faultable: false },
  { method: 'POST', path: '/api/v1/conta/entrar', handle: handleLogin, faultable: false },
  { method: 'POST', path: '/api/v3/consultas/depsmix', handle: handleMixQuery, faultable: true },
  { method: 'POST', path: '/api/v3/contas-receber/lotes', handle: handleReceivablesBatch, faultable: true },
  { method: 'GET', path: '/api/v3/contas-receber/resumo', handle: handleReceivablesSummary, faultable: true },
];

/** ASP.NET routing is case-insensitive and tolerates a trailing slash; so is this. */
export function normalizePath(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return trimmed.toLowerCase();
}

export type RouteMatch =
  { kind: 'found'; route: Route } | { kind: 'wrongMethod'; allowed: string } | { kind: 'notFound' };

export function matchRoute(method: string, path: string): RouteMatch {
  const normalized = normalizePath(path);
  const samePath = ROUTES.filter((route) => route.path === normalized);
  const route = samePath.find((candidate) => candidate.method === method);
  if (route) return { kind: 'found', route };
  if (samePath.length > 0)
    return { kind: 'wrongMethod', allowed: samePath.map((candidate) => candidate.method).join(', ') };
  return { kind: 'notFound' };
}

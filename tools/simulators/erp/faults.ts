/**
 * Per-endpoint fault injection, so tests can exercise every failure the console must survive.
 * A fault with `times` disarms itself after that many requests (e.g. one 503, then success);
 * one with `forMs` after that much time (e.g. 503 for 60 s: an ERP that is down, then back).
 */
export const ENDPOINTS = [
  'sobre',
  'tabelas',
  'resumoFinanceiro',
  'boletos',
  'boletoPdf',
  'credito',
  'consultasBureau',
  'configuracoes',
  'clientes',
  'pedidos',
] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

export type FaultKind =
  /** answer normally, but only after `ms` */
  | { kind: 'slow'; ms: number }
  /** answer this status without processing (503/502 come as a proxy's HTML page) */
  | { kind: 'status'; status: 500 | 502 | 503 }
  /** accept the request and never answer (the socket is closed after `ms`, default 60 s) */
  | { kind: 'timeout'; ms?: number }
  /** 200 with a body that is not JSON */
  | { kind: 'malformed' }
  /** 200 with JSON that does not follow the contract */
  | { kind: 'wrongShape' }
  /** process the request, then drop the connection before answering (lost response) */
  | { kind: 'dropAfterProcessing' }
  /** close the connection at once, before processing */
  | { kind: 'reset' }
  /** boleto PDF only: a PDF whose body is damaged */
  | { kind: 'corruptPdf' };

export type Fault = FaultKind & { times?: number; forMs?: number };

type ArmedFault = Fault & { until?: number };

export class Faults {
  private readonly active = new Map<Endpoint, ArmedFault>();

  constructor(private readonly now: () => number = Date.now) {}

  set(endpoint: Endpoint | '*', fault: Fault | null): void {
    for (const e of endpoint === '*' ? ENDPOINTS : [endpoint]) {
      if (fault)
        this.active.set(e, {
          ...fault,
          until: fault.forMs === undefined ? undefined : this.now() + fault.forMs,
        });
      else this.active.delete(e);
    }
  }

  clear(): void {
    this.active.clear();
  }

  /** The fault to apply to this request, counting it against `times`. */
  take(endpoint: Endpoint): Fault | null {
    const fault = this.active.get(endpoint);
    if (!fault) return null;
    if (fault.until !== undefined && this.now() >= fault.until) {
      this.active.delete(endpoint);
      return null;
    }
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) this.active.delete(endpoint);
    }
    return fault;
  }
}

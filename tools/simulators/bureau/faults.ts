import type { Fault } from './types';
import { errorReply, type Reply } from './http-io';

const GATEWAY_PAGE = (status: number, title: string): string =>
  `<html><head><title>${status} ${title}</title></head><body><center><h1>${status} ${title}</h1></center></body></html>`;

function statusReply(status: 500 | 502 | 503): Reply {
  if (status === 500) return errorReply(500, 'ERRO_INTERNO', 'Erro interno ao processar a requisição.');
  // A proxy in front of the API answers these, so the body is HTML, not the API's JSON.
  const title = status === 502 ? 'Bad Gateway' : 'Service Temporarily Unavailable';
  return { status, text: GATEWAY_PAGE(status, title), headers: { 'content-type': 'text/html' } };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Holds the active fault; applies only to the query and receivables endpoints, never to login. */
export class FaultController {
  private current: Fault | null = null;

  set(fault: Fault | null): void {
    this.current = fault ? { ...fault } : null;
  }

  /** Runs before the handler: adds latency, or answers an error status without processing. */
  async beforeHandling(): Promise<Reply | null> {
    const fault = this.current;
    if (fault?.kind === 'latency') await sleep(fault.ms);
    if (fault?.kind !== 'status') return null;
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) this.current = null;
    }
    return statusReply(fault.status);
  }

  /** Milliseconds to hold the socket silently after the request was fully processed, if any. */
  holdAfterProcessingMs(): number | null {
    return this.current?.kind === 'timeoutAfterReceive' ? this.current.ms : null;
  }

  /** Fault `wrongSubject`: what of the answer must belong to someone else, if anything. */
  wrongSubject(): 'document' | 'name' | null {
    return this.current?.kind === 'wrongSubject' ? this.current.differs : null;
  }

  smartFails(): boolean {
    return this.current?.kind === 'partial' && this.current.block === 'smart';
  }
}

import type { RecordedRequest, SubjectDirectory } from './types';
import type { TokenIssuer } from './tokens';
import type { FaultController } from './faults';
import type { ReceivablesStore } from './receivables-store';

export interface StoredQuery {
  result: Record<string, unknown>;
  storedAt: Date;
}

/** Mutable state shared by the handlers of one simulator instance. */
export interface SimulatorContext {
  email: string;
  password: string;
  tokenTtlSeconds: number;
  now: () => Date;
  tokens: TokenIssuer;
  faults: FaultController;
  /** New (non-reused) queries, i.e. the ones Deps would charge. */
  billedQueries: number;
  /** Last result per `documento|identificadorProduto`, for `reutilizarDadosExistentes`. */
  storedQueries: Map<string, StoredQuery>;
  receivables: ReceivablesStore;
  requests: RecordedRequest[];
  subjects: SubjectDirectory;
}

/**
 * Public types of the Deps bureau simulator. The receivables shapes are PROVISIONAL: the real
 * Deps schema is unknown (deps-api.md §5), so these mirror what the app plans to send.
 */

export type PersonType = 'F' | 'J';

export interface BureauProduct {
  identificador: string;
  nome: string;
  tipoPessoa: PersonType;
  /** Whether the product runs the Smart credit policy (adds the `smart` block). */
  includesSmart: boolean;
  /** Whether the product includes the Central Bank SCR block (needs the subject's consent). */
  includesScr: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, the raw text when it was not JSON, or null when empty. */
  body: unknown;
  hasAuthorization: boolean;
  receivedAt: string;
}

export type Fault =
  | { kind: 'latency'; ms: number }
  | { kind: 'status'; status: 500 | 502 | 503; times?: number }
  | { kind: 'timeoutAfterReceive'; ms: number }
  | { kind: 'partial'; block: 'smart' }
  /**
   * A wrong answer, for the console's subject check: `document` answers about another subject
   * (other CPF/CNPJ and name); `name` keeps the document asked for but names someone else.
   */
  | { kind: 'wrongSubject'; differs: 'document' | 'name' };

/** Who a document belongs to, as the Receita Federal would say; undefined: not known. */
export type SubjectDirectory = (
  documento: string,
) => { nome: string; nomeFantasia: string | null } | undefined;

export type ReceivableSituation = 'aberto' | 'pago' | 'parcial' | 'estornado' | 'cancelado';
export type MovementKind = 'entry' | 'payment' | 'payment_reversal';

export interface ReceivableRow {
  chave: string;
  documentoCliente: string;
  numeroTitulo: string;
  parcela: number;
  dataEmissao: string;
  dataVencimento: string;
  valorCentavos: number;
  valorPagoCentavos: number;
  dataPagamento: string | null;
  situacao: ReceivableSituation;
  tipoMovimento: MovementKind;
}

export interface ReceivableRecord extends ReceivableRow {
  loteId: string;
  recebidoEm: string;
}

export interface BatchAck {
  loteId: string;
  recebidos: number;
  somaCentavos: number;
  hashChaves: string;
}

export interface ReceivablesSummary {
  total: number;
  somaCentavos: number;
  hashChaves: string;
}

export interface BureauSimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  email?: string;
  password?: string;
  /** Lifetime announced in `expires_in` and enforced on every call. Default 18000 (5 h). */
  tokenTtlSeconds?: number;
  /** Clock used for tokens, `dataConsulta` and the 90-day reuse window. */
  now?: () => Date;
  /** false keeps request bodies out of `requests()`, for loads of millions of rows. Default true. */
  recordBodies?: boolean;
  /**
   * Names of the subjects the answers are about (the demo passes its client register). Without
   * it, or for an unknown document, the name is made up from the document.
   */
  subjects?: SubjectDirectory;
}

export interface BureauSimulatorHandle {
  url: string;
  port: number;
  caPem: string;
  spkiSha256Base64: string;
  certFingerprint256: string;
  billedQueries(): number;
  requests(): RecordedRequest[];
  setFault(fault: Fault | null): void;
  expireTokens(): void;
  receivables(): { records: Map<string, ReceivableRecord>; batches: BatchAck[] };
  stop(): Promise<void>;
}

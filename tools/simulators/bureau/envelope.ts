/** The `{success, message, data}` wrapper almost every Deps block uses (deps-api.md §4.4). */
export interface BlockEnvelope {
  success: boolean;
  message: string | null;
  data: unknown;
}

export function withData(data: unknown): BlockEnvelope {
  return { success: true, message: null, data };
}

/** Searched and nothing was found. */
export function nothingFound(): BlockEnvelope {
  return { success: true, message: 'Nada consta.', data: null };
}

export function noInformation(): BlockEnvelope {
  return { success: true, message: 'Sem informação.', data: null };
}

export function failedBlock(message: string): BlockEnvelope {
  return { success: false, message, data: null };
}

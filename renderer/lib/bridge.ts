/** The shape preload exposes as `window.api` (and the web transport imitates). */
export interface Bridge {
  transport: 'electron' | 'web';
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    api?: Bridge;
  }
}

import type { Registry } from '../electron/main/ipc/registry';
export interface BenchLine {
  metric: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  target?: string;
}

export const percentile = (samples: number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

export const round = (n: number, digits = 3): number => Number(n.toFixed(digits));

export function line(
  metric: string,
  value: number,
  unit: string,
  baseline: number | null,
  target?: string,
): BenchLine {
  return {
    metric,
    value: round(value),
    unit,
    baseline: baseline === null ? null : round(baseline),
    ratio: baseline ? round(value / baseline) : null,
    ...(target ? { target } : {}),
  };
}

/** Milliseconds of each call, after a warm-up. */
export async function timeEach(
  items: readonly unknown[],
  fn: (item: unknown) => unknown,
  warmup = 20,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(items[i % items.length]);
  const out: number[] = [];
  for (const item of items) {
    const t0 = process.hrtime.bigint();
    await fn(item);
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return out;
}

/** Logs the demo agent (ana) into `session` on a bench's registry. */
export async function loginDemoAgent(registry: Registry, session: string): Promise<void> {
  const r = await registry.invoke(
    'auth.login',
    { login: 'ana', password: 'atendente-demo' },
    { sessionKey: session },
  );
  if (!r.ok) throw new Error(r.error.message);
}

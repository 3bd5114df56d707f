/**
 * Waits until `read` gives a truthy value (a seat's cache caught up, an event arrived) and
 * returns it; fails naming what it waited for. Polls every 25 ms.
 */
export async function until<T>(
  what: string,
  read: () => T | Promise<T>,
  timeoutMs = 10_000,
): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`esperou ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

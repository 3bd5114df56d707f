/**
 * The only module that touches window.api. Calls are typed from the contract; results keep
 * their `{ok, value} | {ok:false, error}` shape so every caller decides what to show.
 */
import type {
  ChannelInput,
  ChannelName,
  ChannelOutput,
  EventMap,
  EventName,
} from '../../shared/ipc/contract';
import type { AppError, Result } from '../../shared/ipc/result';
import type { Bridge } from './bridge';
import { createWebBridge } from './web-transport';

let bridge: Bridge | null = null;

function getBridge(): Bridge {
  bridge ??= window.api ?? createWebBridge();
  return bridge;
}

export const transport = (): 'electron' | 'web' => getBridge().transport;

/** Channels named by a verb that changes stored data (…save, …create, bureau.query.run, …). */
const WRITE =
  /\.(save|update|create|remove|delete|close|complete|reschedule|attach|run|runNow|restore|claim|cancel|resend|updateProgress|saveNotes|fetchShared|check|unlockLogin|refresh)$/;
/** Named like writes but changing no answer a screen caches: UI state saved on every Ctrl+Tab, a read. */
const NOT_DATA = new Set<string>(['workspace.save', 'finance.summary.refresh']);
const writeListeners = new Set<(channel: ChannelName) => void>();

/** Tells `listener` of every write that succeeded (the query cache marks what it holds stale). */
export function onWrite(listener: (channel: ChannelName) => void): () => void {
  writeListeners.add(listener);
  return () => void writeListeners.delete(listener);
}

export async function call<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  const r = (await getBridge().invoke(channel, input)) as Result<ChannelOutput<C>>;
  if (r.ok && WRITE.test(channel) && !NOT_DATA.has(channel)) writeListeners.forEach((l) => l(channel));
  return r;
}

export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

/** For places where a failure is shown by an error boundary or a catch with the message. */
export async function callOrThrow<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const r = await call(channel, input);
  if (!r.ok) throw new ApiError(r.error);
  return r.value;
}

export function onEvent<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
  return getBridge().on(event, listener as (p: unknown) => void);
}

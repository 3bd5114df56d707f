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

export function call<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  return getBridge().invoke(channel, input) as Promise<Result<ChannelOutput<C>>>;
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

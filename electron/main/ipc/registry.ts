import type { SessionUser } from '../../../shared/ipc/dto/auth';
import {
  contract,
  type ChannelName,
  type ChannelOutput,
  type ChannelParsedInput,
} from '../../../shared/ipc/contract';
import { MESSAGES } from '../../../shared/ipc/messages';
import { AppFailure, fail, ok, type ErrorCode, type Result } from '../../../shared/ipc/result';
import type { Core } from '../core-types';
import { log } from '../log';
import { CHANNELS_WHILE_CORRUPT } from '../../../shared/ipc/channels/database.channels';
import { CORRUPT_MESSAGE, isCorruptionError } from '../db/sqlite-errors';
import { markCorrupt } from '../services/database/db-health';
import type { DeviceSlot } from '../services/auth/device-slot';

/** What a handler sees: the core services and who is calling. */
export interface HandlerContext {
  core: Core;
  sessionKey: string;
  /** Where the call came from, for login throttling: "janela local" or the web shell's remote address. */
  source: string;
  user: SessionUser | null;
  /** Where this window profile keeps its "manter conectado" token; null when it has none. */
  device: DeviceSlot | null;
}

/** Same as HandlerContext, for handlers that only run with a logged-in user. */
export interface UserContext extends HandlerContext {
  user: SessionUser;
}

export type Handler<C extends ChannelName> = (
  ctx: HandlerContext,
  input: ChannelParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type Handlers = { [C in ChannelName]: Handler<C> };

export const defineHandlers = <K extends ChannelName>(h: { [C in K]: Handler<C> }): {
  [C in K]: Handler<C>;
} => h;

export interface Caller {
  /** Stable for one window (survives reloads): Electron webContents id or the web page's session id. */
  sessionKey: string;
  /** Where the call came from (defaults to the transport named in the session key). */
  source?: string;
  device?: DeviceSlot;
}

export interface Registry {
  invoke(channel: string, rawInput: unknown, caller: Caller): Promise<Result<unknown>>;
}

const zodMessage = (issues: { message: string; path: PropertyKey[] }[]): string =>
  issues
    .slice(0, 3)
    .map((i) => i.message)
    .join(' ');

/** A form rule may carry its own code (a wrong CPF is CPF_INVALID); anything else is VALIDATION. */
const issueCode = (issues: readonly object[]): ErrorCode => {
  const params = (i: object) =>
    'params' in i ? (i.params as Record<string, unknown> | undefined) : undefined;
  const code = issues.map((i) => params(i)?.code).find((c) => typeof c === 'string');
  return code === 'CPF_INVALID' || code === 'CNPJ_INVALID' ? code : 'VALIDATION';
};

const callerSource = (caller: Caller): string => caller.source ?? caller.sessionKey.split(':')[0] ?? '';

export function createRegistry(core: Core, handlers: Handlers): Registry {
  return {
    async invoke(channel, rawInput, caller) {
      if (!Object.prototype.hasOwnProperty.call(contract, channel)) {
        return fail('UNKNOWN_CHANNEL', `Operação desconhecida: ${channel}.`);
      }
      const name = channel as ChannelName;
      const spec = contract[name];
      if (core.health.corrupt && !CHANNELS_WHILE_CORRUPT.includes(name)) {
        return fail('DB_CORRUPT', CORRUPT_MESSAGE);
      }
      try {
        const user = core.sessions.userFor(caller.sessionKey);
        if (spec.auth !== 'public' && !user) {
          return fail('UNAUTHENTICATED', 'Sua sessão terminou. Entre novamente para continuar.');
        }
        const permission = 'permission' in spec ? spec.permission : undefined;
        if (permission && !user?.permissions.includes(permission)) {
          return fail('FORBIDDEN', MESSAGES.FORBIDDEN({ permission }));
        }
        // Only a caller allowed to use the channel learns about its input, in pt-BR field errors.
        const parsed = spec.input.safeParse(rawInput ?? {});
        if (!parsed.success) {
          return fail(issueCode(parsed.error.issues), zodMessage(parsed.error.issues));
        }
        const handler = handlers[name] as Handler<ChannelName>;
        const value = await handler(
          {
            core,
            sessionKey: caller.sessionKey,
            source: callerSource(caller),
            user,
            device: caller.device ?? null,
          },
          parsed.data as never,
        );
        return ok(value ?? null);
      } catch (e) {
        if (e instanceof AppFailure) return fail(e.code, e.message);
        // Damage met at run time (or a write refused because of it) stops every write from now on.
        if (isCorruptionError(e)) markCorrupt(core, (e as Error).message);
        if (core.health.corrupt) return fail('DB_CORRUPT', CORRUPT_MESSAGE);
        log.error(`handler ${channel} failed`, e);
        return fail(
          'INTERNAL',
          'Ocorreu um erro inesperado. Nada foi alterado; tente novamente ou avise o suporte.',
        );
      }
    },
  };
}

/** Narrows a context to a logged-in user; the registry already refused anonymous callers. */
export function requireUser(ctx: HandlerContext): UserContext {
  if (!ctx.user)
    throw new AppFailure('UNAUTHENTICATED', 'Sua sessão terminou. Entre novamente para continuar.');
  return ctx as UserContext;
}

import type { SessionUser } from '../../../shared/ipc/dto/auth';
import {
  contract,
  type ChannelName,
  type ChannelOutput,
  type ChannelParsedInput,
} from '../../../shared/ipc/contract';
import { AppFailure, failWith, ok, type ErrorCode, type Result } from '../../../shared/ipc/result';
import type { Core } from '../core-types';
import { log } from '../log';
import { CHANNELS_WHILE_CORRUPT } from '../../../shared/ipc/channels/database.channels';
import { isCorruptionError } from '../db/sqlite-errors';
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

const zodReasons = (issues: { message: string; path: PropertyKey[] }[]): string[] =>
  issues.slice(0, 3).map((i) => i.message);

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
        return failWith('app.unknownChannel', { channel });
      }
      const name = channel as ChannelName;
      const spec = contract[name];
      if (core.health.corrupt && !CHANNELS_WHILE_CORRUPT.includes(name)) {
        return failWith('database.corrupt');
      }
      try {
        // Floor mode: a user disabled or a permission removed on another seat applies here now.
        await core.floorAccounts.ensureFresh();
        const user = core.sessions.userFor(caller.sessionKey);
        if (spec.auth !== 'public' && !user) {
          return failWith('auth.sessionEnded');
        }
        const permission = 'permission' in spec ? spec.permission : undefined;
        if (permission && !user?.permissions.includes(permission)) {
          return failWith('auth.forbidden', { permission });
        }
        // Only a caller allowed to use the channel learns about its input, in pt-BR field errors.
        const parsed = spec.input.safeParse(rawInput ?? {});
        if (!parsed.success) {
          const issues = parsed.error.issues;
          const code = issueCode(issues);
          if (code === 'VALIDATION') return failWith('input.invalid', { reasons: zodReasons(issues) });
          const reason = zodReasons(issues)[0] ?? '';
          return failWith(code === 'CPF_INVALID' ? 'input.cpfInvalid' : 'input.cnpjInvalid', { reason });
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
        // The edge: a failure thrown by key gets its sentence from the catalog here (toError).
        if (e instanceof AppFailure) return { ok: false, error: e.toError() };
        // Damage met at run time (or a write refused because of it) stops every write from now on.
        if (isCorruptionError(e)) markCorrupt(core, (e as Error).message);
        if (core.health.corrupt) return failWith('database.corrupt');
        log.error(`handler ${channel} failed`, e);
        return failWith('app.unexpected');
      }
    },
  };
}

/** Narrows a context to a logged-in user; the registry already refused anonymous callers. */
export function requireUser(ctx: HandlerContext): UserContext {
  if (!ctx.user) throw new AppFailure('auth.sessionEnded');
  return ctx as UserContext;
}

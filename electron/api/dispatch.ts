import { z } from 'zod';
import { API_CHANNELS, type ApiChannel } from '../../shared/api/channels';
import { apiContract, type ApiArgs, type ApiReply } from '../../shared/api/contract';
import { apiMessages } from '../../shared/i18n/vi/api';
import { AppError } from '../errors';
import type { ServiceContext } from '../services/context';
import { handlers } from './handlers';
import { log } from '../log';

// Validation details cross the boundary in the user's language too ("Khóa không được nhận dạng…").
z.config(z.locales.vi());

export function isApiChannel(name: string): name is ApiChannel {
  return (API_CHANNELS as readonly string[]).includes(name);
}

/**
 * The one entry point of both transports (Electron IPC and the browser-mode HTTP bridge): checks
 * the call name, validates the argument against the contract before any service sees it, runs the
 * service and turns every outcome into a reply. A service error never crosses as a raw exception.
 */
export function dispatch(ctx: ServiceContext, name: string, rawArgs: unknown): Promise<ApiReply<unknown>> {
  return dispatchTo(ctx, handlers, name, rawArgs);
}

/** A table of handlers, some channels only (the recovery screen's, while the database is damaged). */
export type HandlerTable<T> = { [C in ApiChannel]?: (target: T, args: ApiArgs<C>) => unknown };

/**
 * The same checks in front of another table; a valid call the table has no handler for gets
 * `unavailable` (the recovery screen: "restore first").
 */
export async function dispatchTo<T>(
  target: T,
  table: HandlerTable<T>,
  name: string,
  rawArgs: unknown,
  unavailable?: { code: string; message: string },
): Promise<ApiReply<unknown>> {
  if (!isApiChannel(name)) {
    return {
      ok: false,
      error: { code: 'unknown-call', message: apiMessages.unknownCall(name.slice(0, 64)) },
    };
  }
  const parsed = apiContract[name].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    log(
      'api',
      `bad arguments for ${name}: ${parsed.error.issues
        .map((i) => i.path.join('.') + ' ' + i.code)
        .join('; ')
        .slice(0, 500)}`,
    );
    return {
      ok: false,
      error: {
        code: 'bad-arguments',
        message: apiMessages.badArguments,
        details: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`),
      },
    };
  }
  const handler = table[name] as ((target: T, args: never) => unknown) | undefined;
  if (!handler)
    return { ok: false, error: unavailable ?? { code: 'internal', message: apiMessages.internal } };
  try {
    const value = await handler(target, parsed.data as never);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, error: { code: error.code, message: error.message, details: error.details } };
    }
    log('api', `internal error in ${name}: ${(error as Error)?.stack ?? String(error)}`);
    return { ok: false, error: { code: 'internal', message: apiMessages.internal } };
  }
}

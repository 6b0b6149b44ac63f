/**
 * What both transports (Electron IPC, the browser-mode HTTP bridge) call: the API of the open data
 * folder, or, while its database is missing, empty or damaged (services/recovery.ts), only the
 * recovery screen's calls. Restoring a backup (or starting empty) opens the data folder and the
 * same host then answers every call: no restart, the page just starts again.
 */
import type { ApiReply } from '../../shared/api/contract';
import { recoveryMessages } from '../../shared/i18n/vi/recovery';
import { createServiceContext, type ServiceContext } from '../services/context';
import { AppError } from '../errors';
import { log } from '../log';
import { assessStart, recoveryStatus, restoreAtStart, startEmptyAtStart } from '../services/recovery';
import { dispatch, dispatchTo, type HandlerTable } from './dispatch';

export type ContextOptions = Parameters<typeof createServiceContext>[0];

export interface ApiHost {
  call(name: string, args: unknown): Promise<ApiReply<unknown>>;
  /** The open data folder; undefined while the recovery screen is shown. */
  context(): ServiceContext | undefined;
}

export function openApiHost(options: ContextOptions): ApiHost {
  const now = options.now ?? (() => new Date());
  let ctx: ServiceContext | undefined;
  try {
    ctx = createServiceContext(options);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'db-recovery') throw error;
    const { state } = assessStart(options.dataDir);
    log('recovery', `database ${state.kind}${'detail' in state ? `: ${state.detail}` : ''}`);
  }

  const recovery: HandlerTable<string> = {
    'recovery.status': (dataDir) => recoveryStatus(dataDir),
    'recovery.restore': (dataDir, args) => {
      const result = restoreAtStart(dataDir, args.fileName, now());
      ctx = createServiceContext(options);
      return result;
    },
    'recovery.startEmpty': (dataDir) => {
      const result = startEmptyAtStart(dataDir, now());
      ctx = createServiceContext(options);
      return result;
    },
  };
  const blocked = { code: 'db-recovery', message: recoveryMessages.blocked };

  return {
    call: (name, args) =>
      ctx ? dispatch(ctx, name, args) : dispatchTo(options.dataDir, recovery, name, args, blocked),
    context: () => ctx,
  };
}

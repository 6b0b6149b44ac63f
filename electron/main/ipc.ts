import type { IpcMain } from 'electron';
import { API_CHANNELS } from '../../shared/api/channels';
import { boundaryMessages } from '../../shared/i18n/vi/trust';
import type { ApiReply } from '../../shared/api/contract';

/**
 * Binds every API channel to the one dispatcher (through the host, electron/api/host.ts) (which validates every argument). Only a frame
 * showing one of the app's own pages may call; anything else gets "forbidden".
 */
export function bindApiChannels(
  ipc: Pick<IpcMain, 'handle'>,
  call: (name: string, args: unknown) => Promise<ApiReply<unknown>>,
  isAppUrl: (url: string) => boolean,
): void {
  for (const channel of API_CHANNELS) {
    ipc.handle(channel, (event, args: unknown) => {
      if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
        return { ok: false, error: { code: 'forbidden', message: boundaryMessages.forbiddenSender } };
      }
      return call(channel, args);
    });
  }
}

import { logMessages } from '../../shared/i18n/vi/trust';
import { readLogBundle } from '../log-file';
import { localDay } from '../store/backup';
import type { ServiceContext } from './context';

export interface LogBundle {
  fileName: string;
  contentBase64: string;
  size: number;
}

/** "Xuất nhật ký": the support log as one UTF-8 text file, for the renderer or the menu to save. */
export function exportLogBundle(ctx: ServiceContext): LogBundle {
  const now = ctx.now();
  const body = readLogBundle(ctx.dataDir);
  const text =
    logMessages.header(ctx.appVersion, ctx.mode, now.toISOString()) +
    '\n' +
    (body || logMessages.empty + '\n');
  const bytes = Buffer.from(text, 'utf8');
  const time = `${String(now.getHours()).padStart(2, '0')}-${String(now.getMinutes()).padStart(2, '0')}`;
  return {
    fileName: `nhat-ky-cchc_${localDay(now)}_${time}.txt`,
    contentBase64: bytes.toString('base64'),
    size: bytes.length,
  };
}

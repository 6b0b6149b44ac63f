/**
 * `npm run web -- --port N --data-dir DIR`: browser mode. The first line on stdout is the URL to
 * open (it carries the per-run token); everything else goes to stderr.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServiceContext } from '../app-context';
import { argValue, resolveDataDir } from '../paths';
import { closeChecker } from '../services/district';
import { startWebServer } from './server';

const here = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const portText = argValue(argv, 'port');
const port = portText === undefined ? 0 : Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`Cổng "${portText}" không hợp lệ. Dùng một số từ 1 đến 65535, ví dụ --port 5180.\n`);
  process.exit(2);
}
const dataDir = resolveDataDir(argv);
const staticDir = argValue(argv, 'static-dir') ?? path.resolve(here, '..', '..', 'dist', 'renderer');

try {
  const ctx = createServiceContext({ dataDir, mode: 'browser' });
  const server = await startWebServer({ ctx, staticDir, port });
  process.stdout.write(server.url + '\n');
  process.stderr.write(
    `Báo cáo CCHC đang chạy ở chế độ trình duyệt. Mở đường dẫn trên bằng Chrome, Edge hoặc Firefox.\nDữ liệu: ${dataDir}\nNhấn Ctrl+C để dừng.\n`,
  );
  // Stop taking calls, stop the workbook check pool's worker threads, close the database.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server
      .close()
      .then(() => closeChecker(ctx))
      .catch((error: unknown) => process.stderr.write(`${(error as Error).message}\n`))
      .finally(() => {
        ctx.db.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}

/**
 * `npm run web -- --port N --data-dir DIR [--new-session]`: browser mode. The first line on stdout
 * is the URL to open (it carries the per-run token; the browser then remembers its session for
 * this data folder, so the plain address or a bookmark works after a restart); everything else
 * goes to stderr.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApiHost } from '../api/host';
import { argValue, resolveDataDir } from '../paths';
import { closeChecker } from '../services/district';
import { webMessages } from '../../shared/i18n/vi/web';
import { startWebServer } from './server';
import { loadSessionSecret } from './session';

const here = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
/**
 * A fixed default port keeps the page's origin the same from one run to the next, so the browser
 * finds what it kept on this PC (unsaved figures) after a restart; any free port if it is taken.
 */
const DEFAULT_PORT = 5180;
const portText = argValue(argv, 'port');
const port = portText === undefined ? DEFAULT_PORT : Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(webMessages.badPort(String(portText)) + '\n');
  process.exit(2);
}
const dataDir = resolveDataDir(argv);
const staticDir = argValue(argv, 'static-dir') ?? path.resolve(here, '..', '..', 'dist', 'renderer');

try {
  // Exports go to Documents\Báo cáo CCHC; --documents-dir (tests, a shared PC) says where Documents is.
  const documentsDir = path.resolve(argValue(argv, 'documents-dir') ?? path.join(os.homedir(), 'Documents'));
  // A missing, empty or damaged database opens the recovery screen instead of being replaced.
  const host = openApiHost({ dataDir, mode: 'browser', documentsDir });
  const call = host.call;
  // Remembered by the browser across restarts; --new-session signs every browser out.
  const sessionSecret = loadSessionSecret(dataDir, { rotate: argv.includes('--new-session') });
  const server = await startWebServer({ call, staticDir, port, sessionSecret }).catch(
    (error: NodeJS.ErrnoException) => {
      if (portText !== undefined || error.code !== 'EADDRINUSE') throw error;
      return startWebServer({ call, staticDir, port: 0, sessionSecret });
    },
  );
  process.stdout.write(server.url + '\n');
  if (portText === undefined && server.port !== DEFAULT_PORT) {
    process.stderr.write(webMessages.defaultPortBusy(DEFAULT_PORT) + '\n');
  }
  process.stderr.write(webMessages.running(dataDir) + '\n');
  // Stop taking calls, stop the workbook check pool's worker threads, close the database.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server
      .close()
      .then(() => {
        const ctx = host.context();
        return ctx && closeChecker(ctx);
      })
      .catch((error: unknown) => process.stderr.write(`${(error as Error).message}\n`))
      .finally(() => {
        host.context()?.db.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const taken = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
  process.stderr.write(`${taken ? webMessages.portTaken(port) : (error as Error).message}\n`);
  process.exit(1);
}

// Runs the extracted package's main process under Node with the stub `electron` module, as a
// first start on a commune PC would, and prints what happened as JSON (test/build/first-start.test.ts).
// Usage: node driver.mjs <main.mjs> <scenario.json> --data-dir <folder>
// The process is left to end by itself after the quit: a worker or database left open would keep
// it alive (the test then times out).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [mainFile, scenarioFile] = process.argv.slice(2);
const scenario = JSON.parse(fs.readFileSync(scenarioFile, 'utf8'));
const dataDir = process.argv[process.argv.indexOf('--data-dir') + 1];

// The same better-sqlite3 the bundle loads (same resolution, same module instance): count the
// closes of the app's database (backups open and close their own files), and make the close
// on quit throw (after closing) when the scenario asks.
const Database = createRequire(mainFile)('better-sqlite3');
const databaseFile = path.join(dataDir, 'bao-cao-cchc.sqlite');
let dbCloses = 0;
const close = Database.prototype.close;
Database.prototype.close = function (...args) {
  const result = close.apply(this, args);
  if (path.resolve(this.name) !== databaseFile) return result;
  dbCloses++;
  if (scenario.closeThrows && globalThis.__electronStub.quitCalls > 0) {
    throw new Error('disk removed while closing');
  }
  return result;
};

const ended = new Promise((resolve) => {
  globalThis.__electronStub = {
    calls: [],
    paths: {},
    handlers: new Map(),
    windows: [],
    loaded: [],
    errorBoxes: [],
    quitCalls: 0,
    finalQuits: 0,
    exitCode: undefined,
    onEnd: resolve,
  };
});
const stub = globalThis.__electronStub;
await import(pathToFileURL(mainFile).href);

const until = async (condition, what) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
};
const logFile = path.join(dataDir, 'nhat-ky', 'cchc.log');
const readLog = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '');
await until(() => readLog().includes('window loaded') || stub.exitCode !== undefined, 'the window');

const window = stub.windows[0];
const page = stub.loaded[0];
/** Emits a navigation the way Electron does; true when the app prevented it. */
const navigationPrevented = (url) => {
  let prevented = false;
  window.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
  return prevented;
};
const call = (channel, url, args) =>
  stub.handlers.get(channel)(url === null ? {} : { senderFrame: { url } }, args);
const report = {
  calls: stub.calls,
  channels: [...stub.handlers.keys()],
  loaded: stub.loaded,
  preload: window?.options.webPreferences.preload,
  windowShown: window?.shown ?? false,
  webPreferences: window?.options.webPreferences,
  navigation: {
    toOwnPage: navigationPrevented(page),
    toWeb: navigationPrevented('https://evil.example/'),
    newWindow: window?.webContents.windowOpenHandler?.({ url: 'https://evil.example/' }),
  },
  errorBoxes: stub.errorBoxes,
  fromPage: await call('app.info', page, undefined),
  fromOtherOrigin: await call('app.info', 'https://evil.example/', undefined),
  fromOtherFile: await call('app.info', 'file:///etc/passwd', undefined),
  fromNoFrame: await call('app.info', null, undefined),
  // A fresh data folder holds no units until first run: the clerk tries the sample district.
  setUp: await call('setup.apply', page, {
    choice: { kind: 'sample', unitCode: 'TH00' },
    isMergingOffice: true,
  }),
  imported: await call('district.import', page, { files: scenario.files }),
};

stub.app.quit();
stub.app.quit(); // a second click on "Thoát" while closing
await ended;
report.quitCalls = stub.quitCalls;
report.finalQuits = stub.finalQuits;
report.dbCloses = dbCloses;
report.log = readLog();
process.stdout.write(JSON.stringify(report));

// A stand-in for the `electron` module, installed as node_modules/electron in the extracted
// package by test/build/first-start.test.ts: it records what the app's main process asks of
// Electron and behaves just enough like it (events, whenReady, quit → will-quit, one window).
// Its state is on globalThis.__electronStub, where the driver reads it.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';

const stub = (globalThis.__electronStub ??= {
  calls: [],
  paths: {},
  handlers: new Map(),
  windows: [],
  loaded: [],
  errorBoxes: [],
  quitCalls: 0,
  finalQuits: 0,
  exitCode: undefined,
  onEnd: () => {},
});
const record = (...call) => stub.calls.push(call);
const appEvents = new EventEmitter();
const packageJson = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

export const app = {
  setName: (name) => record('app.setName', name),
  setPath: (name, value) => {
    // as Electron: "If the path specifies a directory that does not exist, an Error is thrown."
    if (!fs.existsSync(value)) throw new Error(`Failed to set path: ${value} does not exist`);
    record('app.setPath', name, value);
    stub.paths[name] = value;
  },
  getPath: (name) => stub.paths[name] ?? os.tmpdir(),
  getVersion: () => packageJson.version,
  enableSandbox: () => record('app.enableSandbox'),
  requestSingleInstanceLock: () => {
    record('app.requestSingleInstanceLock');
    return true;
  },
  on: (event, listener) => {
    appEvents.on(event, listener);
    return app;
  },
  whenReady: () => Promise.resolve(),
  // Like Electron: quit() emits will-quit; unless a listener prevents it, the app ends.
  quit: () => {
    stub.quitCalls++;
    let prevented = false;
    appEvents.emit('will-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      stub.finalQuits++;
      stub.onEnd();
    }
  },
  exit: (code) => {
    stub.exitCode = code;
    stub.onEnd();
  },
};

stub.app = app;

export const ipcMain = {
  handle: (channel, handler) => {
    if (stub.handlers.has(channel)) throw new Error(`a second handler for ${channel}`);
    stub.handlers.set(channel, handler);
  },
};

export const dialog = {
  showErrorBox: (title, message) => stub.errorBoxes.push({ title, message }),
  showSaveDialog: async () => ({ canceled: true }),
  showMessageBox: async () => ({ response: 0 }),
};

export const screen = { getPrimaryDisplay: () => ({ workAreaSize: { width: 1366, height: 728 } }) };
export const shell = { openExternal: async (url) => record('shell.openExternal', url) };
export const Menu = { buildFromTemplate: (template) => ({ template, popup: () => {} }) };

class WebContents extends EventEmitter {
  session = { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {} };
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    stub.windows.push(this);
    appEvents.emit('web-contents-created', {}, this.webContents);
  }
  setMenu(menu) {
    this.menu = menu;
  }
  maximize() {}
  show() {
    this.shown = true;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  loadURL(url) {
    stub.loaded.push(url);
    // The page exists or it does not: Chromium would fail to load a missing file.
    const exists = url.startsWith('file:') && fs.existsSync(new URL(url));
    setImmediate(() => {
      if (exists) {
        this.webContents.emit('did-finish-load');
        this.emit('ready-to-show');
      } else this.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND');
    });
    return Promise.resolve();
  }
}

export default { app, ipcMain, dialog, screen, shell, Menu, BrowserWindow };

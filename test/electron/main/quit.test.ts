import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { setLogSink } from '../../../electron/log';
import { closeOnQuit } from '../../../electron/main/quit';

/** Electron's app as far as quitting goes: quit() emits will-quit, which a listener may prevent. */
function fakeApp() {
  const events = new EventEmitter();
  const app = {
    quits: 0,
    exited: false,
    on: (name: 'will-quit', listener: (event: { preventDefault(): void }) => void) =>
      events.on(name, listener),
    quit() {
      app.quits++;
      let prevented = false;
      events.emit('will-quit', { preventDefault: () => (prevented = true) });
      if (!prevented) app.exited = true;
    },
  };
  return app;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('quitting', () => {
  it('closes the pool then the database, once, and ends in one final quit', async () => {
    const app = fakeApp();
    const closed: string[] = [];
    closeOnQuit(app, [async () => void closed.push('pool'), () => void closed.push('db')]);
    app.quit();
    app.quit(); // the user clicks "Thoát" again while closing
    expect(app.exited).toBe(false);
    await settle();
    expect(closed).toEqual(['pool', 'db']);
    expect(app.exited).toBe(true);
    expect(app.quits).toBe(3); // two by the user, one final
  });

  it('still quits when closing the pool rejects and closing the database throws; the log says why', async () => {
    const lines: string[] = [];
    setLogSink((line) => lines.push(line));
    try {
      const app = fakeApp();
      const closed: string[] = [];
      closeOnQuit(app, [
        () => Promise.reject(new Error('worker stuck')),
        () => {
          closed.push('db');
          throw new Error('database is locked');
        },
        () => void closed.push('after'),
      ]);
      app.quit();
      await settle();
      expect(closed).toEqual(['db', 'after']);
      expect(app.exited).toBe(true);
      expect(app.quits).toBe(2);
      expect(lines.join('\n')).toMatch(/closing on quit failed: worker stuck/u);
      expect(lines.join('\n')).toMatch(/closing on quit failed: database is locked/u);
    } finally {
      setLogSink((line) => process.stderr.write(line + '\n'));
    }
  });
});

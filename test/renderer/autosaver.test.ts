import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyReportData, type ReportData } from '../../shared/domain/report';
import { Autosaver, type SaveState } from '../../renderer/src/form/autosaver';
import { ApiCallError } from '../../renderer/src/api/client';
import { dataKey } from '../../renderer/src/form/draftStore';
import { ui } from '../../shared/i18n/vi/ui';

function setup(save: (data: ReportData) => Promise<void>) {
  let data = emptyReportData();
  const states: SaveState[] = [];
  /** The draft kept on this computer (undefined: none). */
  const draft: { data: ReportData | undefined } = { data: undefined };
  const saver = new Autosaver(
    {
      snapshot: () => data,
      save,
      onState: (s) => states.push(s),
      delayMs: 300,
      retryMs: 4000,
      draft: { write: (d) => (draft.data = d), clear: () => (draft.data = undefined) },
    },
    emptyReportData(),
  );
  const type = (a03: number) => {
    data = { ...data, counts: { ...data.counts, A03: a03 } };
    saver.changed();
  };
  return { saver, states, type, draft };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after a pause in typing, with the last value', async () => {
    const saved: ReportData[] = [];
    const { states, type } = setup(async (d) => void saved.push(d));
    type(1);
    type(12);
    type(123);
    expect(states.at(-1)?.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(299);
    expect(saved).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved.map((d) => d.counts.A03)).toEqual([123]);
    expect(states.at(-1)?.kind).toBe('saved');
  });

  it('flush saves at once and does nothing when nothing changed', async () => {
    const save = vi.fn(async () => {});
    const { saver, type } = setup(save);
    expect(await saver.flush()).toBe(true);
    expect(save).not.toHaveBeenCalled();
    type(5);
    expect(saver.hasUnsavedChanges()).toBe(true);
    expect(await saver.flush()).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saver.hasUnsavedChanges()).toBe(false);
  });

  it('a failed save is reported with its message and retried until it succeeds', async () => {
    let fail = true;
    const save = vi.fn(async () => {
      if (fail) throw new ApiCallError({ code: 'io', message: 'Không ghi được tệp dữ liệu.' });
    });
    const { saver, states, type } = setup(save);
    type(7);
    await vi.advanceTimersByTimeAsync(300);
    expect(states.at(-1)).toEqual({ kind: 'failed', message: 'Không ghi được tệp dữ liệu.', code: 'io' });
    // Typing while failed keeps the failure shown until a save succeeds.
    type(8);
    expect(states.at(-1)?.kind).toBe('failed');
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledTimes(2);
    fail = false;
    await vi.advanceTimersByTimeAsync(4000);
    expect(save).toHaveBeenCalledTimes(3);
    expect(states.at(-1)?.kind).toBe('saved');
    expect(saver.hasUnsavedChanges()).toBe(false);
  });

  it("a failure that is not the API's own (a bug) shows the general message, not its raw text", async () => {
    const { states, type } = setup(async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'counts')");
    });
    type(7);
    await vi.advanceTimersByTimeAsync(300);
    expect(states.at(-1)).toEqual({ kind: 'failed', message: ui.unexpectedError });
  });

  it('a stale save whose merge fails shows why the save was refused unless the merge says why', async () => {
    const refusal = new ApiCallError({ code: 'report-stale', message: 'Báo cáo vừa được sửa ở nơi khác.' });
    for (const [mergeError, shown] of [
      [new Error('internal'), refusal.message],
      [new ApiCallError({ code: 'network', message: 'Mất kết nối.' }), 'Mất kết nối.'],
    ] as const) {
      const states: SaveState[] = [];
      const saver = new Autosaver(
        {
          snapshot: () => ({ ...emptyReportData(), counts: { A03: 5 } }),
          save: () => Promise.reject(refusal),
          onStale: () => Promise.reject(mergeError),
          onState: (s) => states.push(s),
          delayMs: 300,
        },
        emptyReportData(),
      );
      saver.changed();
      await vi.advanceTimersByTimeAsync(300);
      expect(states.at(-1)).toEqual({ kind: 'failed', message: shown, code: 'report-stale' });
      saver.dispose();
    }
  });

  it('saves one at a time and ends with the newest data', async () => {
    const order: number[] = [];
    let release: () => void = () => {};
    const save = vi.fn(
      (d: ReportData) =>
        new Promise<void>((resolve) => {
          order.push(d.counts.A03 ?? -1);
          release = resolve;
        }),
    );
    const { saver, type } = setup(save);
    type(1);
    const first = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    type(2);
    const second = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual([1]);
    release();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual([1, 2]);
    release();
    expect(await second).toBe(true);
  });

  it('keeps what it sends as a draft until the save is acknowledged, and on failure', async () => {
    let fail = true;
    const { saver, states, type, draft } = setup(async () => {
      if (fail) throw new ApiCallError({ code: 'unauthorized', message: 'Phiên làm việc không hợp lệ.' });
    });
    type(7);
    await vi.advanceTimersByTimeAsync(300);
    expect(draft.data?.counts.A03).toBe(7);
    expect(states.at(-1)).toEqual({
      kind: 'failed',
      message: 'Phiên làm việc không hợp lệ.',
      code: 'unauthorized',
    });
    // Typing on while saves fail: the page may be closed before the next attempt.
    type(8);
    saver.keepDraft();
    expect(draft.data?.counts.A03).toBe(8);
    fail = false;
    await vi.advanceTimersByTimeAsync(300);
    expect(states.at(-1)?.kind).toBe('saved');
    expect(draft.data).toBeUndefined();
  });

  it('a save acknowledged while newer typing waits keeps the newer figures as the draft', async () => {
    let release: () => void = () => {};
    const { saver, type, draft } = setup(() => new Promise<void>((resolve) => (release = resolve)));
    type(1);
    const first = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    type(2);
    release();
    await first;
    expect(draft.data?.counts.A03).toBe(2);
    const second = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    release();
    expect(await second).toBe(true);
    expect(draft.data).toBeUndefined();
  });

  it('after abandon (the report was replaced on disk) nothing is saved any more', async () => {
    const save = vi.fn(async () => {});
    const { saver, type, draft } = setup(save);
    type(3);
    saver.abandon();
    expect(await saver.flush()).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).not.toHaveBeenCalled();
    saver.keepDraft();
    expect(draft.data).toBeUndefined();
  });

  it('a refused entry counts as unsaved and is kept in the draft, which goes once the box is corrected', async () => {
    let entries: Record<string, string> = {};
    const written: { data: ReportData; base: string; entries?: Record<string, string> }[] = [];
    let cleared = 0;
    const saver = new Autosaver(
      {
        snapshot: () => emptyReportData(),
        save: async () => {},
        onState: () => {},
        entries: () => entries,
        draft: { write: (data, base, e) => written.push({ data, base, entries: e }), clear: () => cleared++ },
      },
      emptyReportData(),
    );
    expect(saver.hasUnsavedChanges()).toBe(false);
    entries = { A01: '1,234' };
    expect(saver.hasUnsavedChanges()).toBe(true);
    expect(await saver.flush()).toBe(true);
    expect(written.at(-1)?.entries).toEqual({ A01: '1,234' });
    entries = {};
    await saver.flush();
    expect(cleared).toBe(1);
  });

  it('while a conflict is held, the draft is based on the data the conflicting values were typed on', async () => {
    let data = emptyReportData();
    const typedOn = { ...emptyReportData(), counts: { A02: 10 } };
    const theirs = { ...emptyReportData(), counts: { A02: 20 } };
    const bases: string[] = [];
    const saver = new Autosaver(
      {
        snapshot: () => data,
        save: async () => {},
        onState: () => {},
        draft: { write: (_d, base) => bases.push(base), clear: () => {} },
      },
      typedOn,
    );
    saver.rebase(theirs);
    saver.hold(typedOn);
    data = { ...emptyReportData(), counts: { A02: 11 } };
    expect(await saver.flush()).toBe(false);
    expect(bases.at(-1)).toBe(dataKey(typedOn));
  });
});

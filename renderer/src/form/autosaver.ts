/**
 * Autosave without a Save button: every change schedules a save (debounced), a blur or a switch of
 * period flushes at once, a failed save is retried until it succeeds. Saves run one at a time, in
 * order, and always send the newest data, so the last keystroke is the one on disk. What is sent is
 * first kept as a draft on this computer, and the draft is removed once the save is acknowledged.
 * Every save carries the fingerprint of the stored data it was typed on; when the store refuses it
 * (another tab or window saved meanwhile) `onStale` merges, and a conflict holds saving until the
 * clerk has chosen.
 */
import type { ReportData } from '../../../shared/domain/report';
import { fingerprint } from '../../../shared/domain/canonical';
import { ApiCallError } from '../api/client';
import { messageOf } from '../app/errors';
import { dataKey, type DraftSink } from './draftStore';

/** The store's answer to a save typed on figures that are no longer the stored ones. */
export const STALE_SAVE_CODE = 'report-stale';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  /** Another tab or window changed the same fields: waiting for the clerk to choose. */
  | { kind: 'conflict' }
  /** `code`: the API error code when there is one ("unauthorized", "network", "timeout"…). */
  | { kind: 'failed'; message: string; code?: string };

export interface AutosaverOptions {
  /** The newest data of the form. */
  snapshot: () => ReportData;
  /**
   * Sends the data with `base`, the fingerprint of the stored data it was typed on; rejects with an
   * ApiCallError whose message is shown to the person (`code` "report-stale" when the base is old);
   * any other failure shows the general message.
   */
  save: (data: ReportData, base: string) => Promise<void>;
  /**
   * The store holds figures this form has not seen. Gets what this form last knew to be stored;
   * fetches the stored report, merges, then calls rebase() and either changed() or hold().
   */
  onStale?: (based: ReportData, saver: Autosaver) => Promise<void>;
  onState: (state: SaveState) => void;
  delayMs?: number;
  retryMs?: number;
  now?: () => Date;
  /** Keeps unsaved data on this computer until a save is acknowledged. */
  draft?: DraftSink;
  /** Texts boxes hold that are not counts (never saved, so kept in the draft), by code. */
  entries?: () => Record<string, string>;
  /** A save was acknowledged: `data` is on disk. */
  onSaved?: (data: ReportData) => void;
}

const keyOf = dataKey;

export class Autosaver {
  private savedKey: string;
  private savedData: ReportData;
  private held = false;
  /** While held: the data the conflicting values were typed on (the draft's base meanwhile). */
  private heldBaseKey: string | undefined;
  /** This form wrote the draft (another tab's draft is never removed by a save with nothing to send). */
  private draftWritten = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private state: SaveState = { kind: 'idle' };
  private disposed = false;
  private abandoned = false;

  constructor(
    private readonly options: AutosaverOptions,
    /** The data as opened: what is already on disk. */
    opened: ReportData,
  ) {
    this.savedKey = keyOf(opened);
    this.savedData = opened;
  }

  /** The stored data is now `stored` (fetched after a refused save): saves are based on it. */
  rebase(stored: ReportData): void {
    this.savedKey = keyOf(stored);
    this.savedData = stored;
  }

  /** The stored data saves are based on now. */
  get base(): ReportData {
    return this.savedData;
  }

  /** Fingerprint of the stored data saves are based on now. */
  get baseFingerprint(): string {
    return fingerprint(this.savedKey);
  }

  /**
   * No save is sent until release() (a conflict waits for the clerk). `typedOn`: the data the
   * conflicting values were typed on; a draft kept meanwhile is based on it, so whoever opens it
   * meets the same conflict instead of saving over the other side's figures.
   */
  hold(typedOn: ReportData): void {
    this.heldBaseKey ??= keyOf(typedOn);
    this.held = true;
    this.setState({ kind: 'conflict' });
  }

  release(): void {
    this.held = false;
    this.heldBaseKey = undefined;
    this.changed();
  }

  /** Runs `task` between saves (never while one is in flight): a check of what is stored. */
  exclusive(task: () => Promise<void> | void): Promise<void> {
    const run = this.queue.then(async () => {
      if (!this.disposed && !this.abandoned) await task();
    });
    this.queue = run.catch(() => false);
    return run;
  }

  get current(): SaveState {
    return this.state;
  }

  /** True while something typed is not yet on disk (a refused entry included). */
  hasUnsavedChanges(): boolean {
    return keyOf(this.options.snapshot()) !== this.savedKey || this.hasEntries();
  }

  /** A field changed: save after a short pause in typing. */
  changed(): void {
    if (this.disposed) return;
    if (this.state.kind !== 'failed' && this.state.kind !== 'saving' && !this.held)
      this.setState({ kind: 'pending' });
    this.schedule(this.options.delayMs ?? 300);
  }

  /** Saves now (after any save already running); resolves true once everything typed is on disk. */
  flush(): Promise<boolean> {
    this.clearTimer();
    const run = this.queue.then(() => this.saveNow());
    this.queue = run.catch(() => false);
    return run;
  }

  /** Keeps what is not yet on disk as a draft now (the page is being hidden or closed). */
  keepDraft(): void {
    if (this.abandoned || !this.options.draft) return;
    const data = this.options.snapshot();
    if (keyOf(data) !== this.savedKey || this.hasEntries()) this.writeDraft(data);
  }

  /**
   * Never saves again (the report on disk was replaced, by a restore): what the form holds is
   * dropped, not written back over it.
   */
  abandon(): void {
    this.abandoned = true;
    this.dispose();
  }

  /** Stops timers; a save already sent still completes. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  /** Undoes dispose (React runs effects twice in development). */
  resume(): void {
    this.disposed = false;
  }

  private async saveNow(): Promise<boolean> {
    if (this.abandoned) return true;
    const data = this.options.snapshot();
    const key = keyOf(data);
    if (this.held && key !== this.savedKey) {
      this.writeDraft(data);
      return false;
    }
    if (key === this.savedKey) {
      // Nothing to send; a refused entry is still kept on this computer, and nothing else is.
      if (this.hasEntries()) this.writeDraft(data);
      else if (this.draftWritten && !this.held) this.options.draft?.clear();
      if (this.state.kind !== 'idle' && this.state.kind !== 'saved')
        this.setState({ kind: 'saved', at: this.now() });
      return true;
    }
    if (this.state.kind !== 'failed') this.setState({ kind: 'saving' });
    this.writeDraft(data);
    try {
      await this.options.save(data, fingerprint(this.savedKey));
    } catch (error) {
      const stale = (error as { code?: unknown } | null)?.code === STALE_SAVE_CODE;
      if (stale && this.options.onStale && !this.disposed) return this.merge(error);
      const message = messageOf(error);
      const code = (error as { code?: unknown } | null)?.code;
      this.setState(
        typeof code === 'string' ? { kind: 'failed', message, code } : { kind: 'failed', message },
      );
      if (!this.disposed) this.schedule(this.options.retryMs ?? 4000);
      return false;
    }
    this.savedKey = key;
    this.savedData = data;
    this.options.onSaved?.(data);
    // The draft goes once what it holds is on disk; typing since then keeps its own draft.
    if (keyOf(this.options.snapshot()) === key && !this.hasEntries()) this.options.draft?.clear();
    else this.keepDraft();
    // Typing that arrived while this save was in flight is saved by the save already scheduled.
    this.setState(this.timer ? { kind: 'pending' } : { kind: 'saved', at: this.now() });
    return true;
  }

  /** Hands a refused save to onStale; if even that fails, it is a failure like any other. */
  private async merge(refusal: unknown): Promise<boolean> {
    try {
      await this.options.onStale!(this.savedData, this);
    } catch (error) {
      // The merge's own failure when the API said why; otherwise why the save was refused.
      const message = messageOf(error instanceof ApiCallError ? error : refusal);
      this.setState({ kind: 'failed', message, code: STALE_SAVE_CODE });
      if (!this.disposed) this.schedule(this.options.retryMs ?? 4000);
    }
    return false;
  }

  private hasEntries(): boolean {
    return Object.keys(this.options.entries?.() ?? {}).length > 0;
  }

  private writeDraft(data: ReportData): void {
    const base = this.held ? (this.heldBaseKey ?? this.savedKey) : this.savedKey;
    this.draftWritten = true;
    this.options.draft?.write(data, base, this.options.entries?.() ?? {});
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.options.onState(state);
  }
}

/**
 * Tabs and windows of one report learn of each other's saves: a save is announced on a
 * BroadcastChannel (tabs of one browser, windows of the Electron app), and when the window gets the
 * focus back or becomes visible the stored fingerprint is checked (whatever the channel missed).
 * When the store holds figures this form has not seen, they are merged in as for a refused save:
 * fields the clerk has not touched are refreshed, fields typed on both sides are the clerk's choice.
 */
import { useEffect, useState } from 'react';
import type { Report } from '../../../shared/api/contract';
import { emptyReportData, type ReportData } from '../../../shared/domain/report';
import type { Autosaver } from './autosaver';

/** The data a report's fingerprint stands for (one carried forward is not stored yet). */
export const storedData = (report: Report): ReportData =>
  report.carriedForward ? emptyReportData() : report.data;

interface SavedMessage {
  fingerprint: string;
  from: string;
}

/** The channel of one report between the tabs and windows that have it open. */
export class TabLink {
  private channel: BroadcastChannel | undefined;
  private readonly self = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  private readonly listeners = new Set<(fingerprint: string) => void>();

  constructor(private readonly name: string) {}

  open(): void {
    if (this.channel || typeof BroadcastChannel !== 'function') return;
    this.channel = new BroadcastChannel(this.name);
    this.channel.addEventListener('message', (event: MessageEvent<SavedMessage>) => {
      const { fingerprint, from } = event.data ?? {};
      if (from === this.self || typeof fingerprint !== 'string') return;
      for (const listener of this.listeners) listener(fingerprint);
    });
  }

  close(): void {
    this.channel?.close();
    this.channel = undefined;
  }

  /** Tells the other tabs and windows that this form saved (`fingerprint` is now stored). */
  announce(fingerprint: string): void {
    try {
      this.channel?.postMessage({ fingerprint, from: this.self } satisfies SavedMessage);
    } catch {
      // A closed channel (the form is going away): the others check on focus.
    }
  }

  /** Calls `listener` with the fingerprint each other tab or window saved; returns the unsubscribe. */
  listen(listener: (fingerprint: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export function useTabLink(name: string): TabLink {
  const [link] = useState(() => new TabLink(name));
  useEffect(() => {
    link.open();
    return () => link.close();
  }, [link]);
  return link;
}

/**
 * Checks what is stored when another tab or window says it saved, when this window gets the focus
 * back or becomes visible, and when check() is called; merges figures this form has not seen.
 */
export function useStoredChecks(options: {
  link: TabLink;
  saver: Autosaver;
  open: () => Promise<Report>;
  merge: (based: ReportData, saver: Autosaver, stored: ReportData) => void;
}): { check: () => void } {
  // The callbacks of the first render: they only reach stable things (the form, the saver).
  const [{ link, saver, open, merge }] = useState(options);
  /** Fetches the stored report unless `known` says it is what this form is based on; merges it. */
  const [check] = useState(
    () => (known?: string) =>
      void saver
        .exclusive(async () => {
          if (known !== undefined && known === saver.baseFingerprint) return;
          const report = await open();
          if (report.fingerprint === saver.baseFingerprint) return;
          merge(saver.base, saver, storedData(report));
        })
        .catch(() => {
          // Unreachable store: the next save or focus tries again.
        }),
  );

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    const onFocus = () => check();
    const stop = link.listen(check);
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stop();
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [link, check]);

  return { check: () => check() };
}

/**
 * Support log. Lines name where they come from; they never carry report figures or personal
 * data. Issue 4 adds a rotating file in the data folder; until a sink is set, lines go to stderr.
 */
import os from 'node:os';

type Sink = (line: string) => void;

/** A home folder is named after the Windows user (often the clerk's own name): never log it. */
const HOME = os.homedir();

export function withoutHomeFolder(text: string): string {
  if (!HOME || HOME.length < 3) return text;
  return text.split(HOME).join('~').split(HOME.replace(/\\/gu, '/')).join('~');
}

let sink: Sink = (line) => process.stderr.write(line + '\n');

export function setLogSink(next: Sink): void {
  sink = next;
}

export function log(source: string, message: string): void {
  sink(`${new Date().toISOString()} [${source}] ${withoutHomeFolder(message)}`);
}

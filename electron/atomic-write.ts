import fs from 'node:fs';
import path from 'node:path';

/**
 * Files written whole or not at all: into a temporary file beside the target, flushed to disk,
 * then renamed over the target's name. A crash or a full disk leaves the old file (or none) under
 * the name, never half a workbook or half a backup; commune PCs lose power without warning.
 */

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return; // directories cannot be opened for fsync on Windows
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // best effort: the rename itself is atomic
  }
}

/** Puts a finished temporary file in place under its final name (flushed before and after). */
export function moveIntoPlace(partial: string, target: string): void {
  fsyncFile(partial);
  fs.renameSync(partial, target);
  fsyncDir(path.dirname(target));
}

/**
 * Writes `bytes` to `target` atomically, making its folder if needed; returns the target.
 * `mode`: the file's permissions from the first byte on (0o600 for a secret).
 */
export function writeFileAtomic(
  target: string,
  bytes: Uint8Array | string,
  options: { mode?: number } = {},
): string {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  try {
    fs.writeFileSync(partial, bytes, options.mode === undefined ? undefined : { mode: options.mode });
    moveIntoPlace(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return target;
}

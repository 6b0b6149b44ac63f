/**
 * The support log on disk: `<dataDir>/nhat-ky/cchc.log`, rotated at about 1 MB into cchc.log.1 and
 * cchc.log.2 (three files, at most ~3 MB). Lines are appended synchronously (they are rare: start,
 * backups, refused calls, errors), so a line written just before a crash is on disk.
 *
 * No personal data: callers of `log()` pass what happened and where (call names, error codes,
 * file names, counts of files), never report figures, texts, model names or a preparer's name or
 * phone. This sink also strips control characters and caps a line's length, so a hostile file
 * name cannot forge or flood lines.
 */
import fs from 'node:fs';
import path from 'node:path';

export const LOG_DIR_NAME = 'nhat-ky';
export const LOG_FILE_NAME = 'cchc.log';
export const LOG_MAX_BYTES = 1024 * 1024;
/** The current file and two rotated ones. */
export const LOG_KEEP = 3;
const MAX_LINE = 4000;

export function logDir(dataDir: string): string {
  return path.join(dataDir, LOG_DIR_NAME);
}

/** The log files, oldest first (cchc.log.2, cchc.log.1, cchc.log), those that exist. */
export function logFiles(dataDir: string): string[] {
  const dir = logDir(dataDir);
  const files: string[] = [];
  for (let i = LOG_KEEP - 1; i >= 0; i--) {
    const file = path.join(dir, i === 0 ? LOG_FILE_NAME : `${LOG_FILE_NAME}.${i}`);
    if (fs.existsSync(file)) files.push(file);
  }
  return files;
}

export function sanitizeLogLine(line: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = line.replace(/[\u0000-\u0008\u000a-\u001f\u007f\u2028\u2029]/gu, ' ');
  return clean.length > MAX_LINE ? clean.slice(0, MAX_LINE) + '…' : clean;
}

function rotate(dir: string): void {
  for (let i = LOG_KEEP - 1; i >= 1; i--) {
    const from = path.join(dir, i === 1 ? LOG_FILE_NAME : `${LOG_FILE_NAME}.${i - 1}`);
    const to = path.join(dir, `${LOG_FILE_NAME}.${i}`);
    if (fs.existsSync(from)) fs.renameSync(from, to);
  }
}

/**
 * A log sink writing to the data folder's log file. If the file cannot be written (disk full,
 * folder removed), lines go to `fallback` instead; logging never throws.
 */
export function createFileLogSink(
  dataDir: string,
  options: { maxBytes?: number; fallback?: (line: string) => void } = {},
): (line: string) => void {
  const dir = logDir(dataDir);
  const file = path.join(dir, LOG_FILE_NAME);
  const maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
  const fallback = options.fallback ?? ((line: string) => process.stderr.write(line + '\n'));
  fs.mkdirSync(dir, { recursive: true });
  let size = fs.existsSync(file) ? fs.statSync(file).size : 0;
  return (line: string) => {
    const text = sanitizeLogLine(line) + '\n';
    const bytes = Buffer.byteLength(text);
    try {
      if (size > 0 && size + bytes > maxBytes) {
        rotate(dir);
        size = 0;
      }
      fs.appendFileSync(file, text);
      size += bytes;
    } catch {
      fallback(line);
    }
  };
}

/** The log files joined, oldest line first, for "Xuất nhật ký". */
export function readLogBundle(dataDir: string): string {
  return logFiles(dataDir)
    .map((file) => {
      try {
        return fs.readFileSync(file, 'utf8');
      } catch {
        return '';
      }
    })
    .join('');
}

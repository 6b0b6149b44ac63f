import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { log, setLogSink } from '../../electron/log';

describe('the support log', () => {
  const lines: string[] = [];
  afterEach(() => setLogSink((line) => process.stderr.write(line + '\n')));

  it('never writes the home folder (named after the Windows user) into a line', () => {
    setLogSink((line) => lines.push(line));
    log(
      'api',
      `internal error at ${path.join(os.homedir(), 'AppData', 'Roaming', 'bao-cao-cchc', 'x.ts')}:12`,
    );
    expect(lines.at(-1)).toContain('[api] internal error at ~');
    expect(lines.at(-1)).not.toContain(os.homedir());
  });
});

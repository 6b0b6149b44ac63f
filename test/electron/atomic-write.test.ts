import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/atomic-write';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes a new file (making its folder) and replaces an old one whole, leaving no temporary file', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-atomic-'));
    const target = path.join(dir, 'tong-hop', 'a.xlsx');
    expect(writeFileAtomic(target, 'cũ')).toBe(target);
    writeFileAtomic(target, Buffer.from('mới'));
    expect(fs.readFileSync(target, 'utf8')).toBe('mới');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['a.xlsx']);
  });

  it('when the file cannot be put in place, keeps the old one and removes the temporary file', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-atomic-'));
    // A folder under the name: the rename fails after the temporary file was written.
    const target = path.join(dir, 'b.xlsx');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside'), 'x');
    expect(() => writeFileAtomic(target, 'mới')).toThrow();
    expect(fs.readdirSync(dir)).toEqual(['b.xlsx']);
    expect(fs.readFileSync(path.join(target, 'inside'), 'utf8')).toBe('x');
  });
});

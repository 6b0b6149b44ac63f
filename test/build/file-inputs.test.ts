import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A visible native file box shows the browser's own words ("Choose File", "No file chosen") to a
 * Vietnamese clerk: every <input type="file"> of the renderer is hidden (FilePicker or a hidden
 * input behind a Vietnamese button).
 */
describe('renderer file inputs', () => {
  it('no screen shows a native file box', () => {
    const root = join(import.meta.dirname, '../../renderer/src');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tsx'));
    const bad: string[] = [];
    let seen = 0;
    for (const file of files) {
      const source = readFileSync(join(root, file), 'utf8');
      for (const [input] of source.matchAll(/<input\b[\s\S]*?\/>/g)) {
        if (!input.includes('type="file"')) continue;
        seen++;
        if (!/className="visually-hidden"|\shidden\b/.test(input)) bad.push(file);
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });
});

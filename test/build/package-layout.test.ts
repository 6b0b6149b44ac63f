/**
 * What the installer puts on a commune PC, checked offline: the app packaged by electron-builder
 * (`--linux dir`, a stub Electron; see packaged-app.ts) and its app.asar read back. A file the app
 * loads at start but left out of the package means "the app does not open" on every PC.
 */
import * as asar from '@electron/asar';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageApp, projectRoot, type PackagedApp } from './packaged-app';

const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

let app: PackagedApp;
let files: Set<string>;
beforeAll(() => {
  app = packageApp();
  files = new Set(asar.listPackage(app.asar, { isPack: false }).map((f) => f.replace(/^[\\/]/u, '')));
}, 240_000);
afterAll(() => app?.cleanup());

const entry = (file: string) => asar.statFile(app.asar, file) as { size?: number; unpacked?: boolean };
const read = (file: string) => asar.extractFile(app.asar, file).toString('utf8');

describe('the packaged app (app.asar)', () => {
  it('holds package.json and the main script it names, bundled', () => {
    const packed = JSON.parse(read('package.json')) as { main: string; dependencies: object };
    expect(packed.main).toBe(pkg.main);
    expect(files.has(pkg.main)).toBe(true);
    expect(entry(pkg.main).size).toBeGreaterThan(100_000);
  });

  it('holds the preload and the page with every script and style it references', () => {
    expect(files.has('dist-electron/preload.cjs')).toBe(true);
    const html = read('dist/renderer/index.html');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/gu)]
      .map((m) => m[1]!)
      .filter((ref) => !ref.startsWith('data:'));
    expect(refs.length).toBeGreaterThanOrEqual(2);
    for (const ref of refs) {
      expect(ref, 'a relative asset path (the page is a file: URL)').toMatch(/^\.\//u);
      expect(files.has(path.posix.join('dist/renderer', ref)), ref).toBe(true);
    }
    // and the CSS's own references (fonts, images), if any
    for (const css of refs.filter((r) => r.endsWith('.css'))) {
      const text = read(path.posix.join('dist/renderer', css));
      for (const [, url] of text.matchAll(/url\((?!data:)["']?([^"')]+)["']?\)/gu)) {
        const target = path.posix.join('dist/renderer', path.posix.dirname(css), url!);
        expect(files.has(target), target).toBe(true);
      }
    }
  });

  it('unpacks the check worker and every native module where the code looks for them', () => {
    // check-pool.ts: dist-electron/check-worker.mjs beside main.mjs, taken from app.asar.unpacked.
    expect(entry('dist-electron/check-worker.mjs').unpacked).toBe(true);
    expect(fs.statSync(path.join(app.unpacked, 'dist-electron', 'check-worker.mjs')).size).toBeGreaterThan(
      100_000,
    );
    const natives = [...files].filter((f) => f.endsWith('.node'));
    expect(natives).toContain('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    for (const native of natives) {
      expect(entry(native).unpacked, native).toBe(true);
      expect(fs.existsSync(path.join(app.unpacked, native)), native).toBe(true);
    }
  });

  it('packs no devDependency; main and worker bundles import only Node, Electron and dependencies', () => {
    const packedModules = new Set(
      [...files]
        .filter((f) => f.startsWith('node_modules/'))
        .map((f) =>
          f
            .split('/')
            .slice(1, f.split('/')[1]!.startsWith('@') ? 3 : 2)
            .join('/'),
        ),
    );
    expect(packedModules.has('better-sqlite3')).toBe(true);
    for (const dev of Object.keys(pkg.devDependencies)) {
      expect(packedModules.has(dev), `${dev} is a devDependency but is packed`).toBe(false);
    }
    // What the bundles load at run time must be packed: react, zod, exceljs... are bundled in.
    const allowed = new Set(['electron', ...Object.keys(pkg.dependencies)]);
    for (const bundle of [pkg.main, 'dist-electron/check-worker.mjs']) {
      const code = entry(bundle).unpacked
        ? fs.readFileSync(path.join(app.unpacked, bundle), 'utf8')
        : read(bundle);
      // esbuild writes the bundle's own imports at the start of a line, and CommonJS ones as require("x").
      const imported = [
        ...code.matchAll(/^import\s[^;]*?from\s*["']([^"']+)["']/gmu),
        ...code.matchAll(/\b(?:__)?require\(["']([^"']+)["']\)/gu),
        ...code.matchAll(/\bimport\(["']([^"']+)["']\)/gu),
      ]
        .map((m) => m[1]!)
        .filter((name) => !name.startsWith('.'))
        .filter((name) => !name.startsWith('node:') && !builtinModules.includes(name.split('/')[0]!));
      for (const name of imported) expect(allowed.has(name), `${bundle} loads ${name}`).toBe(true);
    }
  });

  it('is small: app.asar under 8 MB', () => {
    const size = fs.statSync(app.asar).size;
    console.log(`app.asar: ${(size / 1024 / 1024).toFixed(1)} MB`);
    expect(size).toBeLessThan(8 * 1024 * 1024);
  });
});

/**
 * The installer cannot be built on these offline machines (it downloads Electron), so its
 * configuration is checked here: against electron-builder's own JSON schema (with ajv, and with
 * electron-builder's validator), and for the choices that matter to a commune clerk.
 */
import Ajv from 'ajv';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const schema = JSON.parse(
  fs.readFileSync(
    path.join(path.dirname(require.resolve('app-builder-lib/package.json')), 'scheme.json'),
    'utf8',
  ),
) as object;
const minimatch = require('minimatch') as (file: string, pattern: string, options?: object) => boolean;

type Config = Record<string, unknown> & {
  nsis: Record<string, unknown>;
  win: Record<string, unknown> & { target: { target: string; arch: string[] }[] };
  linux: Record<string, unknown> & { target: { target: string; arch: string[] }[] };
  files: string[];
  asarUnpack: string[];
};
const config = YAML.parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  author?: { name: string; email: string };
};

let compiled: ReturnType<Ajv['compile']> | undefined;
function schemaErrors(candidate: unknown) {
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  const validate = compiled;
  return validate(candidate) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`);
}

/**
 * What electron-builder's file filter would keep: production node_modules are added by
 * electron-builder itself, everything else only when a pattern names it; the last match wins.
 */
function packaged(file: string): boolean {
  let kept = file.startsWith('node_modules/');
  for (const pattern of config.files) {
    const negated = pattern.startsWith('!');
    if (minimatch(file, negated ? pattern.slice(1) : pattern, { dot: true })) kept = !negated;
  }
  return kept;
}

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's JSON schema", () => {
    expect(schemaErrors(config)).toEqual([]);
  });

  it("passes electron-builder's own validation", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (c: unknown, logger: { isEnabled: boolean; add: () => void }) => Promise<void>;
    };
    await expect(
      validateConfiguration(config, { isEnabled: false, add: () => undefined }),
    ).resolves.toBeUndefined();
  });

  it('the schema check is not vacuous: a misspelt or mistyped option is refused', () => {
    expect(schemaErrors({ ...config, nsis: { ...config.nsis, perMachin: false } })).not.toEqual([]);
    expect(schemaErrors({ ...config, nsis: { ...config.nsis, oneClick: 'yes' } })).not.toEqual([]);
    expect(schemaErrors({ ...config, asarUnpak: ['**/*.node'] })).not.toEqual([]);
  });

  it('names the app in Vietnamese', () => {
    expect(config.productName).toBe('Báo cáo CCHC');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9]+)+$/u);
    expect(config.nsis.shortcutName).toBe('Báo cáo CCHC');
  });

  it('Windows: installs per user, never asks for admin rights, in Vietnamese, with shortcuts', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.win.requestedExecutionLevel).toBe('asInvoker');
    expect(config.nsis).toMatchObject({
      oneClick: true,
      perMachine: false,
      allowElevation: false,
      installerLanguages: ['vi_VN'],
      language: '1066',
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
    });
  });

  it('Windows: the uninstaller keeps the data folder', () => {
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('Linux: AppImage and deb', () => {
    expect(config.linux.target.map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
    expect(config.linux.maintainer ?? pkg.author?.email).toMatch(/<?[^@\s]+@[^@\s]+>?/u);
  });

  it('packages better-sqlite3 rebuilt for Electron and unpacked from the asar archive', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(
      minimatch('node_modules/better-sqlite3/build/Release/better_sqlite3.node', config.asarUnpack[0]!, {
        dot: true,
      }),
    ).toBe(true);
    expect(config.npmRebuild).toBe(true);
    expect(config.buildDependenciesFromSource).toBe(false);
  });

  it('packages the built app, the native binary and nothing of its build sources', () => {
    expect(packaged('dist/renderer/index.html')).toBe(true);
    expect(packaged('dist-electron/main.mjs')).toBe(true);
    expect(packaged('dist-electron/preload.cjs')).toBe(true);
    expect(packaged('package.json')).toBe(true);
    expect(packaged(pkg.main)).toBe(true);
    expect(packaged('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
    expect(packaged('node_modules/better-sqlite3/lib/database.js')).toBe(true);
    for (const source of [
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3/src/better_sqlite3.cpp',
      'node_modules/better-sqlite3/build/Release/obj.target/better_sqlite3/src/better_sqlite3.o',
      'node_modules/better-sqlite3/build/Release/test_extension.node',
      'electron/main/index.ts',
      'test/electron/crash.test.ts',
      '.cchc-data/bao-cao-cchc.sqlite',
    ]) {
      expect(packaged(source), source).toBe(false);
    }
  });

  it('has an icon made for the app: 512×512 PNG and a multi-size ICO', () => {
    const png = PNG.sync.read(fs.readFileSync(path.join(root, 'resources/icon.png')));
    expect([png.width, png.height]).toEqual([512, 512]);
    // opaque red in the middle of the left edge, transparent corners
    const at = (x: number, y: number) =>
      Array.from(png.data.subarray((y * 512 + x) * 4, (y * 512 + x) * 4 + 4));
    expect(at(0, 0)[3]).toBe(0);
    expect(at(40, 256)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number), 255]);
    expect(at(40, 256)[0]!).toBeGreaterThan(180);
    const ico = fs.readFileSync(path.join(root, 'resources/icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1); // an icon resource
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    expect(config.win.icon).toBe('resources/icon.ico');
    expect(config.linux.icon).toBe('resources/icon.png');
  });

  it('npm run dist builds then packages', () => {
    expect(pkg.scripts.dist).toBe('npm run build && electron-builder');
  });
});

describe('release workflow', () => {
  const workflow = YAML.parse(fs.readFileSync(path.join(root, '.github/workflows/release.yml'), 'utf8')) as {
    on: { push: { tags: string[] } };
    jobs: Record<
      string,
      {
        'runs-on': string;
        strategy?: { matrix: { include: { os: string; targets: string }[] } };
        steps: { run?: string; uses?: string }[];
      }
    >;
  };

  it('builds the installers on Windows and Linux runners and uploads them on tags', () => {
    expect(workflow.on.push.tags).toEqual(['v*']);
    const build = workflow.jobs.build!;
    const matrix = build.strategy!.matrix.include;
    expect(matrix.map((m) => m.os).sort()).toEqual(['ubuntu-latest', 'windows-latest']);
    expect(matrix.find((m) => m.os === 'windows-latest')!.targets).toContain('nsis');
    expect(matrix.find((m) => m.os === 'ubuntu-latest')!.targets).toMatch(/AppImage.*deb/u);
    const runs = build.steps.map((s) => s.run ?? s.uses ?? '');
    expect(runs.some((r) => /electron-builder .*--publish never/u.test(r))).toBe(true);
    expect(runs.some((r) => r.startsWith('actions/upload-artifact'))).toBe(true);
    expect(workflow.jobs.release!.steps.some((s) => s.uses?.startsWith('softprops/action-gh-release'))).toBe(
      true,
    );
  });

  it('after packaging, proves the native module ABI and launches the app, before uploading', () => {
    const runs = workflow.jobs.build!.steps.map((s) => s.run ?? s.uses ?? '');
    const at = (pattern: RegExp) => runs.findIndex((r) => pattern.test(r));
    const packaging = at(/electron-builder .*--publish never/u);
    const abi = at(/better_sqlite3\.node.*node scripts\/native-abi\.mjs/su);
    const nm = at(/nm -D --defined-only .*grep -w "node_register_module_v\$abi"/su);
    const launch = at(/xvfb-run .*node scripts\/launch-check\.mjs release\/linux-unpacked\/bao-cao-cchc/u);
    const upload = at(/^actions\/upload-artifact/u);
    for (const step of [abi, nm, launch]) {
      expect(step).toBeGreaterThan(packaging);
      expect(step).toBeLessThan(upload);
    }
    // the executable launched is the one electron-builder names from linux.executableName
    expect(config.linux.executableName).toBe('bao-cao-cchc');
  });
});

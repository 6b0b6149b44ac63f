/**
 * scripts/native-abi.mjs, which the release workflow runs on the packed better_sqlite3.node after
 * the rebuild: a module left with Node's ABI (v115) instead of Electron 39's (v140) must fail the
 * job, on Windows (PE, read here from synthetic files) as on Linux (ELF, the real module).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { nativeExports, registeredAbis } from '../../scripts/native-abi.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const script = path.join(root, 'scripts', 'native-abi.mjs');
const linuxModule = path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-native-abi-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A minimal Windows DLL: headers, one section holding the export directory and its names. */
function syntheticPe(names: string[], pe32plus: boolean): Buffer {
  const buf = Buffer.alloc(0x400);
  buf.write('MZ', 0, 'latin1');
  const pe = 0x40;
  buf.writeUInt32LE(pe, 0x3c);
  buf.write('PE\0\0', pe, 'latin1');
  buf.writeUInt16LE(pe32plus ? 0x8664 : 0x14c, pe + 4);
  buf.writeUInt16LE(1, pe + 6);
  const optionalSize = pe32plus ? 240 : 224;
  buf.writeUInt16LE(optionalSize, pe + 20);
  const optional = pe + 24;
  buf.writeUInt16LE(pe32plus ? 0x20b : 0x10b, optional);
  buf.writeUInt32LE(16, optional + (pe32plus ? 108 : 92));
  const va = 0x3000;
  const raw = 0x200;
  // data directory 0: the export table, at the start of the section (none when no names)
  buf.writeUInt32LE(names.length ? va : 0, optional + (pe32plus ? 112 : 96));
  const section = optional + optionalSize;
  buf.write('.edata', section, 'latin1');
  buf.writeUInt32LE(0x200, section + 8);
  buf.writeUInt32LE(va, section + 12);
  buf.writeUInt32LE(0x200, section + 16);
  buf.writeUInt32LE(raw, section + 20);
  const nameTable = 40;
  let text = nameTable + 4 * names.length;
  buf.writeUInt32LE(names.length, raw + 24);
  buf.writeUInt32LE(va + nameTable, raw + 32);
  names.forEach((name, i) => {
    buf.writeUInt32LE(va + text, raw + nameTable + 4 * i);
    buf.write(name + '\0', raw + text, 'latin1');
    text += name.length + 1;
  });
  return buf;
}

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  return { status: result.status, out: result.stdout + result.stderr };
}

function file(name: string, bytes: Buffer): string {
  const at = path.join(dir, name);
  fs.writeFileSync(at, bytes);
  return at;
}

describe('native module ABI', () => {
  const names = ['napi_module_register_shim', 'node_register_module_v140', 'sqlite3_open'];

  it('reads the export table of a Windows x64 (PE32+) and ia32 (PE32) module', () => {
    for (const pe32plus of [true, false]) {
      const exported = nativeExports(syntheticPe(names, pe32plus));
      expect(exported).toEqual({ format: 'PE', names });
      expect(registeredAbis(exported.names)).toEqual([140]);
    }
  });

  it('passes a module rebuilt for Electron 39 and fails one left with Node 20 ABI', () => {
    const electron = file('electron-x64.node', syntheticPe(names, true));
    const ia32 = file('electron-ia32.node', syntheticPe(names, false));
    const node = file('node.node', syntheticPe(['node_register_module_v115'], true));
    expect(run(electron, ia32, '--abi', '140')).toMatchObject({ status: 0 });
    const failed = run(electron, node, '--abi', '140');
    expect(failed.status).toBe(1);
    expect(failed.out).toMatch(
      /FAIL .*node\.node \(PE\): exports node_register_module_v115; --abi 140 needs v140/u,
    );
    // without --abi: the ABI of the Electron in node_modules (39 → 140)
    expect(run(electron).out).toMatch(/OK .*Electron 39\.[\d.]+ needs v140/u);
  });

  it('reads the dynamic symbols of the Linux module as nm -D does', () => {
    const exported = nativeExports(fs.readFileSync(linuxModule));
    expect(exported.format).toBe('ELF');
    expect(registeredAbis(exported.names)).toEqual([Number(process.versions.modules)]);
    const nm = spawnSync('nm', ['-D', '--defined-only', linuxModule], { encoding: 'utf8' });
    if (nm.status === 0) {
      const fromNm = nm.stdout
        .split('\n')
        .map((l) => l.trim().split(/\s+/u))
        .filter((p) => p.length === 3 && /[A-TV-Z]/u.test(p[1]!))
        .map((p) => p[2]!.replace(/@.*$/u, ''));
      expect(new Set(exported.names)).toEqual(new Set(fromNm));
    }
    // `npm ci` builds it for Node: packed as it is, Electron could not load it.
    const asIs = run(linuxModule);
    expect(asIs.status).toBe(1);
    expect(asIs.out).toContain(`exports node_register_module_v${process.versions.modules}; Electron`);
  });

  it('fails a module that registers no ABI, a file that is no binary, and a missing file', () => {
    const none = file('none.node', syntheticPe([], true));
    const text = file('readme.node', Buffer.from('not a binary at all, just some text here'.repeat(4)));
    const out = run(none, text, path.join(dir, 'missing.node'), '--abi', '140');
    expect(out.status).toBe(1);
    expect(out.out).toMatch(/FAIL .*none\.node \(PE\): exports no node_register_module_v\*/u);
    expect(out.out).toMatch(/FAIL .*readme\.node: neither a Windows \(PE\) nor a Linux \(ELF\) binary/u);
    expect(out.out).toMatch(/FAIL .*missing\.node: ENOENT/u);
    expect(run('--abi', 'x', none).status).toBe(2);
  });
});

// Which Node ABI a native module (.node) was built for, read from the file itself: the
// `node_register_module_v<N>` symbol it exports (N = NODE_MODULE_VERSION; Electron 39 is 140,
// Node 20 is 115). A module built for another ABI makes the installed app fail at its first start
// on every PC, so the release workflow runs this on the packed better_sqlite3.node after the
// rebuild. Reads Windows PE (PE32 and PE32+, the export directory) and Linux ELF (32/64-bit,
// little-endian, the dynamic symbol table) without any tool.
//
//   node scripts/native-abi.mjs <file.node>... [--abi N]
//
// Without --abi, N is the ABI of the Electron in node_modules (node-abi's table). Exit 0 when every
// file exports node_register_module_v<N>, 1 otherwise, 2 on a usage error.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The names a PE file (a Windows .dll/.node) exports, from its export directory. */
export function peExports(buf) {
  const pe = buf.readUInt32LE(0x3c);
  if (buf.toString('latin1', pe, pe + 4) !== 'PE\0\0') throw new Error('not a PE file');
  const sections = buf.readUInt16LE(pe + 6);
  const optionalSize = buf.readUInt16LE(pe + 20);
  const optional = pe + 24;
  const magic = buf.readUInt16LE(optional);
  if (magic !== 0x10b && magic !== 0x20b)
    throw new Error(`unknown PE optional header 0x${magic.toString(16)}`);
  const directories = optional + (magic === 0x20b ? 112 : 96);
  const directoryCount = buf.readUInt32LE(optional + (magic === 0x20b ? 108 : 92));
  if (directoryCount < 1) return [];
  const exportRva = buf.readUInt32LE(directories);
  if (exportRva === 0) return [];
  const table = optional + optionalSize;
  const offsetOf = (rva) => {
    for (let i = 0; i < sections; i++) {
      const s = table + i * 40;
      const va = buf.readUInt32LE(s + 12);
      const size = Math.max(buf.readUInt32LE(s + 8), buf.readUInt32LE(s + 16));
      if (rva >= va && rva < va + size) return rva - va + buf.readUInt32LE(s + 20);
    }
    throw new Error(`RVA 0x${rva.toString(16)} is in no section`);
  };
  const dir = offsetOf(exportRva);
  const count = buf.readUInt32LE(dir + 24);
  const names = offsetOf(buf.readUInt32LE(dir + 32));
  const result = [];
  for (let i = 0; i < count; i++) {
    const at = offsetOf(buf.readUInt32LE(names + i * 4));
    result.push(buf.toString('latin1', at, buf.indexOf(0, at)));
  }
  return result;
}

/** The defined global or weak symbols of an ELF file's dynamic symbol table (`nm -D --defined-only`). */
export function elfExports(buf) {
  if (buf.readUInt32BE(0) !== 0x7f454c46) throw new Error('not an ELF file');
  const is64 = buf[4] === 2;
  if (buf[5] !== 1) throw new Error('big-endian ELF is not supported');
  const word = (at) => (is64 ? Number(buf.readBigUInt64LE(at)) : buf.readUInt32LE(at));
  const shoff = word(is64 ? 0x28 : 0x20);
  const shentsize = buf.readUInt16LE(is64 ? 0x3a : 0x2e);
  const shnum = buf.readUInt16LE(is64 ? 0x3c : 0x30);
  const section = (i) => {
    const s = shoff + i * shentsize;
    return {
      type: buf.readUInt32LE(s + 4),
      offset: word(s + (is64 ? 0x18 : 0x10)),
      size: word(s + (is64 ? 0x20 : 0x14)),
      link: buf.readUInt32LE(s + (is64 ? 0x28 : 0x18)),
    };
  };
  const result = [];
  for (let i = 0; i < shnum; i++) {
    const dynsym = section(i);
    if (dynsym.type !== 11) continue; // SHT_DYNSYM
    const strings = section(dynsym.link);
    const entry = is64 ? 24 : 16;
    for (let at = dynsym.offset + entry; at < dynsym.offset + dynsym.size; at += entry) {
      const name = buf.readUInt32LE(at);
      const info = buf[at + (is64 ? 4 : 12)];
      const shndx = buf.readUInt16LE(at + (is64 ? 6 : 14));
      const binding = info >> 4;
      if (shndx === 0 || (binding !== 1 && binding !== 2)) continue;
      const start = strings.offset + name;
      result.push(buf.toString('latin1', start, buf.indexOf(0, start)));
    }
  }
  return result;
}

/** The exported names of a .node file, whichever format it is. */
export function nativeExports(buf) {
  if (buf.length > 4 && buf.readUInt32BE(0) === 0x7f454c46) return { format: 'ELF', names: elfExports(buf) };
  if (buf.length > 0x40 && buf.toString('latin1', 0, 2) === 'MZ')
    return { format: 'PE', names: peExports(buf) };
  throw new Error('neither a Windows (PE) nor a Linux (ELF) binary');
}

/** The ABIs a module registers for (node_register_module_v<N>); N-API modules register none. */
export function registeredAbis(names) {
  return names.flatMap((n) => /^node_register_module_v(\d+)$/u.exec(n)?.[1] ?? []).map(Number);
}

function electronAbi() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const require = createRequire(path.join(root, 'package.json'));
  const version = require('electron/package.json').version;
  return { abi: Number(require('node-abi').getAbi(version, 'electron')), from: `Electron ${version}` };
}

function main(argv) {
  const abiAt = argv.indexOf('--abi');
  const files = argv.filter((_, i) => abiAt < 0 || (i !== abiAt && i !== abiAt + 1));
  if (!files.length || (abiAt >= 0 && !/^\d+$/u.test(argv[abiAt + 1] ?? ''))) {
    process.stderr.write('usage: node scripts/native-abi.mjs <file.node>... [--abi N]\n');
    return 2;
  }
  const expected =
    abiAt >= 0 ? { abi: Number(argv[abiAt + 1]), from: `--abi ${argv[abiAt + 1]}` } : electronAbi();
  let failed = false;
  for (const file of files) {
    try {
      const { format, names } = nativeExports(fs.readFileSync(file));
      const abis = registeredAbis(names);
      const ok = abis.includes(expected.abi);
      failed ||= !ok;
      const found = abis.length
        ? abis.map((a) => `node_register_module_v${a}`).join(', ')
        : 'no node_register_module_v*';
      process.stdout.write(
        `${ok ? 'OK  ' : 'FAIL'} ${file} (${format}): exports ${found}; ${expected.from} needs v${expected.abi}\n`,
      );
    } catch (error) {
      failed = true;
      process.stdout.write(`FAIL ${file}: ${error.message}\n`);
    }
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}

// Bundles the Electron main process (ES module) and the sandboxed preload (CommonJS, since a
// sandboxed preload cannot load ES modules) into dist-electron/. Native and Electron modules stay
// external so electron-builder can package better-sqlite3 rebuilt for Electron's ABI.
//
// `--outdir DIR` writes the three files elsewhere (the package tests stage a copy of the app
// without touching dist-electron/).
import { build } from 'esbuild';
import path from 'node:path';

const outdirArg = process.argv.indexOf('--outdir');
const outdir = outdirArg > 0 ? path.resolve(process.argv[outdirArg + 1]) : 'dist-electron';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['electron/main/index.ts'],
  format: 'esm',
  outfile: path.join(outdir, 'main.mjs'),
  banner: {
    js: "import { createRequire as __cchcCreateRequire } from 'node:module'; const require = __cchcCreateRequire(import.meta.url);",
  },
});
// The workbook check pool starts this file in worker threads (see electron/workbook/check-pool.ts).
await build({
  ...common,
  entryPoints: ['electron/workbook/check-worker.ts'],
  format: 'esm',
  outfile: path.join(outdir, 'check-worker.mjs'),
  banner: {
    js: "import { createRequire as __cchcCreateRequire } from 'node:module'; const require = __cchcCreateRequire(import.meta.url);",
  },
});
await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  format: 'cjs',
  outfile: path.join(outdir, 'preload.cjs'),
});

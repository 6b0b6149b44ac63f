/**
 * Packages the app as the release workflow does, offline: the renderer and the main process are
 * built into a staging copy of the project (never into dist/, which the end-to-end tests read at
 * the same time), then `electron-builder --linux dir` packs it with a stub Electron: a folder
 * holding only an `electron` executable (no resources/default_app.asar), so nothing is downloaded
 * and the packaged layout (app.asar, app.asar.unpacked) is the real one. better-sqlite3 is not
 * rebuilt (npmRebuild false): the packed .node keeps Node's ABI, which lets the first-start test
 * load it under Node. The release workflow checks the rebuilt one (scripts/native-abi.mjs).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');

export interface PackagedApp {
  /** The staging copy (package.json, dist/, dist-electron/, node_modules → the project's). */
  stage: string;
  /** release/linux-unpacked/resources */
  resources: string;
  asar: string;
  unpacked: string;
  cleanup(): void;
}

function run(args: string[], cwd: string): void {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) {
    throw new Error(`${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

export function packageApp(): PackagedApp {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-package-'));
  const bin = (file: string) => path.join(projectRoot, 'node_modules', file);
  run(
    [
      bin('vite/bin/vite.js'),
      'build',
      '--outDir',
      path.join(stage, 'dist', 'renderer'),
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    projectRoot,
  );
  run(['scripts/build-electron.mjs', '--outdir', path.join(stage, 'dist-electron')], projectRoot);
  for (const file of ['package.json', 'package-lock.json', 'electron-builder.yml']) {
    fs.copyFileSync(path.join(projectRoot, file), path.join(stage, file));
  }
  fs.cpSync(path.join(projectRoot, 'resources'), path.join(stage, 'resources'), { recursive: true });
  fs.symlinkSync(path.join(projectRoot, 'node_modules'), path.join(stage, 'node_modules'), 'dir');

  const electronDist = path.join(stage, 'stub-electron');
  fs.mkdirSync(electronDist);
  fs.writeFileSync(path.join(electronDist, 'electron'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  run(
    [
      bin('electron-builder/cli.js'),
      '--linux',
      'dir',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      '-c.npmRebuild=false',
      `-c.directories.output=${path.join(stage, 'release')}`,
    ],
    stage,
  );
  const resources = path.join(stage, 'release', 'linux-unpacked', 'resources');
  return {
    stage,
    resources,
    asar: path.join(resources, 'app.asar'),
    unpacked: path.join(resources, 'app.asar.unpacked'),
    cleanup: () => fs.rmSync(stage, { recursive: true, force: true }),
  };
}

// Starts the packaged app once with a fresh data folder and waits until its support log says
// "window loaded": the release workflow's proof that the installed app opens (run under xvfb-run
// on Linux). Fails on "startup failed", on the app ending before its window loaded, or after the
// time limit; then prints the log and the app's output. The app is ended afterwards.
//
//   node scripts/launch-check.mjs <executable> [--timeout SECONDS] [-- extra app arguments]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LOADED = '[app] window loaded';
const FAILED = '[app] startup failed';

export async function launchCheck(executable, { timeoutMs = 60_000, extraArgs = [] } = {}) {
  // A data folder as a clerk's could be named: spaces and Vietnamese letters.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dữ liệu thử '));
  const logFile = path.join(dataDir, 'nhat-ky', 'cchc.log');
  const readLog = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '');
  const started = Date.now();
  const child = spawn(executable, ['--data-dir', dataDir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let exit;
  const exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve((exit = { code, signal }))),
  );
  child.on('error', (error) => (exit = { code: null, signal: null, error: error.message }));

  let outcome;
  while (!outcome) {
    const log = readLog();
    if (log.includes(LOADED)) outcome = { ok: true, why: `window loaded after ${Date.now() - started} ms` };
    else if (log.includes(FAILED)) outcome = { ok: false, why: 'the app says its start failed' };
    else if (exit)
      outcome = { ok: false, why: `the app ended before its window loaded (${JSON.stringify(exit)})` };
    else if (Date.now() - started > timeoutMs)
      outcome = { ok: false, why: `no window after ${timeoutMs} ms` };
    else await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!exit) {
    child.kill('SIGTERM');
    const late = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(late);
  }
  return { ...outcome, dataDir, log: readLog(), output, userData: fs.readdirSync(dataDir) };
}

async function main(argv) {
  const dashes = argv.indexOf('--');
  const own = dashes >= 0 ? argv.slice(0, dashes) : argv;
  const extraArgs = dashes >= 0 ? argv.slice(dashes + 1) : [];
  const timeoutAt = own.indexOf('--timeout');
  const timeoutMs = timeoutAt >= 0 ? Number(own[timeoutAt + 1]) * 1000 : 60_000;
  const executable = own.find((a, i) => !a.startsWith('--') && (timeoutAt < 0 || i !== timeoutAt + 1));
  if (!executable || !Number.isFinite(timeoutMs)) {
    process.stderr.write(
      'usage: node scripts/launch-check.mjs <executable> [--timeout SECONDS] [-- app args]\n',
    );
    return 2;
  }
  const result = await launchCheck(path.resolve(executable), { timeoutMs, extraArgs });
  process.stdout.write(`${result.ok ? 'OK  ' : 'FAIL'} ${executable}: ${result.why}\n`);
  process.stdout.write(`data folder ${result.dataDir}: ${result.userData.join(', ')}\n`);
  if (!result.ok) {
    process.stdout.write(`--- support log ---\n${result.log}\n--- app output ---\n${result.output}\n`);
  }
  fs.rmSync(result.dataDir, { recursive: true, force: true });
  return result.ok ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}

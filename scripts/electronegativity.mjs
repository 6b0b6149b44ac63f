// `npm run security`: runs @doyensec/electronegativity over the Electron side and the renderer,
// offline, and fails on any HIGH or MEDIUM finding.
//
// - Scanned together (electron/, renderer/ and package.json, staged in a temporary folder) so that
//   the global checks (CSP, navigation limits, permission handler) see the whole app at once.
// - Offline and fast: the tool's only network calls (downloading translations and Electron's
//   release list) go through `got`, replaced here by a stub that fails at once, which the tool
//   handles ("no connectivity"). The Electron version is the one in node_modules/electron.
// - Exclusions: none by configuration. The one reviewed finding is disabled inline where it is,
//   with its justification (OPEN_EXTERNAL_JS_CHECK in electron/main/security.ts).
// - A file the tool cannot parse is a failure too: an unparsed file is an unscanned file.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(projectRoot, 'package.json'));
// `--root DIR` scans another copy of the app (the test gives it a deliberately unsafe one).
const rootArg = process.argv.indexOf('--root');
const root = rootArg > 0 ? path.resolve(process.argv[rootArg + 1]) : projectRoot;
const started = Date.now();

// 1. No network: stub `got` as the tool resolves it.
const toolRequire = createRequire(require.resolve('@doyensec/electronegativity/package.json'));
const gotPath = toolRequire.resolve('got');
const offline = () => Promise.reject(new Error('offline'));
const gotStub = Object.assign(offline, { head: offline, get: offline, default: undefined });
gotStub.default = gotStub;
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: gotStub };

// 2. Stage what is scanned.
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-electronegativity-'));
const SCANNED = ['electron', 'renderer', 'package.json'];
for (const entry of SCANNED) {
  fs.cpSync(path.join(root, entry), path.join(stage, entry), { recursive: true });
}

// 3. Run, keeping the tool's own chatter out of the output.
const runner = require('@doyensec/electronegativity');
const run = runner.default ?? runner;
const electronVersion = JSON.parse(
  fs.readFileSync(path.join(path.dirname(require.resolve('electron/package.json')), 'package.json'), 'utf8'),
).version;
const quiet = { log: console.log, warn: console.warn, info: console.info };
const chatter = [];
console.log = console.warn = console.info = (...args) => chatter.push(args.join(' '));
let result;
try {
  result = await run(
    {
      input: stage,
      output: undefined,
      isRelative: true,
      severitySet: undefined,
      confidenceSet: undefined,
      isVerbose: false,
      customScan: [],
      excludeFromScan: [],
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
} finally {
  Object.assign(console, quiet);
  fs.rmSync(stage, { recursive: true, force: true });
}

// 4. Report.
const FAILING = new Set(['HIGH', 'MEDIUM']);
const relative = (file) =>
  file && file !== 'N/A' ? path.relative(stage, path.resolve(stage, file)) : '(toàn ứng dụng)';
const issues = result.issues.map((i) => ({
  severity: i.severity.name,
  confidence: i.confidence.name,
  id: i.id,
  where: `${relative(i.file)}${i.location?.line ? ':' + i.location.line : ''}`,
  description: i.description,
  review: i.manualReview,
}));
const failing = issues.filter((i) => FAILING.has(i.severity));
const parseErrors = result.errors.filter((e) => !e.tolerable);

for (const i of issues) {
  const mark = FAILING.has(i.severity) ? 'LỖI' : 'ghi chú';
  console.log(
    `[${mark}] ${i.severity}/${i.confidence} ${i.id} ${i.where} — ${i.description}${i.review ? ' (cần xem xét thủ công)' : ''}`,
  );
}
for (const e of parseErrors) console.log(`[LỖI] không phân tích được ${relative(e.file)}: ${e.message}`);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `Electronegativity ${result.globalChecks + result.atomicChecks} kiểm tra trên ${SCANNED.join(', ')} (Electron ${electronVersion}), ${seconds} s: ` +
    `${failing.length} lỗi mức HIGH/MEDIUM, ${issues.length - failing.length} ghi chú, ${parseErrors.length} tệp không đọc được.`,
);
if (failing.length || parseErrors.length) process.exit(1);

/**
 * Writes the hostile corpus to a folder, to try it by hand:
 *
 *   npx tsx test/hostile/make-corpus.ts /tmp/corpus
 *   npm run cli -- check /tmp/corpus/*.xlsx
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildCorpus } from './corpus';

const dir = path.resolve(process.argv[2] ?? 'test-output/hostile-corpus');
fs.mkdirSync(dir, { recursive: true });
const files = await buildCorpus();
for (const file of files) fs.writeFileSync(path.join(dir, file.name), file.bytes);
process.stdout.write(
  files
    .map(
      (f) =>
        `${f.name.padEnd(28)} ${String(f.bytes.length).padStart(9)} B  ${f.verdict.padEnd(9)} ${f.kind ?? ''}  (${f.what})`,
    )
    .join('\n') + `\n${files.length} tệp trong ${dir}\n`,
);

/**
 * `npm run cli -- <lệnh>`: the command line of Báo cáo CCHC (see run.ts for the commands).
 */
import { runCli } from './run';

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
process.exitCode = code;

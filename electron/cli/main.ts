/**
 * `npm run cli -- <lệnh>`: the command line of Báo cáo CCHC (see run.ts for the commands).
 */
import { runCli } from './run';

// Output piped into a program that stops reading (`… | head`): the reader has what it wanted;
// stop quietly instead of a Node stack trace in English.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
process.exitCode = code;

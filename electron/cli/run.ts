/**
 * The command line, over the same services as the app: the same reader (in the same worker pool),
 * the same district store (in memory for `check` and `merge`), the same merge and workbook writers.
 * Messages are Vietnamese; `--json` prints machine-readable results on stdout instead.
 * Each command is a file in commands/ (listed in commands/index.ts).
 *
 * Exit codes: 0 success; 1 a file was refused (`check`, `merge`: the merged workbook is still
 * written from the accepted files) or the work failed; 2 the command was written wrongly.
 */
import { parseArgs } from 'node:util';
import { cliMessages as M } from '../../shared/i18n/vi/cli';
import { AppError } from '../errors';
import { setLogSink } from '../log';
import { COMMANDS } from './commands';
import { UsageError, type CliCommand, type CliIo, type Parsed } from './common';

export type { CliIo } from './common';

/** Every value option any command takes: another one is refused as written, before any command runs. */
const VALUE_OPTIONS = new Set(COMMANDS.flatMap((c) => c.options));

/**
 * The arguments after the command, by node:util's parseArgs (not strict: its tokens let unknown
 * options and missing values be named in Vietnamese, in the order they were written).
 */
function parse(command: string, args: string[]): Parsed {
  const { tokens } = parseArgs({
    args,
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: {
      json: { type: 'boolean' },
      ...Object.fromEntries([...VALUE_OPTIONS].map((name) => [name, { type: 'string' as const }])),
    },
  });
  const positional: string[] = [];
  const options = new Map<string, string>();
  let json = false;
  for (const token of tokens) {
    if (token.kind === 'positional') positional.push(token.value);
    else if (token.kind === 'option-terminator') continue;
    else if (token.name === 'json' && token.value === undefined) json = true;
    else if (!VALUE_OPTIONS.has(token.name)) throw new UsageError(M.unknownOption(args[token.index]!));
    else if (!token.value) throw new UsageError(M.missingValue(token.name));
    else options.set(token.name, token.value);
  }
  return { command, positional, options, json };
}

function findCommand(name: string): CliCommand {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(M.unknownCommand(name));
  return command;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // Support log lines (check failures…) go to stderr only when asked; stdout stays clean for --json.
  setLogSink(() => {});
  try {
    const [name = '', ...rest] = argv;
    if (name === '' || name === 'help' || name === '--help') {
      io.out(M.usage);
      return name === '' ? 2 : 0;
    }
    const parsed = parse(name, rest);
    return await findCommand(name).run(parsed, io);
  } catch (error) {
    // Under --json a program reads the answer: the error is one JSON line too (on stderr, so
    // stdout holds only results).
    const json = argv.includes('--json');
    const message =
      error instanceof UsageError || error instanceof AppError
        ? error.message
        : ((error as Error)?.message ?? String(error));
    if (error instanceof UsageError) {
      if (json) io.err(JSON.stringify({ error: { code: 'usage', message }, usage: M.usage }));
      else {
        // The message, then where the help is: 40 lines of usage would bury it.
        io.err(message);
        io.err(M.seeHelp);
      }
      return 2;
    }
    const code = error instanceof AppError ? error.code : 'failed';
    io.err(json ? JSON.stringify({ error: { code, message: M.failed(message) } }) : M.failed(message));
    return 1;
  }
}

/**
 * `stagecraft COMMAND …`: the command-line tools over the model. Each command lives in its own
 * file and is listed in COMMANDS. Exit codes: 0 success, 1 bad input (one line per problem on
 * standard error), 2 usage error. No stack trace unless `--debug`.
 */
import type { Command, CommandIo } from './command.ts';
import { UsageError } from './command.ts';
import { importCommand } from './import.ts';
import { lessonCommand } from './lesson.ts';
import { LIMIT_USAGE, takeLimitArgs } from './limit-args.ts';
import { planCommand } from './plan.ts';
import { simulateCommand } from './simulate.ts';
import { sparkCommand } from './spark.ts';

const COMMANDS: readonly Command[] = [
  planCommand,
  simulateCommand,
  sparkCommand,
  importCommand,
  lessonCommand,
];

function usage(): string {
  const lines = COMMANDS.map((c) => `  ${c.usage}`);
  return [
    'usage: stagecraft COMMAND [options]',
    '',
    'commands:',
    ...lines,
    '',
    `every command also takes --debug (stack traces) and the limits ${LIMIT_USAGE}`,
  ].join('\n');
}

export async function main(argv: readonly string[], io: CommandIo = processIo()): Promise<number> {
  const debug = argv.includes('--debug');
  let args: string[];
  let limits;
  try {
    ({ args, limits } = takeLimitArgs(argv.filter((a) => a !== '--debug')));
  } catch (error) {
    io.stderr(`stagecraft: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const name = args[0];
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(usage() + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`stagecraft: unknown command "${name}"\n${usage()}\n`);
    return 2;
  }
  try {
    return await command.run(args.slice(1), { ...io, limits });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`stagecraft ${name}: ${error.message}\nusage: stagecraft ${command.usage}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`stagecraft ${name}: ${message}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(error.stack + '\n');
    return 1;
  }
}

function processIo(): CommandIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}

/**
 * `stagecraft import LOG [--format text|json]`: reads a Spark event log (a file, plain or compressed,
 * possibly `.inprogress`, or a rolling `eventlog_v2_*` directory) and prints what the importer
 * understood: the import summary of shared/spec/import-output.md as JSON, or a readable text
 * summary. Exit 0 when the log was read, 1 when it cannot be opened or decompressed or has no Spark
 * listener event, 2 for bad arguments.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { EventLogFile, ImportSummary } from '../model/index.ts';
import { ImportError, importEventLog, importSummary, logDirectoryFiles } from '../model/index.ts';

import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { formatImportText } from './import-text.ts';

type Format = 'text' | 'json';

function parseArgs(args: readonly string[]): { log: string; format: Format } {
  let format: Format = 'text';
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    let value: string | undefined;
    if (arg === '--format') value = args[++i];
    else if (arg.startsWith('--format=')) value = arg.slice('--format='.length);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else {
      positional.push(arg);
      continue;
    }
    if (value !== 'text' && value !== 'json')
      throw new UsageError(`--format must be text or json, not "${value ?? ''}"`);
    format = value;
  }
  if (positional.length !== 1)
    throw new UsageError(positional.length === 0 ? 'LOG is missing' : 'only one LOG at a time');
  return { log: positional[0]!, format };
}

/** The file(s) of the log: the file itself, or a rolling (or Spark ≤ 1.2 legacy) directory's event files in order. */
async function logFiles(path: string): Promise<EventLogFile[]> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new ImportError(`cannot open ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const open = (file: string): EventLogFile => ({ name: basename(file), chunks: createReadStream(file) });
  if (!info.isDirectory()) return [open(path)];
  const files = logDirectoryFiles(await readdir(path));
  if (files.length === 0) {
    throw new ImportError(`cannot open ${path}: a directory without events_N_ or EVENT_LOG_N files`);
  }
  return files.map((name) => open(join(path, name)));
}

export const importCommand: Command = {
  name: 'import',
  usage: 'import LOG [--format text|json]',
  async run(args, io) {
    const { log, format } = parseArgs(args);
    let summary: ImportSummary;
    try {
      const result = await importEventLog(await logFiles(log), {
        ...(io.limits ? { maxLineBytes: io.limits.maxLineBytes } : {}),
      });
      summary = importSummary(result.application, result.warnings);
    } catch (error) {
      if (error instanceof ImportError) {
        io.stderr(`stagecraft import: ${error.message}\n`);
        return 1;
      }
      const code = (error as NodeJS.ErrnoException).code;
      if (code) {
        io.stderr(`stagecraft import: cannot read ${log}: ${code}\n`);
        return 1;
      }
      throw error;
    }
    io.stdout(format === 'json' ? JSON.stringify(summary, null, 2) + '\n' : formatImportText(summary));
    return 0;
  },
};

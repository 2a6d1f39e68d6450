/**
 * Reads and checks a pipeline file for a command: within the file-size limit, then parsed and
 * checked (parsePipeline, with the command's limits). Every problem is one line on standard error,
 * `FILE: rdds[3].parents[0]: unknown RDD "pairz"`; null then, and the command exits 1.
 */
import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_LIMITS, limitMessage, parsePipeline } from '../model/index.ts';
import type { Pipeline } from '../model/index.ts';
import type { CommandIo } from './command.ts';

export async function readPipelineFile(file: string, io: CommandIo): Promise<Pipeline | null> {
  const limits = io.limits ?? DEFAULT_LIMITS;
  let text: string;
  try {
    const { size } = await stat(file);
    if (size > limits.maxFileBytes) {
      io.stderr(`${file}: ${limitMessage('maxFileBytes', 'has', size, limits)}\n`);
      return null;
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    io.stderr(`${file}: cannot read the file${code ? ` (${code})` : ''}\n`);
    return null;
  }
  const parsed = parsePipeline(text, limits);
  if (!parsed.ok) {
    for (const p of parsed.problems)
      io.stderr(`${file}: ${p.path === '' ? '' : `${p.path}: `}${p.message}\n`);
    return null;
  }
  return parsed.value;
}

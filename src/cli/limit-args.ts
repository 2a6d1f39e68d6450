/**
 * The limit flags every command takes (src/model/limits.ts): `--max-rdds N`, `--max-partitions N`,
 * `--max-tasks N`, `--max-file-size BYTES`, `--max-line-length BYTES`, also as `--flag=N`. They
 * are taken out of the arguments before the command reads the rest.
 */
import { DEFAULT_LIMITS, LIMIT_FLAGS } from '../model/index.ts';
import type { LimitName, Limits } from '../model/index.ts';
import { UsageError } from './command.ts';

const BY_FLAG = new Map(
  (Object.keys(LIMIT_FLAGS) as LimitName[]).map((name) => [LIMIT_FLAGS[name].flag, name] as const),
);

/** One usage fragment for the limit flags. */
export const LIMIT_USAGE = [...BY_FLAG.keys()].map((flag) => `[${flag} N]`).join(' ');

export function takeLimitArgs(argv: readonly string[]): { args: string[]; limits: Limits } {
  const args: string[] = [];
  const limits: Record<LimitName, number> = { ...DEFAULT_LIMITS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const name = BY_FLAG.get(flag);
    if (name === undefined) {
      args.push(arg);
      continue;
    }
    const text = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (text === undefined) throw new UsageError(`${flag} needs a value`);
    const value = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < 1)
      throw new UsageError(`${flag} must be a whole number from 1, got "${text}"`);
    limits[name] = value;
  }
  return { args, limits };
}

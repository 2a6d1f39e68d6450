import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/stagecraft.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) },
    out,
    err,
  };
}

describe('stagecraft', () => {
  it('exits 2 with the usage on standard error when no command is given', async () => {
    const { io, out, err } = capture();
    expect(await main([], io)).toBe(2);
    expect(out.join('')).toBe('');
    expect(err.join('')).toMatch(/^usage: stagecraft COMMAND/);
  });

  it('exits 2 and names an unknown command', async () => {
    const { io, err } = capture();
    expect(await main(['plna'], io)).toBe(2);
    expect(err.join('')).toContain('unknown command "plna"');
  });
});

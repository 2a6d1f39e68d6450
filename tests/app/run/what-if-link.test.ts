import { describe, expect, it } from 'vitest';
import {
  decodeWhatIf,
  encodeWhatIf,
  lessonWhatIfLink,
  linkedRun,
} from '../../../src/app/run/what-if-link.ts';
import { DEFAULT_FORM, type WhatIfForm } from '../../../src/app/run/what-if.ts';
import { formatFragment, parseFragment } from '../../../src/app/url-state.ts';
import { wordCount, wordCountPlan } from './word-count-trace.ts';

const form = (f: Partial<WhatIfForm>): WhatIfForm => ({ ...DEFAULT_FORM, ...f });

describe('what-if keys of a link', () => {
  it('writes nothing for the default form, so older links and default runs look alike', () => {
    expect(encodeWhatIf(DEFAULT_FORM)).toEqual({ cl: undefined, f: undefined });
    expect(decodeWhatIf(undefined, undefined)).toEqual({ form: DEFAULT_FORM, problems: [] });
  });

  it('writes only the non-default cluster fields, by their ClusterOptions names', () => {
    const keys = encodeWhatIf(
      form({ executors: '4', deployMode: 'yarn-client', localityWait: '1.5', speculation: true }),
    );
    expect(keys.cl).toBe('executorCount:4,deployMode:yarn-client,localityWaitMs:1500,speculation');
    expect(keys.f).toBeUndefined();
  });

  it('writes the faults in the command-line syntax, joined by commas', () => {
    const keys = encodeWhatIf(
      form({
        faults: [
          { kind: 'kill-executor', args: '1@0.5' },
          { kind: 'fail-task', args: ' 1.0x2 ' },
          { kind: 'skew', args: 'words*4' },
          { kind: 'straggler', args: '' },
        ],
      }),
    );
    expect(keys.f).toBe('kill-executor:1@0.5,fail-task:1.0x2,skew:words*4');
  });

  it('reads back every field it writes, FAIR pools included', () => {
    const original = form({
      executors: '5',
      cores: '3',
      deployMode: 'kubernetes',
      schedulingMode: 'FAIR',
      pools: 'prod:2:1, dev:1:0',
      localityWait: '0',
      speculation: true,
      dynamicAllocation: true,
      externalShuffleService: true,
      faults: [
        { kind: 'hang-executor', args: '2@1.25' },
        { kind: 'fetch-failure', args: '1.0' },
      ],
    });
    const { cl, f } = encodeWhatIf(original);
    expect(decodeWhatIf(cl, f)).toEqual({ form: original, problems: [] });
  });

  it('keeps the readable values readable in the address and round-trips them through it', () => {
    const { cl, f } = encodeWhatIf(
      form({ executors: '4', faults: [{ kind: 'kill-executor', args: '1@0.5' }] }),
    );
    const hash = formatFragment([
      ['p', 'abc'],
      ['cl', cl!],
      ['f', f!],
      ['t', '12'],
    ]);
    expect(hash).toBe('#p=abc&cl=executorCount:4&f=kill-executor:1@0.5&t=12');
    expect(parseFragment(hash)).toEqual([
      ['p', 'abc'],
      ['cl', 'executorCount:4'],
      ['f', 'kill-executor:1@0.5'],
      ['t', '12'],
    ]);
  });

  it('leaves a bad part at its default, names it, and keeps the good parts', () => {
    const r = decodeWhatIf('executorCount:4,cores:zero,warp:9', 'kill-executor:1@0.5,explode:now,nonsense');
    expect(r.form).toEqual(form({ executors: '4', faults: [{ kind: 'kill-executor', args: '1@0.5' }] }));
    expect(r.problems).toHaveLength(4);
    expect(r.problems[0]).toContain('cores:zero');
    expect(r.problems[2]).toContain('explode:now');
  });

  it('turns a linked form into a run, or into the reason the pipeline cannot take it', () => {
    const ok = linkedRun(form({ executors: '4' }), wordCount, wordCountPlan);
    expect(ok.ok && ok.spec.cluster.executorCount).toBe(4);
    const bad = linkedRun(form({ faults: [{ kind: 'fail-task', args: '99.0' }] }), wordCount, wordCountPlan);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.why).toContain('99');
  });

  it('in a lesson, writes the form only when it differs from the lesson’s own settings', () => {
    const own = form({ executors: '4', faults: [{ kind: 'kill-executor', args: '1@0.5' }] });
    expect(lessonWhatIfLink({ ...own }, own)).toBeNull();
    const changed = { ...own, externalShuffleService: true };
    expect(lessonWhatIfLink(changed, own)).toBe(changed);
    expect(encodeWhatIf(changed)).toEqual({
      cl: 'executorCount:4,externalShuffleService',
      f: 'kill-executor:1@0.5',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { parseFault, type Fault } from '../../../src/model/simulation/faults.ts';
import { narrate } from '../../../src/model/simulation/narration/narrate.ts';
import { simulate } from '../../../src/model/simulation/simulation.ts';
import type { TraceEvent } from '../../../src/model/trace/trace.ts';
import { PLANS, WORD_COUNT } from './plans.ts';

const faults = (specs: string[]): Fault[] =>
  specs.map((s) => {
    const r = parseFault(s);
    if (!r.ok) throw new Error(r.message);
    return r.fault;
  });

function everyEvent(): TraceEvent[] {
  const runs = [
    simulate({ plan: WORD_COUNT }, {}, { faults: faults(['fail-task:0.1x4']) }),
    simulate({ plan: WORD_COUNT }, {}, { faults: faults(['kill-executor:1@1.12']) }),
    simulate({ plan: WORD_COUNT }, {}, { faults: faults(['hang-executor:1@1.12', 'fetch-failure:1.0']) }),
    simulate(
      { plan: WORD_COUNT },
      { speculation: { enabled: true } },
      { faults: faults(['straggler:0.2*8']) },
    ),
    simulate(
      { plan: WORD_COUNT },
      {
        executorCount: 3,
        dynamicAllocation: { enabled: true, initialExecutors: 1 },
        costs: { defaultRecordsPerPartition: 1e6 },
      },
    ),
    ...Object.values(PLANS).map((plan) =>
      simulate({ plan }, { schedulingMode: 'FAIR', storageMemoryBytes: 1_000_000 }),
    ),
  ];
  return runs.flatMap((t) => t.events);
}

describe('narrate', () => {
  const events = everyEvent();

  it('narrates every event in English and Simplified Chinese without gaps', () => {
    for (const ev of events)
      for (const lang of ['en', 'zh-CN'] as const) {
        const text = narrate(ev, lang);
        expect(text.length, JSON.stringify(ev)).toBeGreaterThan(10);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
        if (ev.kind === 'step') expect(text.startsWith(ev.method), text).toBe(true);
      }
  });

  it('covers a wide range of step kinds', () => {
    const kinds = new Set(events.flatMap((ev) => (ev.kind === 'step' ? [ev.step] : [])));
    expect(kinds.size).toBeGreaterThan(35);
  });

  it('names the class, the method and the numbers, e.g. for submitMissingTasks', () => {
    const trace = simulate({ plan: WORD_COUNT });
    const first = trace.events.find((ev) => ev.kind === 'step' && ev.step === 'submitMissingTasks');
    expect(first && narrate(first, 'en')).toBe(
      'DAGScheduler.submitMissingTasks: Stage 0 attempt 0 has 4 missing partitions, so they become 4 ShuffleMapTasks in TaskSet 0.0.',
    );
    expect(first && narrate(first, 'zh-CN')).toBe(
      'DAGScheduler.submitMissingTasks：阶段 0 有 4 个缺失分区，生成 TaskSet 0.0 中的 4 个 ShuffleMapTask。',
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  REASON_CODES,
  REASON_TEMPLATES,
  describeReason,
  formatPlanText,
  toPlanOutput,
} from '../../../src/model/index.ts';
import { file, nums, plan } from './helpers.ts';

const COUNTS = file(
  [
    nums('nums', 100, 4),
    { id: 'pairs', op: 'map', parents: ['nums'] },
    { id: 'counts', op: 'reduceByKey', parents: ['pairs'] },
  ],
  [
    { op: 'count', rdd: 'counts' },
    { op: 'collect', rdd: 'counts' },
  ],
);

describe('describeReason', () => {
  it('has an English and a Chinese template for every reason code, with the same parameters', () => {
    const params = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of REASON_CODES) {
      const t = REASON_TEMPLATES[code];
      expect(t.en.length, code).toBeGreaterThan(0);
      expect(t['zh-CN'], code).toMatch(/[\u4e00-\u9fff]/);
      expect(params(t['zh-CN']), code).toEqual(params(t.en));
    }
  });

  it('fills in the parameters', () => {
    const reason = {
      code: 'narrow.samePartitioner',
      params: { op: 'reduceByKey', partitioner: 'HashPartitioner(4)' },
    };
    expect(describeReason(reason, 'en')).toBe(
      'reduceByKey: parent already partitioned by HashPartitioner(4), so no shuffle',
    );
    expect(describeReason(reason, 'zh-CN')).toBe(
      'reduceByKey：父 RDD 已按 HashPartitioner(4) 分区，因此不需要 shuffle',
    );
  });

  it('every reason the planner records has a template', () => {
    const p = plan(COUNTS);
    const reasons = [
      ...p.rdds.flatMap((r) => r.deps.map((d) => d.reason)),
      ...p.jobs.flatMap((j) => j.stages.flatMap((s) => (s.skipReason ? [s.skipReason] : []))),
    ];
    for (const r of reasons) expect((REASON_CODES as readonly string[]).includes(r.code), r.code).toBe(true);
  });
});

describe('toPlanOutput', () => {
  it('has exactly the fields of shared/spec/plan-output.md', () => {
    const out = toPlanOutput(plan(COUNTS));
    expect(Object.keys(out)).toEqual(['version', 'rdds', 'jobs']);
    expect(out.rdds[2]).toEqual({
      rddId: 2,
      class: 'ShuffledRDD',
      op: 'counts',
      numPartitions: 4,
      partitioner: { type: 'hash', numPartitions: 4 },
      deps: [{ rddId: 1, type: 'Shuffle', shuffleId: 0 }],
    });
    expect(out.jobs[1]).toEqual({
      jobId: 1,
      action: 'collect',
      rdd: 'counts',
      stages: [
        {
          stageId: 2,
          kind: 'ShuffleMap',
          numTasks: 4,
          parentStageIds: [],
          skipped: true,
          rddIds: [0, 1],
          shuffleId: 0,
        },
        { stageId: 3, kind: 'Result', numTasks: 4, parentStageIds: [2], skipped: false, rddIds: [2] },
      ],
    });
  });

  it('marks RDDs an action created with op null and the action index', () => {
    const out = toPlanOutput(
      plan(
        file(
          [nums('nums', 10, 2)],
          [
            { op: 'count', rdd: 'nums' },
            { op: 'countByValue', rdd: 'nums' },
          ],
        ),
      ),
    );
    expect(out.rdds.slice(1).map((r) => [r.op, r.action])).toEqual([
      [null, 1],
      [null, 1],
      [null, 1],
    ]);
  });
});

describe('formatPlanText', () => {
  it('prints one block per job with stages, task counts, parents and indented RDDs', () => {
    const text = formatPlanText(plan(COUNTS));
    expect(text).toContain('Job 1: collect on counts (action 1)');
    expect(text).toContain('  Stage 3 Result, 4 tasks, parents 2');
    expect(text).toContain(
      '  Stage 2 ShuffleMap, 4 tasks, writes shuffle 0, skipped: the map output of shuffle 0 is already there from an earlier job',
    );
    expect(text).toContain(
      '    (4) ShuffledRDD[2] counts: reduceByKey: combine values per key [HashPartitioner(4)]',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { applicationFromTrace } from '../../../src/model/event-log/application/builder.ts';
import { buildLineage } from '../../../src/model/event-log/application/lineage.ts';
import { importSummary } from '../../../src/model/event-log/application/summary.ts';
import { importBytes, importText, readSharedLog } from './shared-logs.ts';

const rdd = (id: number, parents: number[]) => ({
  'RDD ID': id,
  Name: `r${id}`,
  'Parent IDs': parents,
  'Number of Partitions': 2,
});
const stage = (id: number, rdds: object[], parents: number[]) => ({
  'Stage ID': id,
  'Stage Attempt ID': 0,
  'Stage Name': `s${id}`,
  'Number of Tasks': 2,
  'RDD Info': rdds,
  'Parent IDs': parents,
});

describe('buildLineage', () => {
  it('reports a parent RDD that no stage describes instead of drawing an edge to it', async () => {
    const jobStart = {
      Event: 'SparkListenerJobStart',
      'Job ID': 0,
      'Stage Infos': [stage(0, [rdd(1, [0]), rdd(0, [])], []), stage(1, [rdd(3, [2, 1])], [0])],
      'Stage IDs': [0, 1],
    };
    const { application } = await importText(JSON.stringify(jobStart));
    const lineage = buildLineage(application);
    expect(lineage.parentsKnown).toBe(true);
    expect(lineage.edges).toEqual([
      { from: 0, to: 1, shuffle: false },
      { from: 1, to: 3, shuffle: true },
    ]);
    expect(lineage.warnings.map((w) => w.message)).toEqual([
      "RDD 3's parent RDD 2 is not described by any stage: edge not drawn",
    ]);
    expect(lineage.stages.map((s) => [s.stageId, s.status, s.rddIds, s.parentStageIds])).toEqual([
      [0, 'PENDING', [1, 0], []],
      [1, 'PENDING', [3], [0]],
    ]);
  });
});

describe('applicationFromTrace', () => {
  it('rebuilds from a trace the application the importer built while reading', async () => {
    const result = await importBytes(readSharedLog('application_1628109047826_1317105'));
    const rebuilt = applicationFromTrace(result.trace);
    expect(importSummary(rebuilt)).toEqual(importSummary(result.application));
    expect([...rebuilt.tasks.keys()]).toEqual([...result.application.tasks.keys()]);
  });
});

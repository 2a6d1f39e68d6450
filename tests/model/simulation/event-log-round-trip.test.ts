import { describe, expect, it } from 'vitest';
import { applicationFromTrace } from '../../../src/model/event-log/application/builder.ts';
import { importSummary } from '../../../src/model/event-log/application/summary.ts';
import { importEventLog } from '../../../src/model/event-log/importer.ts';
import { writeEventLog } from '../../../src/model/event-log/write.ts';
import { parseFault, type Fault } from '../../../src/model/simulation/faults.ts';
import { simulate } from '../../../src/model/simulation/simulation.ts';
import { PLANS } from './plans.ts';

const faults = (specs: string[]): Fault[] =>
  specs.map((s) => {
    const r = parseFault(s);
    if (!r.ok) throw new Error(r.message);
    return r.fault;
  });

const CASES: readonly [string, string[]][] = [
  ['no fault', []],
  ['a task failing 4 times', ['fail-task:0.1x4']],
  ['a killed executor', ['kill-executor:1@1.12']],
  ['a fetch failure', ['fetch-failure:1.0']],
];

describe('a simulated trace written as a Spark event log reads back to the same application', () => {
  for (const [name, plan] of Object.entries(PLANS))
    for (const [what, specs] of CASES)
      it(`${name}, ${what}`, async () => {
        const trace = simulate({ plan }, {}, { seed: 4, faults: faults(specs) });
        const text = writeEventLog(trace);
        const result = await importEventLog([new TextEncoder().encode(text)]);
        expect(result.warnings).toEqual([]);
        expect(importSummary(result.application)).toEqual(importSummary(applicationFromTrace(trace)));
        const listener = trace.events.filter((ev) => ev.kind !== 'step');
        expect(result.trace.events).toEqual(listener);
      });
});

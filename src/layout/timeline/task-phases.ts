/**
 * Pass: the phases of one finished task attempt, as Spark's stage page splits its bar
 * (core/…/ui/jobs/StagePage.scala `makeTimeline`; scheduler delay and getting-result time from
 * status/AppStatusUtils.scala `schedulerDelay` / `gettingResultTime`):
 * - getting result = finish − gettingResultTime when the driver fetched the result (else 0);
 * - scheduler delay = max(0, duration − run − deserialize − result serialization − getting result);
 * - shuffle read = fetch wait time; shuffle write = write time (ns → ms);
 * - compute = max(0, run − shuffle read − shuffle write).
 * Guarantees: the durations are ≥ 0 and sum to at most the duration. Spark's own numbers can
 * exceed it (a killed attempt reports the run time it had when the kill was noticed), so a sum
 * above the duration is scaled down proportionally, keeping the phases' shares.
 */
import type { TaskInfo, TaskMetrics } from '../../model/index.ts';
import { PHASE_COUNT } from './timeline-layout.ts';

export function writePhases(
  out: Float32Array,
  bar: number,
  info: TaskInfo,
  metrics: TaskMetrics | null,
  start: number,
  end: number,
): void {
  const at = bar * PHASE_COUNT;
  if (metrics === null) {
    out.fill(0, at, at + PHASE_COUNT);
    return;
  }
  const duration = Math.max(0, end - start);
  const gettingResult = info.gettingResultTime > 0 ? Math.max(0, end - info.gettingResultTime) : 0;
  const deserialize = Math.max(0, metrics.executorDeserializeTime);
  const serialize = Math.max(0, metrics.resultSerializationTime);
  const run = Math.max(0, metrics.executorRunTime);
  const shuffleRead = Math.max(0, metrics.shuffleFetchWaitTime);
  const shuffleWrite = Math.max(0, metrics.shuffleWriteTimeNs / 1e6);
  const compute = Math.max(0, run - shuffleRead - shuffleWrite);
  const schedulerDelay = Math.max(0, duration - run - deserialize - serialize - gettingResult);
  const sum = schedulerDelay + deserialize + shuffleRead + compute + shuffleWrite + serialize + gettingResult;
  const scale = sum > duration && sum > 0 ? duration / sum : 1;
  out[at] = schedulerDelay * scale;
  out[at + 1] = deserialize * scale;
  out[at + 2] = shuffleRead * scale;
  out[at + 3] = compute * scale;
  out[at + 4] = shuffleWrite * scale;
  out[at + 5] = serialize * scale;
  out[at + 6] = gettingResult * scale;
}

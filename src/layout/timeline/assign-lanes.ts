/**
 * Pass: the core lane of every bar, and each executor's block of lanes.
 * Needs: bars with their executor numbers and phases; the trace's executors (sorted by
 * compareExecutorIds).
 * Guarantees: in one lane, bars are sorted by start and a bar overlaps the one before it by at
 * most that one's release slack (below); an executor has max(totalCores, the lanes the trace
 * needs) lanes, so a trace that respects its cores (TaskSchedulerImpl.resourceOfferSingleTaskSet
 * launches a task only on a free CPU) uses at most totalCores lanes, and a log showing more
 * concurrency grows the lanes. Executors with no bars and no cores (the driver outside local mode)
 * get no lanes. Lanes are grouped by executor in the trace's order; those only tasks name come last.
 *
 * Release slack: Spark frees an attempt's CPU when the driver handles its StatusUpdate
 * (CoarseGrainedSchedulerBackend.DriverEndpoint `StatusUpdate`: freeCores += taskCpus, makeOffers),
 * but records its finish time only after a task-result-getter thread has fetched and deserialized
 * the result (TaskResultGetter.enqueueSuccessfulTask → TaskSetManager.handleSuccessfulTask →
 * TaskInfo.markFinished). The next attempt on that core can therefore launch before the previous
 * one's finish time: by its getting-result phase plus the handling time, allowed here as
 * RELEASE_SLACK_MS. Without it every such pair would open a lane the executor does not have.
 */
import { compareExecutorIds, type Trace } from '../../model/index.ts';
import { RowPacker } from './assign-rows.ts';
import { PHASE_COUNT, type ExecutorLanes, type TimelineBars } from './timeline-layout.ts';

/** Driver-side handling of a finished attempt's result before its finish time is recorded, at most. */
export const RELEASE_SLACK_MS = 5;
const GETTING_RESULT = PHASE_COUNT - 1;

export interface AssignedLanes {
  readonly executors: readonly ExecutorLanes[];
  readonly laneCount: number;
  readonly laneOrder: Int32Array;
  readonly laneOffsets: Int32Array;
  readonly laneEndMax: Float64Array;
}

/**
 * Bar numbers sorted by executor, then start, end and task id. A counting sort by executor keeps
 * the bars' TaskStart order, which is launch order in Spark's logs and the simulator's traces, so
 * an executor's bars usually need no comparison sort at all.
 */
function executorOrder(bars: TimelineBars, executors: number): Int32Array {
  const { executor, start, end, taskId } = bars;
  const offsets = new Int32Array(executors + 1);
  for (let b = 0; b < bars.count; b++) offsets[executor[b]! + 1]!++;
  for (let x = 0; x < executors; x++) offsets[x + 1]! += offsets[x]!;
  const order = new Int32Array(bars.count);
  const fill = offsets.slice(0, executors);
  for (let b = 0; b < bars.count; b++) order[fill[executor[b]!]!++] = b;
  const before = (a: number, b: number): number =>
    start[a]! - start[b]! || end[a]! - end[b]! || taskId[a]! - taskId[b]!;
  for (let x = 0; x < executors; x++) {
    const segment = order.subarray(offsets[x]!, offsets[x + 1]!);
    for (let i = 1; i < segment.length; i++)
      if (before(segment[i - 1]!, segment[i]!) > 0) {
        segment.sort(before);
        break;
      }
  }
  return order;
}

export function assignLanes(trace: Trace, bars: TimelineBars, executorIds: readonly string[]): AssignedLanes {
  const order = executorOrder(bars, executorIds.length);
  const localLane = new Int32Array(bars.count);
  const used = new Array<number>(executorIds.length).fill(0);
  const known = new Map(trace.executors.map((e) => [e.executorId, e]));
  let i = 0;
  for (let x = 0; x < executorIds.length; x++) {
    const packer = new RowPacker(known.get(executorIds[x]!)?.totalCores ?? 0);
    for (; i < order.length && bars.executor[order[i]!] === x; i++) {
      const b = order[i]!;
      const slack = RELEASE_SLACK_MS + bars.phases[b * PHASE_COUNT + GETTING_RESULT]!;
      localLane[b] = packer.place(bars.start[b]!, Math.max(bars.start[b]!, bars.end[b]! - slack));
      used[x] = Math.max(used[x]!, localLane[b]! + 1);
    }
  }
  const numberOf = new Map(executorIds.map((id, x) => [id, x]));
  const ids = [
    ...trace.executors.map((e) => e.executorId),
    ...executorIds.filter((id) => !known.has(id)).sort(compareExecutorIds),
  ];
  const executors: ExecutorLanes[] = [];
  const firstLaneOf = new Int32Array(executorIds.length);
  let lanes = 0;
  for (const id of ids) {
    const info = known.get(id);
    const x = numberOf.get(id);
    const cores = info?.totalCores ?? 0;
    const laneCount = Math.max(cores, x === undefined ? 0 : used[x]!);
    if (laneCount === 0) continue;
    if (x !== undefined) firstLaneOf[x] = lanes;
    executors.push({
      executorId: id,
      host: info?.host ?? '',
      totalCores: cores,
      firstLane: lanes,
      laneCount,
      addTime: info?.addTime ?? null,
      removeTime: info?.removeTime ?? null,
      removeReason: info?.removeReason ?? null,
    });
    lanes += laneCount;
  }
  // Renumber bars' executors to indexes of `executors`, and lanes to global lanes.
  const indexOf = new Int32Array(executorIds.length);
  executors.forEach((e, k) => {
    const x = numberOf.get(e.executorId);
    if (x !== undefined) indexOf[x] = k;
  });
  const laneOffsets = new Int32Array(lanes + 1);
  for (let b = 0; b < bars.count; b++) {
    const x = bars.executor[b]!;
    bars.lane[b] = firstLaneOf[x]! + localLane[b]!;
    bars.executor[b] = indexOf[x]!;
    laneOffsets[bars.lane[b]! + 1]!++;
  }
  for (let l = 0; l < lanes; l++) laneOffsets[l + 1]! += laneOffsets[l]!;
  // Stable counting sort by lane over the start-sorted order keeps each lane sorted by start.
  const laneOrder = new Int32Array(bars.count);
  const fill = laneOffsets.slice(0, lanes);
  for (const b of order) laneOrder[fill[bars.lane[b]!]!++] = b;
  // Running maximum of the ends along each lane: sorted, so queries can binary-search it even
  // where a bar overlaps the one before it.
  const laneEndMax = new Float64Array(bars.count);
  for (let l = 0; l < lanes; l++) {
    let max = -Infinity;
    for (let p = laneOffsets[l]!; p < laneOffsets[l + 1]!; p++)
      laneEndMax[p] = max = Math.max(max, bars.end[laneOrder[p]!]!);
  }
  return { executors, laneCount: lanes, laneOrder, laneOffsets, laneEndMax };
}

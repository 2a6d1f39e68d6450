/**
 * Pass: the core lane of every bar, and each executor's block of lanes.
 * Needs: bars with their executor numbers; the trace's executors (sorted by compareExecutorIds).
 * Guarantees: bars in one lane never overlap (a bar may start where the previous one ends);
 * an executor has max(totalCores, the most attempts it runs at once) lanes, so a trace that
 * respects its cores (TaskSchedulerImpl.resourceOfferSingleTaskSet launches a task only on a free
 * CPU) uses at most totalCores lanes, and a log showing more concurrency grows the lanes instead of
 * overlapping bars. Executors with no bars and no cores (the driver outside local mode) get no lanes.
 * Lanes are grouped by executor in the trace's order; executors only the tasks name come last.
 */
import { compareExecutorIds, type Trace } from '../../model/index.ts';
import { RowPacker } from './assign-rows.ts';
import type { ExecutorLanes, TimelineBars } from './timeline-layout.ts';

export interface AssignedLanes {
  readonly executors: readonly ExecutorLanes[];
  readonly laneCount: number;
  readonly laneOrder: Int32Array;
  readonly laneOffsets: Int32Array;
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
      localLane[b] = packer.place(bars.start[b]!, bars.end[b]!);
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
  return { executors, laneCount: lanes, laneOrder, laneOffsets };
}

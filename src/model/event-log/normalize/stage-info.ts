/**
 * Reads JsonProtocol's "Stage Info" and "RDD Info" objects (JsonProtocol.stageInfoFromJson,
 * rddInfoFromJson). Keys added over the versions are optional; see eventlog-format.md §3.
 */
import type { RddInfo, RddScope, StageInfo, StorageLevel } from '../../trace/stage-info.ts';
import { STORAGE_NONE } from '../../trace/stage-info.ts';
import type { NormalizeContext } from './context.ts';
import type { Fields } from './fields.ts';
import { isObject } from './fields.ts';

export function readStageInfo(f: Fields, ctx: NormalizeContext): StageInfo {
  return {
    stageId: f.num('Stage ID'),
    attemptId: f.optNum('Stage Attempt ID') ?? 0,
    name: ctx.share(f.optStr('Stage Name') ?? ''),
    numTasks: f.num('Number of Tasks'),
    parentIds: f.optNums('Parent IDs'),
    rddInfos: f.has('RDD Info') ? f.objs('RDD Info').map((r) => readRddInfo(r, ctx)) : [],
    details: ctx.share(f.optStr('Details') ?? ''),
    submissionTime: f.optNum('Submission Time'),
    completionTime: f.optNum('Completion Time'),
    failureReason: f.optStr('Failure Reason'),
  };
}

export function readRddInfo(f: Fields, ctx: NormalizeContext): RddInfo {
  return {
    id: f.num('RDD ID'),
    name: ctx.share(f.optStr('Name') ?? ''),
    scope: parseScope(f.optStr('Scope')),
    callsite: shared(f.optStr('Callsite'), ctx),
    parentIds: f.optNums('Parent IDs'),
    numPartitions: f.count('Number of Partitions'),
    numCachedPartitions: f.count('Number of Cached Partitions'),
    storageLevel: readStorageLevel(f.optObj('Storage Level')),
    memorySize: f.count('Memory Size'),
    diskSize: f.count('Disk Size'),
  };
}

function readStorageLevel(f: Fields | null): StorageLevel {
  if (!f) return STORAGE_NONE;
  const level: StorageLevel = {
    useDisk: f.optBool('Use Disk') ?? false,
    useMemory: f.optBool('Use Memory') ?? false,
    useOffHeap:
      (f.optBool('Use Off Heap') ?? f.optBool('Use ExternalBlockStore') ?? f.optBool('Use Tachyon')) === true,
    deserialized: f.optBool('Deserialized') ?? false,
    replication: f.optNum('Replication') ?? 1,
  };
  const none = STORAGE_NONE;
  const same =
    level.useDisk === none.useDisk &&
    level.useMemory === none.useMemory &&
    level.useOffHeap === none.useOffHeap &&
    level.deserialized === none.deserialized &&
    level.replication === none.replication;
  return same ? none : level;
}

/**
 * "Scope" is a JSON string holding `{"id":"…","name":"…"}` (RDDOperationScope.toJson). A scope that
 * does not parse is dropped: it only groups RDDs for display.
 */
function parseScope(text: string | null): RddScope | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (isObject(value) && typeof value['name'] === 'string') {
      const id = value['id'];
      return { id: typeof id === 'string' || typeof id === 'number' ? String(id) : '', name: value['name'] };
    }
  } catch {
    // Not JSON: no scope.
  }
  return null;
}

function shared(value: string | null, ctx: NormalizeContext): string | null {
  return value === null ? null : ctx.share(value);
}

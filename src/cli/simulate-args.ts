/**
 * The arguments of `stagecraft simulate`: the pipeline file, the cluster (executors, cores,
 * scheduler mode, deploy mode, speculation, external shuffle service), the seed, faults in the
 * syntax of FAULT_SYNTAX, and where to write the event log and the full trace.
 */
import type { ClusterOptions, DeployMode, Fault, PoolSpec, StepDetail } from '../model/index.ts';
import { FAULT_SYNTAX, parseFault } from '../model/index.ts';
import { UsageError } from './command.ts';

export interface SimulateArgs {
  readonly file: string;
  readonly cluster: ClusterOptions;
  readonly seed: number;
  readonly faults: readonly Fault[];
  readonly out?: string;
  readonly trace?: string;
  readonly steps: StepDetail | 'auto';
}

const DEPLOY_MODES: readonly DeployMode[] = [
  'local',
  'standalone',
  'yarn-client',
  'yarn-cluster',
  'kubernetes',
];

function whole(flag: string, text: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min)
    throw new UsageError(`${flag}: expected a whole number from ${min}, got "${text}"`);
  return Number(text);
}

export function parseSimulateArgs(args: readonly string[]): SimulateArgs {
  let file: string | undefined;
  let executorCount = 2;
  let cores = 2;
  let schedulingMode: 'FIFO' | 'FAIR' = 'FIFO';
  let deployMode: DeployMode = 'standalone';
  let seed = 0;
  let speculation = false;
  let externalShuffleService = false;
  let out: string | undefined;
  let trace: string | undefined;
  let dynamic = false;
  let hashShuffle = false;
  let steps: StepDetail | 'auto' = 'auto';
  let maxExecutors: number | undefined;
  const faults: Fault[] = [];
  const pools: PoolSpec[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--executors':
        executorCount = whole(arg, value(), 1);
        break;
      case '--cores':
        cores = whole(arg, value(), 1);
        break;
      case '--scheduler': {
        const v = value();
        if (v !== 'FIFO' && v !== 'FAIR')
          throw new UsageError(`--scheduler: expected FIFO or FAIR, got "${v}"`);
        schedulingMode = v;
        break;
      }
      case '--deploy-mode': {
        const v = value();
        if (!(DEPLOY_MODES as readonly string[]).includes(v))
          throw new UsageError(`--deploy-mode: expected one of ${DEPLOY_MODES.join(', ')}, got "${v}"`);
        deployMode = v as DeployMode;
        break;
      }
      case '--seed':
        seed = whole(arg, value(), 0);
        break;
      case '--fault': {
        const r = parseFault(value());
        if (!r.ok) throw new UsageError(`--fault: ${r.message}`);
        faults.push(r.fault);
        break;
      }
      case '--speculation':
        speculation = true;
        break;
      case '--shuffle-service':
        externalShuffleService = true;
        break;
      case '--hash-shuffle':
        hashShuffle = true;
        break;
      case '--steps': {
        const v = value();
        if (v !== 'all' && v !== 'stage' && v !== 'none' && v !== 'auto')
          throw new UsageError(`--steps: expected all, stage, none or auto, got "${v}"`);
        steps = v;
        break;
      }
      case '--dynamic-allocation':
        dynamic = true;
        break;
      case '--max-executors':
        maxExecutors = whole(arg, value(), 1);
        dynamic = true;
        break;
      case '--pool': {
        const v = value();
        const m = /^([A-Za-z0-9_.-]+)(?::(\d+(?:\.\d+)?))?(?::(\d+))?$/.exec(v);
        if (!m || Number(m[2] ?? 1) <= 0)
          throw new UsageError(`--pool: expected NAME[:WEIGHT[:MINSHARE]], got "${v}"`);
        pools.push({
          name: m[1] as string,
          schedulingMode: 'FIFO',
          weight: Number(m[2] ?? 1),
          minShare: Number(m[3] ?? 0),
        });
        break;
      }
      case '--out':
        out = value();
        break;
      case '--trace':
        trace = value();
        break;
      default:
        if (arg.startsWith('--')) throw new UsageError(`unknown option "${arg}"`);
        if (file !== undefined) throw new UsageError(`only one FILE at a time, got "${file}" and "${arg}"`);
        file = arg;
    }
  }
  if (file === undefined) throw new UsageError('FILE is missing');
  const cluster: ClusterOptions = {
    deployMode,
    executorCount,
    cores,
    schedulingMode,
    speculation: { enabled: speculation },
    externalShuffleService,
    legacyHashShuffle: hashShuffle,
    pools,
    dynamicAllocation: {
      enabled: dynamic,
      ...(maxExecutors !== undefined ? { maxExecutors: Math.max(maxExecutors, executorCount) } : {}),
    },
  };
  const ids =
    deployMode === 'local'
      ? ['driver']
      : Array.from({ length: executorCount }, (_, k) => String(k + (deployMode.startsWith('yarn') ? 1 : 0)));
  for (const f of faults)
    if ((f.kind === 'kill-executor' || f.kind === 'hang-executor') && !ids.includes(f.executor))
      throw new UsageError(
        `--fault: unknown executor "${f.executor}" (executors: ${ids.join(', ')}; ${FAULT_SYNTAX})`,
      );
  return {
    file,
    cluster,
    seed,
    faults,
    steps,
    ...(out !== undefined ? { out } : {}),
    ...(trace !== undefined ? { trace } : {}),
  };
}

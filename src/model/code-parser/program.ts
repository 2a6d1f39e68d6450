/**
 * The pipeline under construction: RDD nodes in creation order (Spark's RDD id order), persist
 * and checkpoint marks, actions, and where each came from. `finish` is pass 5: it names every
 * node (the user's `val` name where there is one, `map_1`-style names otherwise, `_2`, `_3` for a
 * name bound again, as in `ranks = ranks.mapValues(...)` inside a loop) and assembles the
 * Pipeline. Names are assigned only at the end, so a generated name never takes a name the user
 * binds later.
 */
import type {
  ActionName,
  ActionSpec,
  JsonValue,
  OperationName,
  Pipeline,
  PipelineConfig,
  RddArgs,
  RddHints,
  RddSpec,
  StorageLevelName,
} from '../pipeline/types.ts';
import type { CodeSpans, SourceRange } from './types.ts';

export interface RddNode {
  readonly op: OperationName;
  readonly parents: readonly number[];
  readonly args: Readonly<Record<string, JsonValue>>;
  readonly code: string | undefined;
  readonly range: SourceRange;
  userName?: string;
  hints?: RddHints;
}

export interface ActionNode {
  readonly op: ActionName;
  readonly node: number;
  readonly args: Readonly<Record<string, JsonValue>>;
  readonly code: string | undefined;
  readonly range: SourceRange;
  thread?: string;
  pool?: string;
}

const VALID_ID = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class ProgramBuilder {
  readonly nodes: RddNode[] = [];
  readonly persist: { node: number; level: StorageLevelName }[] = [];
  readonly checkpoint: number[] = [];
  readonly actions: ActionNode[] = [];
  config: PipelineConfig = { defaultParallelism: 8 };
  name: string | undefined;

  /** Indexes of `persist` and `checkpoint` by node, so marking stays constant-time. */
  private readonly levelOf = new Map<number, StorageLevelName>();
  private readonly checkpointed = new Set<number>();

  persistLevel(node: number): StorageLevelName | undefined {
    return this.levelOf.get(node);
  }

  addPersist(node: number, level: StorageLevelName): void {
    this.levelOf.set(node, level);
    this.persist.push({ node, level });
  }

  addCheckpoint(node: number): void {
    if (this.checkpointed.has(node)) return;
    this.checkpointed.add(node);
    this.checkpoint.push(node);
  }

  /** How much the program holds, to undo a failed statement with `rollback`. */
  size(): readonly [number, number, number, number] {
    return [this.nodes.length, this.actions.length, this.persist.length, this.checkpoint.length];
  }

  /** Drops everything added since `size()` returned `mark`. */
  rollback(mark: readonly [number, number, number, number]): void {
    const [nodes, actions, persist, checkpoint] = mark;
    this.nodes.length = nodes;
    this.actions.length = actions;
    for (const p of this.persist.splice(persist)) this.levelOf.delete(p.node);
    for (const c of this.checkpoint.splice(checkpoint)) this.checkpointed.delete(c);
  }

  addNode(node: RddNode): number {
    this.nodes.push(node);
    return this.nodes.length - 1;
  }

  finish(): { pipeline: Pipeline; spans: CodeSpans } {
    const ids = this.assignIds();
    const id = (n: number): string => ids[n] ?? `rdd_${n}`;
    const rdds: RddSpec[] = this.nodes.map((node, i) => ({
      id: id(i),
      op: node.op,
      parents: node.parents.map(id),
      args: node.args as RddArgs,
      ...(node.code === undefined ? {} : { code: node.code }),
      ...(node.hints === undefined ? {} : { hints: node.hints }),
    }));
    const actions: ActionSpec[] = this.actions.map((a) => ({
      op: a.op,
      rdd: id(a.node),
      args: a.args as ActionSpec['args'],
      ...(a.thread === undefined ? {} : { thread: a.thread }),
      ...(a.pool === undefined ? {} : { pool: a.pool }),
      ...(a.code === undefined ? {} : { code: a.code }),
    }));
    const pipeline: Pipeline = {
      version: 1,
      ...(this.name === undefined ? {} : { name: this.name }),
      config: this.config,
      rdds,
      persist: this.persist.map((p) => ({ rdd: id(p.node), level: p.level })),
      checkpoint: this.checkpoint.map((n) => ({ rdd: id(n) })),
      actions,
    };
    const spanOf: Record<string, SourceRange> = {};
    this.nodes.forEach((node, i) => (spanOf[id(i)] = node.range));
    return { pipeline, spans: { rdds: spanOf, actions: this.actions.map((a) => a.range) } };
  }

  private assignIds(): string[] {
    const clean = (name: string): string => {
      const s = name.replace(/[^A-Za-z0-9_]/g, '_');
      return VALID_ID.test(s) ? s : `_${s}`;
    };
    const reserved = new Set<string>();
    for (const node of this.nodes) if (node.userName !== undefined) reserved.add(clean(node.userName));
    const taken = new Set<string>();
    const counters = new Map<string, number>();
    const fresh = (base: string, first: number): string => {
      let k = Math.max(counters.get(base) ?? first, first);
      while (taken.has(`${base}_${k}`) || reserved.has(`${base}_${k}`)) k++;
      counters.set(base, k + 1);
      return `${base}_${k}`;
    };
    return this.nodes.map((node) => {
      let name: string;
      if (node.userName !== undefined) {
        const base = clean(node.userName);
        name = taken.has(base) ? fresh(base, 2) : base;
      } else name = fresh(node.op, 1);
      taken.add(name);
      return name;
    });
  }
}

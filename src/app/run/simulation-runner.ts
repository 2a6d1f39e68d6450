/**
 * The page's side of a simulation: starts the worker (./simulation-worker.ts) for a run, follows
 * its progress, cancels it, and hands the finished trace (or the simulator's message) to the page.
 * Only the latest run's replies count; an older run's late replies are dropped.
 */
import type { Trace } from '../../model/index.ts';
import type { RunReply, RunRequest, RunSpec } from './simulation-messages.ts';

export interface RunProgress {
  readonly events: number;
  readonly tasksEnded: number;
  readonly tasksPlanned: number;
}

export interface RunCallbacks {
  progress(progress: RunProgress | null): void;
  done(trace: Trace, spec: RunSpec): void;
  failed(message: string): void;
}

export class SimulationRunner {
  private worker: Worker | null = null;
  private id = 0;
  private spec: RunSpec | null = null;
  running = false;

  constructor(private readonly callbacks: RunCallbacks) {}

  run(spec: RunSpec): void {
    this.worker ??= this.createWorker();
    this.id++;
    this.spec = spec;
    this.running = true;
    this.callbacks.progress({ events: 0, tasksEnded: 0, tasksPlanned: 0 });
    this.send({ type: 'run', id: this.id, spec });
  }

  cancel(): void {
    if (!this.running) return;
    this.send({ type: 'cancel', id: this.id });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.running = false;
  }

  private send(request: RunRequest): void {
    this.worker?.postMessage(request);
  }

  private createWorker(): Worker {
    const worker = new Worker(new URL('./simulation-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<RunReply>) => this.receive(event.data);
    worker.onerror = (event) => {
      this.running = false;
      this.worker?.terminate();
      this.worker = null;
      this.callbacks.progress(null);
      this.callbacks.failed(event.message || 'the simulation worker failed');
    };
    return worker;
  }

  private receive(reply: RunReply): void {
    if (reply.id !== this.id) return;
    if (reply.type === 'progress') {
      this.callbacks.progress(reply);
      return;
    }
    this.running = false;
    this.callbacks.progress(null);
    if (reply.type === 'done' && this.spec) this.callbacks.done(reply.trace, this.spec);
    else if (reply.type === 'failed') this.callbacks.failed(reply.message);
  }
}

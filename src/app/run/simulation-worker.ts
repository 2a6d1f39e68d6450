/**
 * The simulation, off the page's thread: plans the pipeline, runs the simulator step by step in
 * slices of about 40 ms, and between slices posts progress and lets a `cancel` message in. The
 * finished trace goes back whole; a run the simulator refuses (a bad fault, too few cores) comes
 * back as the simulator's message.
 */
import { createSimulation, planPipeline, step } from '../../model/index.ts';
import type { RunReply, RunRequest, RunSpec } from './simulation-messages.ts';

const scope = self as unknown as {
  postMessage(message: RunReply): void;
  onmessage: ((event: MessageEvent<RunRequest>) => void) | null;
};

const SLICE_MS = 40;
let current = 0;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function run(id: number, spec: RunSpec): Promise<void> {
  try {
    const plan = planPipeline(spec.pipeline);
    let tasksPlanned = 0;
    for (const job of plan.jobs) for (const s of job.stages) if (!s.skipped) tasksPlanned += s.numTasks;
    const sim = createSimulation({ plan, pipeline: spec.pipeline }, spec.cluster, {
      faults: spec.faults,
      seed: spec.seed,
    });
    let seen = 0;
    let tasksEnded = 0;
    while (!sim.done) {
      const until = performance.now() + SLICE_MS;
      while (!sim.done && performance.now() < until) for (let i = 0; i < 64 && !sim.done; i++) step(sim);
      const events = sim.events;
      for (; seen < events.length; seen++) if (events[seen]?.kind === 'taskEnd') tasksEnded++;
      scope.postMessage({ type: 'progress', id, events: events.length, tasksEnded, tasksPlanned });
      await pause();
      if (id !== current) {
        scope.postMessage({ type: 'cancelled', id });
        return;
      }
    }
    scope.postMessage({ type: 'done', id, trace: sim.trace() });
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'cancel') {
    if (request.id === current) current = -1;
  } else {
    current = request.id;
    void run(request.id, request.spec);
  }
};

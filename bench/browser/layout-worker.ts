/**
 * Web Worker of the layout case: lays out one graph with Stagecraft's layout or with dagre (the
 * baseline, as Spark's UI uses it), timed inside the worker, and measures the drawing's quality.
 * The page terminates the worker when a dagre run exceeds its time cap.
 */
import { layoutLineageDagre } from '../../src/layout/dagre-layout.ts';
import { layoutLineage, type LayoutInput } from '../../src/layout/index.ts';
import { countCrossings, countOverlaps } from './quality.ts';

export interface LayoutRequest {
  readonly algorithm: 'stagecraft' | 'dagre';
  readonly input: LayoutInput;
  readonly quality: boolean;
}

export interface LayoutReply {
  readonly ms: number;
  readonly crossings?: number;
  readonly overlaps?: number;
}

const scope = self as unknown as {
  onmessage: (e: MessageEvent<LayoutRequest>) => void;
  postMessage(r: LayoutReply): void;
};

scope.onmessage = (event) => {
  const { algorithm, input, quality } = event.data;
  const t0 = performance.now();
  const layout = algorithm === 'dagre' ? layoutLineageDagre(input) : layoutLineage(input);
  const ms = performance.now() - t0;
  scope.postMessage(
    quality ? { ms, crossings: countCrossings(layout), overlaps: countOverlaps(layout) } : { ms },
  );
};

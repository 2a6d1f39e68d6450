/**
 * The event-log import, off the page's thread: reads a File's stream chunk by chunk (a reader
 * loop), runs `importEventLog` on it, and posts progress, then the Plan the views draw (or why
 * the log could not be read). A `cancel` message stops it before the next chunk. The file is only
 * read, never written.
 */
import { buildLineage, importEventLog, ImportError, importMessage } from '../model/index.ts';
import { eventLogPlan } from './event-log-plan.ts';
import type { ImportReply, ImportRequest } from './import-messages.ts';

const scope = self as unknown as {
  postMessage(message: ImportReply): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};

let controller: AbortController | null = null;

async function* chunksOf(file: File, signal: AbortSignal): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      if (signal.aborted) return;
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Stops reading when the import ends early (cancelled, or the log proved unreadable).
    void reader.cancel().catch(() => undefined);
  }
}

async function run(file: File, signal: AbortController): Promise<void> {
  try {
    const result = await importEventLog(chunksOf(file, signal.signal), {
      fileName: file.name,
      signal: signal.signal,
      onProgress: (bytesRead) => scope.postMessage({ type: 'progress', bytesRead, total: file.size }),
    });
    if (signal.signal.aborted) {
      scope.postMessage({ type: 'cancelled' });
      return;
    }
    const lineage = buildLineage(result.application);
    const { plan, parentsKnown } = eventLogPlan(result.application, lineage);
    const app = result.application.app;
    scope.postMessage({
      type: 'done',
      log: {
        fileName: file.name,
        appName: app.name,
        appId: app.id,
        sparkVersion: app.sparkVersion,
        plan,
        parentsKnown,
        warnings: [
          ...result.warnings.map((w) => ({ line: w.line, detail: w.detail })),
          ...lineage.warnings.map((w) => ({ line: null, detail: w.detail })),
        ],
        trace: result.trace,
      },
    });
  } catch (error) {
    if (signal.signal.aborted) scope.postMessage({ type: 'cancelled' });
    else
      scope.postMessage({
        type: 'failed',
        detail:
          error instanceof ImportError
            ? error.detail
            : importMessage('text', { text: error instanceof Error ? error.message : String(error) }),
      });
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'cancel') controller?.abort(new Error('import cancelled'));
  else {
    controller?.abort(new Error('import replaced'));
    controller = new AbortController();
    void run(request.file, controller);
  }
};

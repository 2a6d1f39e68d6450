/**
 * The page's side of importing an event log: starts the worker (./import-worker.ts) for a File,
 * follows its progress, cancels it, and keeps the imported log the views show instead of the
 * pipeline's plan. The user's pipeline is never touched: `close()` goes back to it.
 */
import { msg, str } from '@lit/localize';
import { formatImportMessage, type Plan } from '../model/index.ts';
import type { Selection } from '../view/index.ts';
import { currentLang } from './i18n/localization.ts';
import type { ImportedLog, ImportReply, ImportRequest } from './import-messages.ts';

export interface ImportProgress {
  readonly fileName: string;
  readonly bytesRead: number;
  readonly total: number;
}

export class EventLogImport {
  progress: ImportProgress | null = null;
  log: ImportedLog | null = null;
  jobId: number | null = null;
  selection: Selection | null = null;
  private worker: Worker | null = null;
  private target: Window | null = null;

  constructor(
    private readonly onChange: () => void,
    private readonly onFailure: (text: string) => void,
  ) {}

  open(file: File): void {
    this.worker ??= this.createWorker();
    this.progress = { fileName: file.name, bytesRead: 0, total: file.size };
    this.send({ type: 'start', file });
    this.onChange();
  }

  cancel(): void {
    if (this.progress === null) return;
    this.send({ type: 'cancel' });
  }

  /** Back to the user's pipeline. */
  close(): void {
    this.log = null;
    this.selection = null;
    this.onChange();
  }

  selectJob(jobId: number): void {
    if (this.log?.plan.jobs.some((j) => j.jobId === jobId)) this.jobId = jobId;
    this.onChange();
  }

  select(selection: Selection | null): void {
    this.selection = selection;
    this.onChange();
  }

  /** What the views draw while a log is open, or null for the pipeline's plan. */
  shown(): { plan: Plan; jobId: number | null; selection: Selection | null } | null {
    return this.log ? { plan: this.log.plan, jobId: this.jobId, selection: this.selection } : null;
  }

  /** A file dropped anywhere on the page is imported as an event log. */
  listenForDrops(target: Window): void {
    this.target = target;
    target.addEventListener('dragover', this.onDragOver);
    target.addEventListener('drop', this.onDrop);
  }

  dispose(): void {
    this.target?.removeEventListener('dragover', this.onDragOver);
    this.target?.removeEventListener('drop', this.onDrop);
    this.target = null;
    this.worker?.terminate();
    this.worker = null;
  }

  private onDragOver = (event: DragEvent): void => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };

  private onDrop = (event: DragEvent): void => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    this.open(file);
  };

  private send(request: ImportRequest): void {
    this.worker?.postMessage(request);
  }

  private createWorker(): Worker {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportReply>) => this.receive(event.data);
    worker.onerror = (event) => {
      const fileName = this.progress?.fileName ?? msg('the event log');
      const why = event.message || msg('the import worker failed');
      this.progress = null;
      this.onFailure(msg(str`Could not import ${fileName}: ${why}.`));
      this.onChange();
    };
    return worker;
  }

  private receive(reply: ImportReply): void {
    const fileName = this.progress?.fileName ?? msg('the event log');
    if (reply.type === 'progress') {
      if (this.progress) this.progress = { ...this.progress, bytesRead: reply.bytesRead, total: reply.total };
    } else if (reply.type === 'done') {
      this.progress = null;
      this.log = reply.log;
      this.jobId = reply.log.plan.jobs[0]?.jobId ?? null;
      this.selection = null;
    } else if (reply.type === 'failed') {
      this.progress = null;
      const why = formatImportMessage(reply.detail, currentLang());
      this.onFailure(msg(str`Could not import ${fileName}: ${why}. Your pipeline is unchanged.`));
    } else {
      this.progress = null;
    }
    this.onChange();
  }
}

/**
 * The application's state: the pipeline (always one that planned without problems), its plan,
 * undo/redo history, the selected job and selection, the code text with its diagnostics, and a
 * notice for the user. Every change goes through a method here; the shell re-renders on `onChange`.
 * An edit, a link or code that does not give a valid pipeline leaves the last good one in place
 * and says why in the notice.
 */
import { msg, str } from '@lit/localize';
import type { ParseResult, Pipeline, Plan } from '../model/index.ts';
import type { PipelineEdit, Selection } from '../view/index.ts';
import type { CodeDiagnostic, CodeParse, CodeSpanIndex, Language, ModelApi } from './model-api.ts';
import { pipelineProblemDiagnostics } from './code-problems.ts';
import { told, type Notice } from './notice.ts';
import { applyEdit } from './pipeline-edits.ts';

export type { Notice } from './notice.ts';

export interface CodeState {
  readonly text: string;
  readonly language: Language;
  readonly diagnostics: readonly CodeDiagnostic[];
  /** Where each RDD's call is in `text`, from the last clean parse or generation. */
  readonly spans: CodeSpanIndex;
}

const NO_SPANS: CodeSpanIndex = { rdds: {} };

type Source = 'blocks' | 'code' | 'load' | 'history';

const HISTORY_LIMIT = 200;

export class AppState {
  pipeline: Pipeline;
  plan: Plan;
  jobId: number | null = null;
  selection: Selection | null = null;
  notice: Notice | null = null;
  code: CodeState;
  private past: Pipeline[] = [];
  private future: Pipeline[] = [];
  private lastSource: Source = 'load';

  constructor(
    private model: ModelApi,
    pipeline: Pipeline,
    private readonly onChange: () => void = () => {},
    code?: { text: string; language: Language },
  ) {
    this.pipeline = pipeline;
    this.plan = model.planPipeline(pipeline);
    this.jobId = this.plan.jobs[0]?.jobId ?? null;
    const language = code?.language ?? 'scala';
    const generated = this.generate(pipeline, language);
    this.code = code
      ? {
          text: code.text,
          language,
          diagnostics: [],
          spans: this.model.parseCode?.(code.text, language).spans ?? NO_SPANS,
        }
      : { ...generated, language, diagnostics: [] };
  }

  /**
   * Uses the model whose texts are in another interface language: the code's problems shown now
   * (the parser's and the pipeline check's after them) are written again in it.
   */
  useModel(model: ModelApi): void {
    this.model = model;
    if (this.code.diagnostics.length === 0) return;
    const checked = this.checkCode(this.code.text);
    if (!checked) return;
    this.code = { ...this.code, diagnostics: checked.diagnostics };
    this.onChange();
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /**
   * Validates untrusted input (a file, a link, the autosave) and opens it as a new undo step.
   * Returns false, with the problems in the notice, when it is not a valid pipeline. `what` names
   * the input in the notice (a function: written again after a language switch, with the problems).
   */
  open(input: unknown, what: string | (() => string)): boolean {
    const parsed = this.model.parsePipeline(input);
    if (!parsed.ok) {
      const named = typeof what === 'string' ? () => what : what;
      this.setNotice(
        this.told(() => openProblem(this.model.parsePipeline(input), named()), openProblem(parsed, named())),
      );
      return false;
    }
    return this.commit(parsed.value, 'load', null);
  }

  edit(edit: PipelineEdit): boolean {
    const next = JSON.parse(JSON.stringify(applyEdit(this.pipeline, edit))) as unknown;
    const parsed = this.model.parsePipeline(next);
    if (!parsed.ok) {
      this.setNotice(this.told(() => editProblem(this.model.parsePipeline(next)), editProblem(parsed)));
      return false;
    }
    return this.commit(parsed.value, 'blocks', null);
  }

  /** An error notice written again by the model of the interface language after a switch (`first`: its text now). */
  private told(tell: () => string, first?: string): Notice {
    return told('error', tell, () => this.model, first);
  }

  /** The user typed code: plan it if it parses cleanly, otherwise keep the last good pipeline. */
  typeCode(text: string): void {
    const checked = this.checkCode(text);
    if (!checked) {
      this.code = { ...this.code, text, spans: NO_SPANS };
      this.onChange();
      return;
    }
    const { parse, diagnostics, pipeline } = checked;
    if (pipeline === null) {
      this.code = { text, language: this.code.language, diagnostics, spans: parse.spans };
      if (parse.diagnostics.length === diagnostics.length) this.notice = null;
      this.onChange();
      return;
    }
    this.commit(pipeline, 'code', { text, language: this.code.language, diagnostics, spans: parse.spans });
  }

  /**
   * Parses code and checks the pipeline it describes: the parser's diagnostics, then the pipeline
   * check's problems (each on the call of the RDD its path names), and the pipeline when there are
   * no errors. Null when the model has no code parser.
   */
  private checkCode(
    text: string,
  ): { parse: CodeParse; diagnostics: readonly CodeDiagnostic[]; pipeline: Pipeline | null } | null {
    const parse = this.model.parseCode?.(text, this.code.language);
    if (!parse) return null;
    const errors = parse.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0 || parse.pipeline === null)
      return { parse, diagnostics: parse.diagnostics, pipeline: null };
    const parsed = this.model.parsePipeline(JSON.parse(JSON.stringify(parse.pipeline)) as unknown);
    if (parsed.ok) return { parse, diagnostics: parse.diagnostics, pipeline: parsed.value };
    const problems = pipelineProblemDiagnostics(parsed.problems, parse.pipeline, parse.spans, text);
    return { parse, diagnostics: [...parse.diagnostics, ...problems], pipeline: null };
  }

  setLanguage(language: Language): void {
    this.code = { ...this.generate(this.pipeline, language), language, diagnostics: [] };
    this.onChange();
  }

  undo(): void {
    const previous = this.past.pop();
    if (!previous) return;
    this.future.push(this.pipeline);
    this.replace(previous, 'history', null);
  }

  redo(): void {
    const next = this.future.pop();
    if (!next) return;
    this.past.push(this.pipeline);
    this.replace(next, 'history', null);
  }

  selectJob(jobId: number): void {
    if (!this.plan.jobs.some((j) => j.jobId === jobId)) return;
    this.jobId = jobId;
    this.onChange();
  }

  select(selection: Selection | null): void {
    this.selection = selection;
    this.onChange();
  }

  setNotice(notice: Notice | null): void {
    this.notice = notice;
    this.onChange();
  }

  /** A new pipeline as one undo step; consecutive code edits merge into one step. */
  private commit(pipeline: Pipeline, source: Source, code: CodeState | null): boolean {
    const previous = this.pipeline;
    const merge = source === 'code' && this.lastSource === 'code';
    if (!this.replace(pipeline, source, code)) return false;
    if (!merge) {
      this.past.push(previous);
      if (this.past.length > HISTORY_LIMIT) this.past.shift();
    }
    this.future = [];
    this.lastSource = source;
    return true;
  }

  private replace(pipeline: Pipeline, source: Source, code: CodeState | null): boolean {
    let plan: Plan;
    try {
      plan = this.model.planPipeline(pipeline);
    } catch (error) {
      const message = (error as Error).message;
      this.setNotice(
        this.told(() =>
          msg(str`The planner could not plan this pipeline: ${message}. Your previous work is still here.`),
        ),
      );
      return false;
    }
    this.pipeline = pipeline;
    this.plan = plan;
    if (this.jobId === null || !plan.jobs.some((j) => j.jobId === this.jobId))
      this.jobId = plan.jobs[0]?.jobId ?? null;
    if (!selectionExists(plan, this.selection)) this.selection = null;
    this.code = code ?? {
      ...this.generate(pipeline, this.code.language),
      language: this.code.language,
      diagnostics: [],
    };
    if (source !== 'load' || this.notice?.kind !== 'error') this.notice = null;
    // Undo and redo end a run of code edits, so the next code edit is a step of its own.
    this.lastSource = source;
    this.onChange();
    return true;
  }

  private generate(pipeline: Pipeline, language: Language): { text: string; spans: CodeSpanIndex } {
    const generated = this.model.generateCode?.(pipeline, language);
    return generated ? { text: generated.code, spans: generated.spans } : { text: '', spans: NO_SPANS };
  }
}

function selectionExists(plan: Plan, selection: Selection | null): boolean {
  if (selection === null) return true;
  if (selection.kind === 'stage')
    return plan.jobs.some((j) => j.stages.some((s) => s.stageId === selection.stageId));
  const rdd = plan.rdds.find((r) => r.rddId === selection.rddId);
  return rdd !== undefined && (selection.kind === 'rdd' || rdd.deps[selection.index] !== undefined);
}

/** The notice for input that is not a valid pipeline: its first three problems and how many more. */
function openProblem(parsed: ParseResult<Pipeline>, what: string): string {
  if (parsed.ok) return '';
  const first = parsed.problems
    .slice(0, 3)
    .map((p) => `${p.path}: ${p.message}`)
    .join('; ');
  const more = parsed.problems.length - 3;
  return more > 0
    ? msg(str`Could not open ${what}: ${first} (and ${more} more). Your previous work is still here.`)
    : msg(str`Could not open ${what}: ${first}. Your previous work is still here.`);
}

/** The notice for an edit that would make the pipeline invalid: its first problem. */
function editProblem(parsed: ParseResult<Pipeline>): string {
  const problem = parsed.ok ? undefined : parsed.problems[0];
  const text = problem ? `${problem.path}: ${problem.message}` : msg('unknown problem');
  return msg(str`That edit would make the pipeline invalid: ${text}`);
}

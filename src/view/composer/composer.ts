/**
 * `<sc-composer>`: build a pipeline with blocks. Click an RDD (it becomes the target), then an
 * operation in the palette to append it; an operation with two or more inputs asks for the other
 * input, picked by clicking another RDD. Arguments, persist and checkpoint are edited inline.
 * Every change is an `sc-edit` event; the composer never changes the pipeline itself.
 */
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  STORAGE_LEVELS,
  type ActionName,
  type OperationName,
  type Pipeline,
  type Plan,
  type RddArgs,
  type RddSpec,
} from '../../model/index.ts';
import { emit } from '../events.ts';
import type { Selection } from '../selection.ts';
import type { OperatorNote } from '../detail-panel/operator-note.ts';
import { renderArgInput, type ArgValue } from './arg-input.ts';
import { composerStyles } from './composer.styles.ts';
import type { PipelineEdit } from './pipeline-edit.ts';

/** The palette's groups; titles are read when rendering, in the interface's language. */
const GROUPS: readonly { title: () => string; families: readonly string[] }[] = [
  { title: () => msg('Sources'), families: ['source'] },
  { title: () => msg('Narrow transformations'), families: ['narrow'] },
  { title: () => msg('Wide transformations (can shuffle)'), families: ['wide', 'conditional'] },
];

const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class Composer extends LitElement {
  static override styles = composerStyles;

  @property({ attribute: false }) accessor pipeline: Pipeline | null = null;
  @property({ attribute: false }) accessor plan: Plan | null = null;
  @property({ attribute: false }) accessor operators: readonly OperatorNote[] = [];
  @property({ attribute: false }) accessor selection: Selection | null = null;
  /** While choosing the other input of a multi-input operation. */
  @state() private accessor picking: { op: OperationName; inputs: readonly string[]; max: number } | null =
    null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** The RDD operations apply to: the selected one, else the last one. */
  get target(): string | null {
    const pipeline = this.pipeline;
    if (!pipeline) return null;
    const selected =
      this.selection?.kind === 'rdd'
        ? this.plan?.rdds.find((r) => r.rddId === (this.selection as { rddId: number }).rddId)?.scope.rdd
        : null;
    return selected && pipeline.rdds.some((r) => r.id === selected)
      ? selected
      : (pipeline.rdds[pipeline.rdds.length - 1]?.id ?? null);
  }

  override render() {
    const pipeline = this.pipeline;
    if (!pipeline) return nothing;
    const target = this.target;
    const input = (this.picking?.inputs.length ?? 0) + 1;
    return html`
      ${
        this.picking
          ? html`<div class="picking" role="status">
              <span
                >${this.picking.inputs.join(', ')}.<code>${this.picking.op}</code>(…):
                ${this.picking.max > 2 ? msg(str`click an RDD in the list for input ${input}, or Done.`) : msg(str`click an RDD in the list for input ${input}.`)}</span
              >
              ${
                this.picking.max > 2 && this.picking.inputs.length >= 2
                  ? html`<button type="button" data-pick="done" @click=${() => this.finishPicking()}>
                      ${msg('Done')}
                    </button>`
                  : nothing
              }
              <button type="button" @click=${() => (this.picking = null)}>${msg('Cancel')}</button>
            </div>`
          : nothing
      }
      <section aria-label="RDDs">
        <h3>${msg('RDDs, in program order')}</h3>
        ${pipeline.rdds.length === 0 ? html`<p class="hint">${msg('Start with a source: textFile, parallelize or range.')}</p>` : nothing}
        <ol class="rdds">
          ${pipeline.rdds.map((rdd) => this.renderRdd(pipeline, rdd, rdd.id === target))}
        </ol>
      </section>
      <section aria-label=${msg('Actions')}>
        <h3>${msg('Actions, in order (each runs a job)')}</h3>
        ${pipeline.actions.length === 0 ? html`<p class="hint">${msg('No actions yet: pick an RDD, then an action above.')}</p>` : nothing}
        <ol class="actions">
          ${pipeline.actions.map(
            (action, index) =>
              html`<li class="row" data-action-index=${index}>
                <span class="op-name"
                  >${action.rdd}.${action.op}(${Object.values(action.args)
                    .map((v) => JSON.stringify(v))
                    .join(', ')})</span
                >
                <span class="spacer"></span>
                <button
                  type="button"
                  aria-label=${msg(str`Remove action ${index}`)}
                  @click=${() => this.edit({ kind: 'remove-action', index })}
                >
                  ${msg('Remove')}
                </button>
              </li>`,
          )}
        </ol>
      </section>
      ${this.renderPalette(target)}
    `;
  }

  private renderPalette(target: string | null) {
    const operations = this.operators.filter((o) => o.kind === 'operation');
    const actions = this.operators.filter((o) => o.kind === 'action');
    const button = (note: OperatorNote, onClick: () => void, disabled: boolean) =>
      html`<button
        type="button"
        class="op ${note.canShuffle ? 'shuffles' : ''}"
        data-op=${note.name}
        ?disabled=${disabled}
        title=${note.canShuffle ? `${note.explanation}\n${note.shuffleWhen ? msg(str`Can shuffle: ${note.shuffleWhen}`) : msg('Can shuffle')}` : note.explanation}
        @click=${onClick}
      >
        ${note.name}
      </button>`;
    return html`<section class="palette" aria-label=${msg('Operations')}>
      <h3 class="palette-title">
        ${target ? msg(html`Add to <code>${target}</code>`) : msg('Add a source to begin')}
      </h3>
      ${
        target
          ? html`<p class="hint">
              ${msg(
                str`Click an operation to append it to ${target}; click another RDD above to build on that one. ⇄ marks operations that can shuffle.`,
              )}
            </p>`
          : nothing
      }
      ${GROUPS.map(
        (group) =>
          html`<div>
            <h3>${group.title()}</h3>
            <div class="ops">
              ${operations
                .filter((o) => group.families.includes(o.family))
                .map((o) => button(o, () => this.apply(o, target), o.parents.min > 0 && target === null))}
            </div>
          </div>`,
      )}
      <div>
        <h3>${msg('Actions')}</h3>
        <div class="ops">
          ${actions.map((a) => button(a, () => target && this.edit({ kind: 'add-action', op: a.name as ActionName, rdd: target, args: {} }), target === null))}
        </div>
      </div>
    </section>`;
  }

  private renderRdd(pipeline: Pipeline, rdd: RddSpec, isTarget: boolean) {
    const note = this.operators.find((o) => o.name === rdd.op);
    const persisted = pipeline.persist.find((p) => p.rdd === rdd.id);
    const checkpointed = pipeline.checkpoint.some((c) => c.rdd === rdd.id);
    const pickable = this.picking !== null;
    const args = rdd.args as Readonly<Record<string, ArgValue>>;
    const parents = rdd.parents.join(', ');
    return html`<li
      class="rdd ${isTarget ? 'target' : ''} ${pickable ? 'pickable' : ''}"
      data-rdd=${rdd.id}
      @click=${() => this.clickRdd(rdd.id)}
    >
      <div class="row head">
        <input
          class="name"
          aria-label=${msg(str`Name of ${rdd.id}`)}
          .value=${rdd.id}
          @click=${(e: Event) => e.stopPropagation()}
          @change=${(e: Event) => this.rename(rdd.id, e.target as HTMLInputElement)}
        />
        <span class="call" title=${rdd.parents.length > 0 ? msg(str`${rdd.op} of ${parents}`) : rdd.op}>
          <span class="op-name">= ${rdd.op}</span>
          ${rdd.parents.length > 0 ? html`<span class="parents">${msg(str`of ${parents}`)}</span>` : nothing}
        </span>
        <button
          type="button"
          aria-label=${msg(str`Delete ${rdd.id}`)}
          title=${msg('Delete this RDD and everything built on it')}
          @click=${(e: Event) => {
            e.stopPropagation();
            this.edit({ kind: 'delete', rdd: rdd.id });
          }}
        >
          ✕
        </button>
      </div>
      <div class="row" @click=${(e: Event) => e.stopPropagation()}>
        ${(note?.args ?? []).map((arg) =>
          renderArgInput(arg, args[arg.name], (value) =>
            this.edit({ kind: 'set-args', rdd: rdd.id, args: withArg(rdd.args, arg.name, value) }),
          ),
        )}
        <label class="arg"
          ><input
            type="checkbox"
            data-toggle="cache"
            .checked=${persisted !== undefined}
            @change=${(e: Event) => this.edit({ kind: 'persist', rdd: rdd.id, level: (e.target as HTMLInputElement).checked ? 'MEMORY_ONLY' : null })}
          />${msg('cache')}</label
        >
        ${
          persisted
            ? html`<select
                aria-label=${msg(str`Storage level of ${rdd.id}`)}
                @change=${(e: Event) => this.edit({ kind: 'persist', rdd: rdd.id, level: (e.target as HTMLSelectElement).value as (typeof STORAGE_LEVELS)[number] })}
              >
                ${STORAGE_LEVELS.filter((l) => l !== 'NONE').map((l) => html`<option ?selected=${l === persisted.level}>${l}</option>`)}
              </select>`
            : nothing
        }
        <label class="arg"
          ><input
            type="checkbox"
            data-toggle="checkpoint"
            .checked=${checkpointed}
            @change=${(e: Event) => this.edit({ kind: 'checkpoint', rdd: rdd.id, on: (e.target as HTMLInputElement).checked })}
          />${msg('checkpoint')}</label
        >
      </div>
    </li>`;
  }

  private apply(note: OperatorNote, target: string | null): void {
    const op = note.name as OperationName;
    if (note.parents.min === 0) this.edit({ kind: 'append', op, parents: [] });
    else if (target === null) return;
    else if (note.parents.min >= 2)
      this.picking = { op, inputs: [target], max: Math.min(note.parents.max, 8) };
    else this.edit({ kind: 'append', op, parents: [target] });
  }

  private clickRdd(id: string): void {
    const picking = this.picking;
    if (picking) {
      // The same RDD may be picked again: a.join(a) and a.union(a) are programs too.
      this.picking = { ...picking, inputs: [...picking.inputs, id] };
      if (this.picking.inputs.length >= picking.max) this.finishPicking();
      return;
    }
    const planned = [...(this.plan?.rdds ?? [])].reverse().find((r) => r.scope.rdd === id);
    if (planned) emit(this, 'sc-select', { selection: { kind: 'rdd', rddId: planned.rddId } });
  }

  private finishPicking(): void {
    const picking = this.picking;
    this.picking = null;
    if (picking && picking.inputs.length >= 2)
      this.edit({ kind: 'append', op: picking.op, parents: picking.inputs });
  }

  private rename(from: string, input: HTMLInputElement): void {
    const to = input.value.trim();
    if (to === from) return;
    if (!NAME_PATTERN.test(to) || this.pipeline?.rdds.some((r) => r.id === to)) {
      input.setCustomValidity(msg(str`“${to}” must be a new name of letters, digits and _`));
      input.reportValidity();
      input.value = from;
      return;
    }
    input.setCustomValidity('');
    this.edit({ kind: 'rename', rdd: from, to });
  }

  private edit(edit: PipelineEdit): void {
    emit(this, 'sc-edit', { edit });
  }
}

function withArg(args: RddArgs, name: string, value: ArgValue): RddArgs {
  const next: Record<string, unknown> = { ...args };
  if (value === undefined) delete next[name];
  else next[name] = value;
  return next as RddArgs;
}

/**
 * `<sc-detail-panel>`: what the selected RDD, dependency or stage is, and why Spark made it so:
 * the Spark class, the dependency type, the partitioner, the planner's reason in words, and the
 * operator's reference entry.
 */
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Plan, PlannedRdd } from '../../model/index.ts';
import { emit } from '../events.ts';
import type { Selection } from '../selection.ts';
import {
  familyName,
  findRdd,
  findStage,
  partitionerText,
  rawReason,
  rddOperation,
  rddTitle,
  skipReasonText,
  stageLabel,
  type DescribeReason,
} from '../shared/labels.ts';
import type { LookupOperator } from './operator-note.ts';

export class DetailPanel extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-size: 13px;
      line-height: 1.45;
      color: var(--sc-fg, #1d232b);
    }
    h3 {
      font-size: 14px;
      margin: 0 0 6px;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 2px 10px;
      margin: 0 0 8px;
    }
    dt {
      color: var(--sc-muted, #5d6775);
    }
    dd {
      margin: 0;
    }
    .why {
      border-left: 3px solid var(--sc-accent, #2f6fdb);
      padding: 4px 8px;
      background: var(--sc-accent-soft, #dbe7fb);
      border-radius: 0 4px 4px 0;
      margin: 6px 0;
    }
    .why.shuffle {
      border-left-color: var(--sc-shuffle, #d1495b);
    }
    .reference {
      margin-top: 8px;
      padding-top: 6px;
      border-top: 1px solid var(--sc-border, #d6dbe3);
    }
    code {
      font-family: var(--sc-mono, monospace);
      font-size: 12px;
    }
    .hint {
      color: var(--sc-muted, #5d6775);
    }
    button.link {
      font: inherit;
      background: none;
      border: none;
      padding: 0;
      color: var(--sc-accent, #2f6fdb);
      cursor: pointer;
      text-decoration: underline;
    }
  `;

  @property({ attribute: false }) accessor plan: Plan | null = null;
  @property({ attribute: false }) accessor selection: Selection | null = null;
  @property({ attribute: false }) accessor describeReason: DescribeReason = rawReason;
  @property({ attribute: false }) accessor lookupOperator: LookupOperator = () => undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const plan = this.plan;
    const selection = this.selection;
    if (!plan || !selection) {
      return html`<p class="hint">
        ${msg('Select an RDD, an edge or a stage to see what Spark does there and why.')}
      </p>`;
    }
    if (selection.kind === 'rdd') {
      const rdd = findRdd(plan, selection.rddId);
      return rdd ? this.renderRdd(plan, rdd) : nothing;
    }
    if (selection.kind === 'dep') {
      const rdd = findRdd(plan, selection.rddId);
      const dep = rdd?.deps[selection.index];
      const parent = dep ? findRdd(plan, dep.rddId) : undefined;
      if (!rdd || !dep || !parent) return nothing;
      const shuffle = dep.type === 'Shuffle';
      return html`<h3>${shuffle ? msg('Shuffle dependency') : msg('Narrow dependency')}</h3>
        <dl>
          <dt>${msg('from')}</dt>
          <dd>${rddTitle(parent)} · ${rddOperation(parent)}</dd>
          <dt>${msg('to')}</dt>
          <dd>${rddTitle(rdd)} · ${rddOperation(rdd)}</dd>
          <dt>${msg('Spark class')}</dt>
          <dd>
            <code
              >${shuffle ? 'ShuffleDependency' : dep.type === 'OneToOne' ? 'OneToOneDependency' : dep.type === 'Range' ? 'RangeDependency' : 'NarrowDependency'}</code
            >
          </dd>
          ${
            dep.shuffleId !== undefined
              ? html`<dt>${msg('shuffle id')}</dt>
                  <dd>${dep.shuffleId}</dd>`
              : nothing
          }
          <dt>${msg('parent partitioner')}</dt>
          <dd>${partitionerText(parent)}</dd>
          <dt>${msg('child partitioner')}</dt>
          <dd>${partitionerText(rdd)}</dd>
        </dl>
        <p class="why ${shuffle ? 'shuffle' : ''}">
          <strong>${shuffle ? msg('Why a shuffle:') : msg('Why no shuffle:')}</strong>
          ${this.describeReason(dep.reason)}
        </p>
        <p class="hint">
          ${
            shuffle
              ? msg(
                  'A shuffle ends a stage: the map side writes shuffle files, the next stage reads them over the network.',
                )
              : dep.type === 'OneToOne'
                ? msg(
                    'Each child partition reads only the parent partition with the same index, so both run in the same task.',
                  )
                : msg(
                    'Each child partition reads only a known set of parent partitions, so both run in the same task.',
                  )
          }
        </p>
        ${this.renderReference(rdd.scope.op)}`;
    }
    const found = findStage(plan, selection.stageId);
    if (!found) return nothing;
    const { job, stage } = found;
    return html`<h3>${stageLabel(stage)}</h3>
      <dl>
        <dt>${msg('job')}</dt>
        <dd>${job.jobId} · ${job.action}(${job.rdd})</dd>
        <dt>${msg('kind')}</dt>
        <dd>
          ${stage.kind === 'ShuffleMap' ? msg(str`ShuffleMapStage: writes shuffle ${stage.shuffleId ?? ''} for the next stage`) : msg('ResultStage: computes the action’s result')}
        </dd>
        <dt>${msg('tasks')}</dt>
        <dd>
          ${stage.kind === 'Result' ? msg(str`${stage.numTasks}, one per partition the action asks for`) : msg(str`${stage.numTasks}, one per partition of its last RDD`)}
        </dd>
        <dt>${msg('parent stages')}</dt>
        <dd>${stage.parentStageIds.length === 0 ? msg('none') : stage.parentStageIds.join(', ')}</dd>
        <dt>RDDs</dt>
        <dd>${stage.rddIds.join(', ')}</dd>
      </dl>
      ${stage.skipped ? html`<p class="why"><strong>${msg('Skipped:')}</strong> ${stage.skipReason ? skipReasonText(this.describeReason(stage.skipReason)) : msg('its output was already available.')}</p>` : nothing}`;
  }

  private renderRdd(plan: Plan, rdd: PlannedRdd) {
    const stages = plan.jobs.flatMap((j) =>
      j.stages.filter((s) => s.rddIds.includes(rdd.rddId)).map((s) => s.stageId),
    );
    return html`<h3>${rddTitle(rdd)}</h3>
      <dl>
        <dt>${msg('operation')}</dt>
        <dd><code>${rddOperation(rdd)}</code></dd>
        <dt>${msg('role')}</dt>
        <dd><code>${rdd.role}</code></dd>
        <dt>${msg('partitions')}</dt>
        <dd>${rdd.numPartitions}</dd>
        <dt>${msg('partitioner')}</dt>
        <dd>${partitionerText(rdd)}</dd>
        ${
          rdd.storageLevel
            ? html`<dt>${msg('persisted')}</dt>
                <dd>${rdd.storageLevel}</dd>`
            : nothing
        }
        ${
          rdd.checkpointed
            ? html`<dt>${msg('checkpoint')}</dt>
                <dd>${msg('marked; a separate job writes it after the first job that computes it')}</dd>`
            : nothing
        }
        <dt>${msg('in stages')}</dt>
        <dd>${stages.length === 0 ? msg('none') : stages.join(', ')}</dd>
      </dl>
      ${rdd.deps.map((dep, index) => {
        const parent = findRdd(plan, dep.rddId);
        const from = parent ? rddTitle(parent) : String(dep.rddId);
        return html`<p class="why ${dep.type === 'Shuffle' ? 'shuffle' : ''}">
          <button
            class="link"
            type="button"
            @click=${() => emit(this, 'sc-select', { selection: { kind: 'dep', rddId: rdd.rddId, index } })}
          >
            ${dep.type === 'Shuffle' ? msg(str`Shuffle from ${from}`) : msg(str`Narrow (${dep.type}) from ${from}`)}</button
          >: ${this.describeReason(dep.reason)}
        </p>`;
      })}
      ${this.renderReference(rdd.scope.op)}`;
  }

  private renderReference(op: string) {
    const note = this.lookupOperator(op);
    if (!note) return nothing;
    return html`<div class="reference">
      <strong><code>${note.name}</code></strong> ·
      ${familyName(note.family)}${note.canShuffle ? msg(' · can shuffle') : ''}
      <p>${note.explanation}</p>
      ${note.shuffleWhen ? html`<p><em>${msg('Shuffles when:')}</em> ${note.shuffleWhen}</p>` : nothing}
      ${note.internalRdds.length > 0 ? html`<p class="hint">${msg(html`Creates ${note.internalRdds.join(' → ')} · models <code>${note.sparkMethod}</code>`)}</p>` : nothing}
    </div>`;
  }
}

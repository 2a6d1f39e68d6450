/**
 * `<sc-stage-list>`: every job's stages as plain text, the accessible alternative to the
 * drawings. Each stage is a button that selects it (`sc-select`) and shows the selected job
 * (`sc-job-change`).
 */
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Plan, PlannedJob, PlannedStage } from '../../model/index.ts';
import { emit } from '../events.ts';
import type { Selection } from '../selection.ts';
import { jobLabel, rawReason, skipReasonText, stageLabel, type DescribeReason } from '../shared/labels.ts';
import { stageColor } from '../shared/stage-colors.ts';
import { stageListStyles } from './stage-list.styles.ts';

export class StageList extends LitElement {
  static override styles = stageListStyles;

  @property({ attribute: false }) accessor plan: Plan | null = null;
  @property({ type: Number, attribute: 'job-id' }) accessor jobId: number | null = null;
  @property({ attribute: false }) accessor selection: Selection | null = null;
  @property({ attribute: false }) accessor describeReason: DescribeReason = rawReason;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const plan = this.plan;
    if (!plan) return html`<p>${msg('No plan.')}</p>`;
    if (plan.jobs.length === 0)
      return html`<p>${msg('No jobs: add an action (collect, count, …) to run one.')}</p>`;
    return html`${plan.jobs.map((job) => this.renderJob(job))}`;
  }

  private renderJob(job: PlannedJob) {
    const current = job.jobId === (this.jobId ?? this.plan?.jobs[0]?.jobId);
    return html`<section aria-label=${jobLabel(job)} data-job-id=${job.jobId}>
      <h3 class=${current ? 'current' : ''}>
        ${jobLabel(job)}${current ? html`<span class="shown"> ${msg('(shown)')}</span>` : ''}
      </h3>
      <ol>
        ${job.stages.map((stage) => this.renderStage(job, stage))}
      </ol>
    </section>`;
  }

  private renderStage(job: PlannedJob, stage: PlannedStage) {
    const pressed = this.selection?.kind === 'stage' && this.selection.stageId === stage.stageId;
    // Linked highlighting: the stages that compute the selected RDD (or the selected edge's child).
    const holds =
      (this.selection?.kind === 'rdd' || this.selection?.kind === 'dep') &&
      stage.rddIds.includes(this.selection.rddId);
    const parents =
      stage.parentStageIds.length === 0
        ? msg('no parent stages')
        : msg(str`after stage ${stage.parentStageIds.join(', ')}`);
    const rdds = msg(str`RDDs ${stage.rddIds.join(', ')}`);
    const why = stage.skipReason
      ? skipReasonText(this.describeReason(stage.skipReason))
      : msg('output already available');
    const skip = stage.skipped ? msg(str`skipped: ${why}`) : '';
    return html`<li
      class="${stage.skipped ? 'skipped' : ''} ${holds ? 'holds' : ''}"
      data-stage-id=${stage.stageId}
      style=${`--stage-color: ${stageColor(stage.stageId)}`}
    >
      <button type="button" aria-pressed=${pressed} @click=${() => this.pick(job, stage)}>
        ${stage.skipped ? msg(str`${stageLabel(stage)} · skipped`) : stageLabel(stage)}
        <span class="line2">${[rdds, parents, skip].filter((s) => s !== '').join(' · ')}</span>
      </button>
    </li>`;
  }

  private pick(job: PlannedJob, stage: PlannedStage): void {
    if (job.jobId !== this.jobId) emit(this, 'sc-job-change', { jobId: job.jobId });
    emit(this, 'sc-select', { selection: { kind: 'stage', stageId: stage.stageId } });
  }
}

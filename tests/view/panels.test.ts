import { afterEach, describe, expect, it } from 'vitest';
import { defineElements, type SelectDetail, type JobChangeDetail } from '../../src/view/index.ts';
import { wordCountPlan } from '../support/plans.ts';

defineElements();
afterEach(() => document.body.replaceChildren());

async function mount<K extends 'sc-stage-list' | 'sc-detail-panel' | 'sc-job-selector' | 'sc-stage-graph'>(
  tag: K,
  setup: (el: HTMLElementTagNameMap[K]) => void,
) {
  const el = document.createElement(tag);
  setup(el);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('sc-stage-list', () => {
  it('lists every job with its stages in plain text, skipped ones with the reason', async () => {
    const list = await mount('sc-stage-list', (el) => {
      el.plan = wordCountPlan;
      el.jobId = 0;
      el.describeReason = (r) => `because ${r.code}`;
    });
    const text = list.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Job 0 · collect(counts)');
    expect(text).toContain('Stage 1 · ResultStage · 3 tasks');
    expect(text).toContain('Stage 2 · ShuffleMapStage · 4 tasks · skipped');
    expect(text).toContain('skipped: because test.shuffleReused');
  });

  it('selects a stage of another job and shows that job', async () => {
    const list = await mount('sc-stage-list', (el) => {
      el.plan = wordCountPlan;
      el.jobId = 0;
    });
    const events: (SelectDetail | JobChangeDetail)[] = [];
    list.addEventListener('sc-job-change', (e) => events.push(e.detail));
    list.addEventListener('sc-select', (e) => events.push(e.detail));
    list.shadowRoot!.querySelector<HTMLButtonElement>('li[data-stage-id="3"] button')!.click();
    expect(events).toEqual([{ jobId: 1 }, { selection: { kind: 'stage', stageId: 3 } }]);
  });
});

describe('sc-stage-list linked highlighting', () => {
  it('marks the stages that compute the selected RDD', async () => {
    const list = await mount('sc-stage-list', (el) => {
      el.plan = wordCountPlan;
      el.selection = { kind: 'rdd', rddId: 2 };
    });
    const marked = [...list.shadowRoot!.querySelectorAll('li.holds')].map((li) =>
      li.getAttribute('data-stage-id'),
    );
    expect(marked).toEqual(['0', '2']);
  });
});

describe('sc-detail-panel', () => {
  it('explains why a dependency shuffles, with its Spark class and partitioners', async () => {
    const panel = await mount('sc-detail-panel', (el) => {
      el.plan = wordCountPlan;
      el.selection = { kind: 'dep', rddId: 4, index: 0 };
      el.describeReason = (r) => `reason ${r.code} into ${String(r.params.numPartitions)}`;
    });
    const text = panel.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Shuffle dependency');
    expect(text).toContain('ShuffleDependency');
    expect(text).toContain('Why a shuffle: reason test.shuffle into 3');
    expect(text).toContain('hash partitioner (3)');
  });

  it('shows an RDD with its operation, storage level and the operator reference entry', async () => {
    const panel = await mount('sc-detail-panel', (el) => {
      el.plan = wordCountPlan;
      el.selection = { kind: 'rdd', rddId: 4 };
      el.lookupOperator = (name) =>
        name === 'reduceByKey'
          ? {
              name,
              kind: 'operation',
              parents: { min: 1, max: 1 },
              args: [],
              family: 'conditional',
              canShuffle: true,
              shuffleWhen: 'the partitioner differs',
              explanation: 'Merges values per key.',
              sparkMethod: 'PairRDDFunctions.reduceByKey',
              internalRdds: ['ShuffledRDD'],
            }
          : undefined;
    });
    const text = panel.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('ShuffledRDD [4]');
    expect(text).toContain('reduceByKey · counts');
    expect(text).toContain('MEMORY_ONLY');
    expect(text).toContain('Merges values per key.');
    expect(text).toContain('Shuffles when: the partitioner differs');
  });

  it('says why a stage was skipped', async () => {
    const panel = await mount('sc-detail-panel', (el) => {
      el.plan = wordCountPlan;
      el.selection = { kind: 'stage', stageId: 2 };
    });
    expect(panel.shadowRoot!.textContent).toContain('Skipped:');
  });
});

describe('sc-job-selector and sc-stage-graph', () => {
  it('offers one option per job and emits the chosen one', async () => {
    const selector = await mount('sc-job-selector', (el) => {
      el.plan = wordCountPlan;
      el.jobId = 0;
    });
    const select = selector.shadowRoot!.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Job 0 · collect(counts)',
      'Job 1 · count(counts)',
    ]);
    const seen: number[] = [];
    selector.addEventListener('sc-job-change', (e) => seen.push(e.detail.jobId));
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    expect(seen).toEqual([1]);
  });

  it('draws the selected job’s stages as nodes with the skipped one marked', async () => {
    const graph = await mount('sc-stage-graph', (el) => {
      el.plan = wordCountPlan;
      el.jobId = 1;
    });
    const nodes = [...graph.shadowRoot!.querySelectorAll('[data-stage-node]')];
    expect(nodes.map((n) => n.getAttribute('data-stage-node'))).toEqual(['2', '3']);
    expect(nodes[0]!.classList.contains('skipped')).toBe(true);
    expect(graph.shadowRoot!.querySelectorAll('path')).toHaveLength(1);
  });

  it('lets the keyboard reach and select a stage node (Enter or Space, like a button)', async () => {
    const graph = await mount('sc-stage-graph', (el) => {
      el.plan = wordCountPlan;
      el.jobId = 1;
    });
    const seen: unknown[] = [];
    graph.addEventListener('sc-select', (e) => seen.push(e.detail.selection));
    const node = graph.shadowRoot!.querySelector<SVGGElement>('[data-stage-node="3"]')!;
    expect(node.getAttribute('tabindex')).toBe('0');
    expect(node.getAttribute('role')).toBe('button');
    node.focus();
    expect(graph.shadowRoot!.activeElement).toBe(node);
    node.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    node.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    node.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(seen).toEqual([
      { kind: 'stage', stageId: 3 },
      { kind: 'stage', stageId: 3 },
    ]);
  });
});

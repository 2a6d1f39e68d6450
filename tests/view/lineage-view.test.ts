import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { defineElements, type LineageView, type SelectDetail } from '../../src/view/index.ts';
import { wordCountPlan } from '../support/plans.ts';

defineElements();

async function mount(jobId: number | null = 0): Promise<LineageView> {
  const view = document.createElement('sc-lineage-view');
  view.style.width = '900px';
  view.style.height = '500px';
  view.plan = wordCountPlan;
  view.jobId = jobId;
  document.body.append(view);
  await view.updateComplete;
  return view;
}

const root = (view: LineageView): ShadowRoot => view.shadowRoot!;

afterEach(() => document.body.replaceChildren());

describe('sc-lineage-view', () => {
  it('marks every RDD, dependency and stage of the selected job with its test hook', async () => {
    const view = await mount();
    const ids = [...root(view).querySelectorAll('[data-rdd-id]')].map((e) =>
      Number(e.getAttribute('data-rdd-id')),
    );
    expect(ids).toEqual([0, 1, 2, 3, 4]);
    const types = [...root(view).querySelectorAll('[data-dep-type]')].map((e) =>
      e.getAttribute('data-dep-type'),
    );
    expect(types).toEqual(['narrow', 'narrow', 'narrow', 'shuffle']);
    const stages = [...root(view).querySelectorAll('[data-stage-id]')].map((e) =>
      Number(e.getAttribute('data-stage-id')),
    );
    expect(stages).toEqual([0, 1]);
  });

  it('labels stage clusters as the Spark UI does and greys skipped ones with the reason', async () => {
    const view = await mount(1);
    const skipped = root(view).querySelector('[data-stage-id="2"]')!;
    expect(skipped.getAttribute('data-skipped')).toBe('true');
    expect(root(view).querySelector('[data-stage-label="2"]')!.textContent).toBe(
      'Stage 2 · ShuffleMapStage · skipped',
    );
    expect(skipped.querySelector('title')!.textContent).toContain('test.shuffleReused');
    const result = root(view).querySelector('[data-stage-id="3"]')!;
    expect(result.hasAttribute('data-skipped')).toBe(false);
    expect(root(view).querySelector('[data-stage-label="3"]')!.textContent).toBe(
      'Stage 3 · ResultStage · 3 tasks',
    );
  });

  it('draws shuffle edges differently from narrow ones', async () => {
    const view = await mount();
    const narrow = root(view).querySelector('[data-dep-type="narrow"] path.line')!;
    const shuffle = root(view).querySelector('[data-dep-type="shuffle"] path.line')!;
    expect(getComputedStyle(shuffle).stroke).not.toBe(getComputedStyle(narrow).stroke);
    expect(getComputedStyle(shuffle).strokeDasharray).not.toBe('none');
  });

  it('emits sc-select for a clicked node and an edge, and shows the reason on the edge', async () => {
    const view = await mount();
    const seen: SelectDetail[] = [];
    view.addEventListener('sc-select', (e) => seen.push(e.detail));
    root(view)
      .querySelector<SVGGElement>('[data-rdd-id="4"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    root(view)
      .querySelector<SVGGElement>('[data-dep-type="shuffle"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(seen).toEqual([
      { selection: { kind: 'rdd', rddId: 4 } },
      { selection: { kind: 'dep', rddId: 4, index: 0 } },
    ]);
    expect(root(view).querySelector('[data-dep-type="shuffle"] title')!.textContent).toContain(
      'test.shuffle',
    );
  });

  it('marks a persisted RDD as cached', async () => {
    const view = await mount();
    expect(root(view).querySelector('[data-rdd-id="4"] .badge text')!.textContent).toBe('cached');
  });

  it('renders names from the pipeline as text, never as markup', async () => {
    const hostile = {
      ...wordCountPlan,
      rdds: wordCountPlan.rdds.map((r) =>
        r.rddId === 0 ? { ...r, scope: { rdd: '<img src=x onerror=alert(1)>', op: 'textFile' as const } } : r,
      ),
    };
    const view = await mount();
    view.plan = hostile;
    await view.updateComplete;
    expect(root(view).querySelector('img')).toBeNull();
    expect(root(view).querySelector('[data-rdd-id="0"] text.op')!.textContent).toContain('<img');
  });

  it('shows partitions as cells, one-to-one and all-to-all', async () => {
    const view = await mount();
    view.partitionMode = true;
    await view.updateComplete;
    expect(root(view).querySelectorAll('[data-rdd-id="0"] rect.cell')).toHaveLength(4);
    expect(
      root(view).querySelectorAll('.partition-link.one-to-one')[0]!.querySelectorAll('line'),
    ).toHaveLength(4);
    expect(
      root(view).querySelector('.partition-link[data-dep-type="shuffle"]')!.querySelectorAll('line'),
    ).toHaveLength(12);
  });

  it('exports a standalone SVG document', async () => {
    const view = await mount();
    const text = view.exportSvg();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(doc.querySelectorAll('[data-stage-id]')).toHaveLength(2);
  });

  it('reaches every stage frame with Tab as a named button, and selects one with Enter or Space as a click does', async () => {
    const view = await mount(1);
    const picked: (SelectDetail['selection'] | null)[] = [];
    view.addEventListener('sc-select', (e) => picked.push(e.detail.selection));
    const frames = [...root(view).querySelectorAll<SVGGElement>('g.stage')];
    expect(frames.map((g) => g.dataset['stageId'])).toEqual(['2', '3']);
    for (const g of frames) {
      expect(g.getAttribute('tabindex')).toBe('0');
      expect(g.getAttribute('role')).toBe('button');
    }
    // Its name says the stage id, shuffle map or result, and the task count (or why it is skipped).
    await expect
      .element(page.getByRole('button', { name: 'Stage 3 · ResultStage · 3 tasks' }))
      .toBeInTheDocument();
    await expect
      .element(page.getByRole('button', { name: /^Stage 2 · ShuffleMapStage · skipped: / }))
      .toBeInTheDocument();
    frames[0]!.focus();
    await userEvent.tab();
    expect(root(view).activeElement).toBe(frames[1]);
    expect(getComputedStyle(frames[1]!.querySelector('rect.frame')!).strokeDasharray).not.toBe('none');
    await userEvent.keyboard('{Enter}');
    expect(picked).toEqual([{ kind: 'stage', stageId: 3 }]);
    view.selection = { kind: 'stage', stageId: 3 };
    await view.updateComplete;
    expect(frames[1]!.getAttribute('aria-pressed')).toBe('true');
    // Space on the selected stage unselects it, as a second click does.
    await userEvent.keyboard(' ');
    expect(picked).toEqual([{ kind: 'stage', stageId: 3 }, null]);
    // After the last stage, Tab goes on to the RDD nodes.
    await userEvent.tab();
    expect(root(view).activeElement?.getAttribute('data-rdd-id')).not.toBeNull();
  });

  it('describes each RDD node’s incoming dependencies, narrow or shuffle, with the reason', async () => {
    const view = await mount();
    const described = [...root(view).querySelectorAll('g[data-rdd-id]')].map((g) => [
      g.getAttribute('data-rdd-id'),
      g.querySelector('desc')?.textContent ?? '',
    ]);
    expect(described[0]).toEqual(['0', '']);
    const narrow = root(view).querySelectorAll('[data-dep-type="narrow"]').length;
    const shuffle = root(view).querySelectorAll('[data-dep-type="shuffle"]').length;
    const lines = described.flatMap(([, text]) => (text ? text!.split('\n') : []));
    expect(lines.filter((l) => l.startsWith('Narrow ('))).toHaveLength(narrow);
    expect(lines.filter((l) => l.startsWith('Shuffle from '))).toHaveLength(shuffle);
    for (const line of lines) expect(line).toMatch(/ from \w+ \[\d+\]: \S/);
  });
});

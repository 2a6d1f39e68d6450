import { afterEach, describe, expect, it } from 'vitest';
import { defineElements, type EditDetail, type OperatorNote } from '../../src/view/index.ts';
import { wordCountPipeline, wordCountPlan } from '../support/plans.ts';

defineElements();
afterEach(() => document.body.replaceChildren());

const note = (
  name: string,
  family: string,
  min: number,
  args: OperatorNote['args'] = [],
  kind: OperatorNote['kind'] = 'operation',
): OperatorNote => ({
  name,
  kind,
  family,
  parents: { min, max: min },
  args,
  canShuffle: family === 'wide' || family === 'conditional',
  shuffleWhen: null,
  explanation: `${name} explained`,
  sparkMethod: `RDD.${name}`,
  internalRdds: [],
});

const OPERATORS = [
  note('textFile', 'source', 0),
  note('map', 'narrow', 1),
  note('reduceByKey', 'conditional', 1, [
    { name: 'numPartitions', kind: 'partitions', required: false, sparkDefault: 'defaultPartitioner' },
  ]),
  note('join', 'conditional', 2),
  { ...note('union', 'narrow', 2), parents: { min: 2, max: 1000000 } },
  note('count', 'action', 1, [], 'action'),
];

async function mount() {
  const composer = document.createElement('sc-composer');
  composer.pipeline = wordCountPipeline;
  composer.plan = wordCountPlan;
  composer.operators = OPERATORS;
  document.body.append(composer);
  await composer.updateComplete;
  const edits: EditDetail['edit'][] = [];
  composer.addEventListener('sc-edit', (e) => edits.push(e.detail.edit));
  return { composer, edits, root: composer.shadowRoot! };
}

describe('sc-composer', () => {
  it('groups the palette and marks operations that can shuffle', async () => {
    const { root } = await mount();
    const headings = [...root.querySelectorAll('.palette h3:not(.palette-title)')].map((h) => h.textContent);
    expect(headings).toEqual([
      'Sources',
      'Narrow transformations',
      'Wide transformations (can shuffle)',
      'Actions',
    ]);
    expect(root.querySelector('[data-op="reduceByKey"]')!.classList.contains('shuffles')).toBe(true);
    expect(root.querySelector('[data-op="map"]')!.classList.contains('shuffles')).toBe(false);
  });

  it('appends an operation to the last RDD, and to a clicked RDD once it is selected', async () => {
    const { composer, edits, root } = await mount();
    root.querySelector<HTMLButtonElement>('[data-op="map"]')!.click();
    composer.selection = { kind: 'rdd', rddId: 2 };
    await composer.updateComplete;
    root.querySelector<HTMLButtonElement>('[data-op="reduceByKey"]')!.click();
    expect(edits).toEqual([
      { kind: 'append', op: 'map', parents: ['counts'] },
      { kind: 'append', op: 'reduceByKey', parents: ['words'] },
    ]);
  });

  it('asks for the other input of a join by clicking an RDD', async () => {
    const { composer, edits, root } = await mount();
    root.querySelector<HTMLButtonElement>('[data-op="join"]')!.click();
    await composer.updateComplete;
    expect(root.querySelector('.picking')!.textContent!.replace(/\s+/g, ' ')).toContain(
      'counts.join(…): click an RDD in the list for input 2',
    );
    root.querySelector<HTMLElement>('li[data-rdd="pairs"]')!.click();
    expect(edits).toEqual([{ kind: 'append', op: 'join', parents: ['counts', 'pairs'] }]);
  });

  it('takes three inputs for a union, finished with Done', async () => {
    const { composer, edits, root } = await mount();
    root.querySelector<HTMLButtonElement>('[data-op="union"]')!.click();
    await composer.updateComplete;
    root.querySelector<HTMLElement>('li[data-rdd="pairs"]')!.click();
    await composer.updateComplete;
    root.querySelector<HTMLElement>('li[data-rdd="words"]')!.click();
    await composer.updateComplete;
    root.querySelector<HTMLButtonElement>('button[data-pick="done"]')!.click();
    expect(edits).toEqual([{ kind: 'append', op: 'union', parents: ['counts', 'pairs', 'words'] }]);
  });

  it('edits an argument inline and toggles cache and checkpoint', async () => {
    const { edits, root } = await mount();
    const input = root.querySelector<HTMLInputElement>(
      'li[data-rdd="counts"] input[data-arg="numPartitions"]',
    )!;
    expect(input.value).toBe('3');
    input.value = '6';
    input.dispatchEvent(new Event('change'));
    root.querySelector<HTMLInputElement>('li[data-rdd="pairs"] input[data-toggle="cache"]')!.click();
    root.querySelector<HTMLInputElement>('li[data-rdd="pairs"] input[data-toggle="checkpoint"]')!.click();
    expect(edits).toEqual([
      { kind: 'set-args', rdd: 'counts', args: { numPartitions: 6 } },
      { kind: 'persist', rdd: 'pairs', level: 'MEMORY_ONLY' },
      { kind: 'checkpoint', rdd: 'pairs', on: true },
    ]);
  });

  it('adds an action, deletes and renames RDDs', async () => {
    const { edits, root } = await mount();
    root.querySelector<HTMLButtonElement>('[data-op="count"]')!.click();
    root.querySelector<HTMLButtonElement>('li[data-rdd="words"] button[aria-label="Delete words"]')!.click();
    const name = root.querySelector<HTMLInputElement>('li[data-rdd="pairs"] input.name')!;
    name.value = 'kv';
    name.dispatchEvent(new Event('change'));
    expect(edits).toEqual([
      { kind: 'add-action', op: 'count', rdd: 'counts', args: {} },
      { kind: 'delete', rdd: 'words' },
      { kind: 'rename', rdd: 'pairs', to: 'kv' },
    ]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { parsePipeline, planPipeline, type Plan } from '../../src/model/index.ts';
import { defineElements, type LineageView } from '../../src/view/index.ts';

defineElements();
afterEach(() => document.body.replaceChildren());

/** A chain of `n` maps after one source: n + 1 RDDs, one stage. */
function chainPlan(n: number): Plan {
  const rdds = [{ id: 'r0', op: 'parallelize', args: { data: [1, 2, 3], numSlices: 2 } }];
  for (let i = 1; i <= n; i++) rdds.push({ id: `r${i}`, op: 'map', parents: [`r${i - 1}`] } as never);
  const parsed = parsePipeline({
    version: 1,
    name: 'chain',
    rdds,
    actions: [{ op: 'count', rdd: `r${n}` }],
  });
  if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
  return planPipeline(parsed.value);
}

async function mount(plan: Plan): Promise<LineageView> {
  const view = document.createElement('sc-lineage-view');
  view.style.cssText = 'display:block;width:900px;height:500px';
  document.body.append(view);
  view.plan = plan;
  await view.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await view.updateComplete;
  return view;
}

const drawnRdds = (view: LineageView): number[] =>
  [...view.shadowRoot!.querySelectorAll('[data-rdd-id]')].map((e) => Number(e.getAttribute('data-rdd-id')));

describe('sc-lineage-view with thousands of RDDs', () => {
  it('draws only the part around the view, and other parts when the view is zoomed or panned', async () => {
    const plan = chainPlan(2000);
    const view = await mount(plan);
    const first = drawnRdds(view);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(plan.rdds.length / 4);
    expect(first).toContain(0);
    const canvas = view.shadowRoot!.querySelector('svg.canvas')!;
    // Wheel steps zoom out and move the view: what is drawn follows it.
    for (let i = 0; i < 40; i++) {
      canvas.dispatchEvent(new WheelEvent('wheel', { deltaX: 4000, deltaY: 4000, bubbles: true }));
      await view.updateComplete;
    }
    const later = drawnRdds(view);
    expect(later.length).toBeGreaterThan(0);
    expect(later).not.toEqual(first);
  });

  it('exports the whole drawing, not only the drawn window', async () => {
    const plan = chainPlan(2000);
    const view = await mount(plan);
    const svg = view.exportSvg();
    expect(svg.match(/data-rdd-id=/g)?.length).toBe(plan.rdds.length);
    await view.updateComplete;
    expect(drawnRdds(view).length).toBeLessThan(plan.rdds.length / 4);
  });
});

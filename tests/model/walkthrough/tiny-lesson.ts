/** A small valid lesson file for the walk-through parser's tests, and its bilingual text helper. */

export const text = (en: string) => ({ en, 'zh-CN': `中文：${en}` });

/** A count over a reduceByKey on the default cluster; `over` replaces top-level keys, `step` the first step's. */
export function tinyLesson(
  over: Record<string, unknown> = {},
  step: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    version: 1,
    id: 'tiny',
    title: text('Tiny'),
    summary: text('A tiny lesson'),
    pipeline: {
      version: 1,
      rdds: [
        { id: 'nums', op: 'parallelize', args: { length: 100, numSlices: 2 } },
        { id: 'sums', op: 'reduceByKey', parents: ['nums'] },
      ],
      actions: [{ op: 'count', rdd: 'sums' }],
    },
    steps: [
      { show: { view: 'stages', stages: [0, 1] }, position: 'start', narration: text('Hello'), ...step },
    ],
    ...over,
  };
}

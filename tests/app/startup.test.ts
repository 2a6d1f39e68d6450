import { describe, expect, it } from 'vitest';
import { choosePipeline } from '../../src/app/startup.ts';
import { encodePipeline } from '../../src/app/url-state.ts';
import { stubModel, twoStep } from './stub-model.ts';

describe('choosePipeline', () => {
  it('opens the pipeline of a #p= link', () => {
    const result = choosePipeline(stubModel, [['p', encodePipeline(twoStep)]], null);
    expect(result.pipeline).toEqual(twoStep);
    expect(result.problem).toBeNull();
  });

  it('falls back to the autosave with a clear message when the link is bad', () => {
    const saved = { pipeline: { ...twoStep, name: 'Saved work' } };
    const result = choosePipeline(stubModel, [['p', encodePipeline({ version: 7 })]], saved);
    expect(result.pipeline.name).toBe('Saved work');
    expect(result.problem?.(stubModel)).toMatch(
      /Could not open the pipeline in this link: .*not a pipeline file.*previous work is still here/,
    );
  });

  it('names an unknown example', () => {
    const result = choosePipeline(stubModel, [['example', 'no-such-thing']], { pipeline: twoStep });
    expect(result.problem?.(stubModel)).toContain('no-such-thing');
    expect(result.pipeline).toEqual(twoStep);
  });
});

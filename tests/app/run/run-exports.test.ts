import { describe, expect, it } from 'vitest';
import { runExportName } from '../../../src/app/run/run-exports.ts';

describe('run page export file names', () => {
  it('name the pipeline, the view and the playback position, so several steps give distinct files', () => {
    expect(runExportName('flow', 'svg', { name: 'Word count', position: 20 })).toBe(
      'word-count.flow.event-20.svg',
    );
    expect(runExportName('timeline', 'png', { name: 'Lesson 1: Word count', position: 0 })).toBe(
      'lesson-1-word-count.timeline.event-0.png',
    );
    expect(runExportName('lineage', 'svg', { name: undefined, position: 7 })).toBe(
      'pipeline.lineage.event-7.svg',
    );
  });
});

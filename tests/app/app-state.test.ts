import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/app/app-state.ts';
import { stubModel, twoStep } from './stub-model.ts';

const make = (): AppState => new AppState(stubModel, twoStep);

describe('AppState', () => {
  it('appends an RDD and undoes and redoes the edit', () => {
    const app = make();
    expect(app.edit({ kind: 'append', op: 'map', parents: ['words'] })).toBe(true);
    expect(app.pipeline.rdds.map((r) => r.id)).toEqual(['lines', 'words', 'pairs']);
    app.undo();
    expect(app.pipeline.rdds.map((r) => r.id)).toEqual(['lines', 'words']);
    expect(app.canRedo).toBe(true);
    app.redo();
    expect(app.pipeline.rdds).toHaveLength(3);
    expect(app.plan.rdds).toHaveLength(3);
  });

  it('keeps the last good pipeline when an edit would make it invalid, and says why', () => {
    const app = make();
    const before = app.pipeline;
    expect(app.edit({ kind: 'append', op: 'join', parents: ['words', 'nowhere'] })).toBe(false);
    expect(app.pipeline).toBe(before);
    expect(app.notice?.kind).toBe('error');
    expect(app.notice?.text).toContain('rdds[2].parents[1]: unknown RDD "nowhere"');
  });

  it('regenerates the code from blocks after an edit', () => {
    const app = make();
    app.edit({ kind: 'append', op: 'map', parents: ['words'] });
    expect(app.code.text).toBe('lines = textFile()\nwords = flatMap(lines)\npairs = map(words)');
  });

  it('plans typed code, and keeps the last good graph with located errors when a line is bad', () => {
    const app = make();
    app.typeCode('a = textFile()\nb = map(a)');
    expect(app.pipeline.rdds.map((r) => r.id)).toEqual(['a', 'b']);
    app.typeCode('a = textFile()\nb = map(a)\nthis is not code');
    expect(app.pipeline.rdds.map((r) => r.id)).toEqual(['a', 'b']);
    expect(app.code.text).toContain('this is not code');
    expect(app.code.diagnostics).toEqual([
      expect.objectContaining({ line: 3, column: 1, severity: 'error' }),
    ]);
  });

  it('merges consecutive code edits into one undo step', () => {
    const app = make();
    app.typeCode('a = textFile()');
    app.typeCode('a = textFile()\nb = map(a)');
    app.undo();
    expect(app.pipeline).toEqual(twoStep);
  });

  it('refuses an invalid file and keeps the previous work', () => {
    const app = make();
    expect(app.open({ version: 2 }, 'the link')).toBe(false);
    expect(app.pipeline).toEqual(twoStep);
    expect(app.notice?.text).toContain('Your previous work is still here');
  });

  it('clears a selection that no longer exists after an undo', () => {
    const app = make();
    app.edit({ kind: 'append', op: 'map', parents: ['words'] });
    app.select({ kind: 'rdd', rddId: 2 });
    app.undo();
    expect(app.selection).toBeNull();
  });
});

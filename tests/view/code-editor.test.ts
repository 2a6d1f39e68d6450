import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defineElements, type CodeEditor } from '../../src/view/index.ts';

defineElements();
afterEach(() => document.body.replaceChildren());

async function mount(code: string): Promise<CodeEditor> {
  const editor = document.createElement('sc-code-editor');
  editor.code = code;
  document.body.append(editor);
  await editor.updateComplete;
  return editor;
}

describe('sc-code-editor', () => {
  it('shows the code and emits the user’s edits, not the ones set from outside', async () => {
    const editor = await mount('val lines = sc.textFile("in.txt")');
    const seen: string[] = [];
    editor.addEventListener('sc-code-input', (e) => seen.push(e.detail.code));
    editor.code = 'val x = sc.parallelize(1 to 10)';
    await editor.updateComplete;
    expect(editor.text).toBe('val x = sc.parallelize(1 to 10)');
    expect(seen).toEqual([]);
    const content = editor.shadowRoot!.querySelector<HTMLElement>('.cm-content')!;
    await userEvent.click(content);
    await userEvent.keyboard('!');
    expect(seen.length).toBe(1);
    expect(seen[0]).toContain('!');
  });

  it('marks a diagnostic at its line and column and lists it in words', async () => {
    const editor = await mount('val a = sc.textFile("x")\nval b = a.frobnicate()\n');
    editor.diagnostics = [
      {
        line: 2,
        column: 11,
        endLine: 2,
        endColumn: 21,
        severity: 'error',
        message: 'unknown operation frobnicate',
      },
    ];
    await editor.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    const mark = editor.shadowRoot!.querySelector('.cm-lintRange-error');
    expect(mark?.textContent).toBe('frobnicate');
    expect(editor.shadowRoot!.querySelector('ul.problems li')!.textContent).toBe(
      'Line 2, column 11: unknown operation frobnicate',
    );
  });
});

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { loadWalkthrough, type PreparedWalkthrough } from '../../src/model/index.ts';
import { defineElements, type WalkthroughPlayer, type WalkthroughStepDetail } from '../../src/view/index.ts';
import wordCount from '../../fixtures/walkthroughs/01-word-count.json';

defineElements();
afterEach(() => document.body.replaceChildren());

let lesson: PreparedWalkthrough;
beforeAll(() => {
  const r = loadWalkthrough(wordCount);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  lesson = r.value;
});

async function mount(setup: (el: WalkthroughPlayer) => void = () => {}): Promise<WalkthroughPlayer> {
  const el = document.createElement('sc-walkthrough-player');
  el.lesson = lesson;
  setup(el);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const $ = (el: WalkthroughPlayer, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: WalkthroughPlayer, selector: string) =>
  ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('sc-walkthrough-player', () => {
  it('shows the step narration in the chosen language and the progress', async () => {
    const el = await mount();
    expect(text(el, 'h2')).toBe(lesson.lesson.title.en);
    expect(text(el, '[data-progress]')).toBe(`Step 1 of ${lesson.steps.length}`);
    expect(text(el, '[data-narration]')).toBe(lesson.lesson.steps[0]!.narration.en);
    el.lang = 'zh-CN';
    await el.updateComplete;
    expect(text(el, '[data-narration]')).toBe(lesson.lesson.steps[0]!.narration['zh-CN']);
    expect(el.getAttribute('lang')).toBe('zh-CN');
    expect($(el, '[role=progressbar]')?.getAttribute('aria-valuenow')).toBe('1');
  });

  it('moves next, previous and back to the start, emitting what to show and where playback is', async () => {
    const el = await mount();
    const seen: WalkthroughStepDetail[] = [];
    el.addEventListener('sc-walkthrough-step', (e) => seen.push(e.detail));
    expect(($(el, 'button.previous') as HTMLButtonElement).disabled).toBe(true);
    $(el, 'button.next')!.click();
    await el.updateComplete;
    $(el, 'button.next')!.click();
    await el.updateComplete;
    expect(el.stepIndex).toBe(2);
    expect(text(el, '[data-progress]')).toBe(`Step 3 of ${lesson.steps.length}`);
    $(el, 'button.previous')!.click();
    await el.updateComplete;
    $(el, 'button.restart')!.click();
    await el.updateComplete;
    expect(seen.map((d) => d.stepIndex)).toEqual([1, 2, 1, 0]);
    expect(seen[1]).toEqual({
      stepIndex: 2,
      show: lesson.steps[2]!.show,
      position: lesson.steps[2]!.position,
    });
    expect(seen[1]?.show).toMatchObject({ view: 'stages', stageIds: [0, 1], jobId: 0 });
  });

  it('disables next on the last step', async () => {
    const el = await mount((e) => (e.stepIndex = lesson.steps.length - 1));
    expect(($(el, 'button.next') as HTMLButtonElement).disabled).toBe(true);
  });

  it('reveals the explanation only once the reader answers, and says whether it was right', async () => {
    const el = await mount((e) => (e.stepIndex = 1));
    const question = lesson.lesson.steps[1]!.question!;
    expect($(el, '[data-explanation]')).toBeNull();
    const wrong = question.answer === 0 ? 1 : 0;
    $(el, `[data-choice="${wrong}"]`)!.click();
    await el.updateComplete;
    expect($(el, '[data-verdict]')?.dataset.verdict).toBe('wrong');
    expect(text(el, '[data-explanation]')).toBe(question.explanation.en);
    $(el, `[data-choice="${question.answer}"]`)!.click();
    await el.updateComplete;
    expect($(el, '[data-verdict]')?.dataset.verdict).toBe('right');
    el.stepIndex = 2;
    await el.updateComplete;
    expect($(el, '[data-verdict]')).toBeNull();
  });

  it('is usable from the keyboard alone: Tab to a choice, Enter to answer, Tab to Next', async () => {
    const el = await mount((e) => (e.stepIndex = 1));
    const question = lesson.lesson.steps[1]!.question!;
    const choices = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-choice]')];
    choices[0]!.focus();
    for (let k = 0; k < question.answer; k++) await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe(choices[question.answer]);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect($(el, '[data-verdict]')?.dataset.verdict).toBe('right');
    $(el, 'button.previous')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe($(el, 'button.next'));
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.stepIndex).toBe(2);
  });

  it('renders lesson text as text, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 1</script>';
    const steps = lesson.steps.map((s, i) =>
      i === 0 ? { ...s, step: { ...s.step, narration: { en: hostile, 'zh-CN': hostile } } } : s,
    );
    const el = await mount((e) => (e.lesson = { ...lesson, steps }));
    expect(text(el, '[data-narration]')).toBe(hostile);
    expect(el.shadowRoot!.querySelector('img, script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

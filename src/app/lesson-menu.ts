/**
 * The header's "Lessons" menu (issue 8: a teacher starts a lesson "from the menu"): every bundled
 * walk-through of fixtures/walkthroughs by its title in the interface language; choosing one
 * opens the run page on its first step.
 *
 * Only the lessons' titles are imported here (Vite's JSON named export), so the header does not
 * pull the lessons themselves into the initial bundle; the run page (./run/lesson-mode.ts) loads
 * them when it opens. The choice goes through the address fragment's `lesson=` and `step=` keys,
 * the same ones a shared lesson link uses.
 */
import { msg } from '@lit/localize';
import { html } from 'lit';
import { formatFragment, parseFragment, setKey } from './url-state.ts';

type Title = Partial<Record<'en' | 'zh-CN', string>>;

const titles = import.meta.glob<Title>('../../fixtures/walkthroughs/*.json', {
  eager: true,
  import: 'title',
});

/** The bundled lessons in lesson order (`01-word-count` …) with their titles. */
export const MENU_LESSONS: readonly { readonly id: string; readonly title: Title }[] = Object.entries(titles)
  .map(([path, title]) => ({ id: path.replace(/^.*\/|\.json$/g, ''), title }))
  .sort((a, b) => a.id.localeCompare(b.id));

export function lessonTitle(title: Title, lang: string): string {
  return (lang.startsWith('zh') ? title['zh-CN'] : undefined) ?? title.en ?? '';
}

/**
 * Opens lesson `id` on its first step: writes `lesson=`/`step=1` into the address, then either
 * tells the open run page (found under `root`) or calls `showRunPage`, whose run page reads the
 * keys when it connects.
 */
export function openLessonFromMenu(root: ParentNode, id: string, showRunPage: () => void): void {
  const fragment = setKey(setKey(parseFragment(location.hash), 'lesson', id), 'step', '1');
  history.replaceState(null, '', `${location.pathname}${location.search}${formatFragment(fragment)}`);
  const runPage = root.querySelector('sc-run-page');
  if (runPage) runPage.openLesson(id);
  else showRunPage();
}

/** The menu: a select whose first option asks for a choice; it goes back to it after each one. */
export function renderLessonMenu(lang: string, open: (id: string) => void) {
  // Not class="group": presentation mode hides the header's labelled groups (editing chrome), and a
  // teacher presenting still needs this menu.
  return html`<label class="lesson-menu" style="display: inline-flex; align-items: center; gap: 4px"
    ><span class="label">${msg('Lessons')}</span>
    <select
      data-lesson-menu
      style="max-width: 12em"
      aria-label=${msg('Lessons')}
      title=${msg('Open a lesson on the run page')}
      @change=${(e: Event) => {
        const select = e.target as HTMLSelectElement;
        if (select.value !== '') open(select.value);
        select.value = '';
      }}
    >
      <option value="">${msg('Lessons…')}</option>
      ${MENU_LESSONS.map(
        (l, i) => html`<option value=${l.id}>${i + 1}. ${lessonTitle(l.title, lang)}</option>`,
      )}
    </select></label
  >`;
}

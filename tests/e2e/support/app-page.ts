// Helpers to drive the built app: wait for the shell and the lineage view to finish rendering,
// and read the test hooks (data-stage-id, data-rdd-id, data-dep-type) from the page.
import type { Page } from 'playwright-core';

/** Waits until the shell and every Lit component under it have rendered their latest state. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('stagecraft-app')?.shadowRoot?.querySelector('header') !== null,
  );
  await page.evaluate(async () => {
    const pending = (root: Document | ShadowRoot): Promise<unknown>[] =>
      [...root.querySelectorAll('*')].flatMap((el) => {
        const lit = el as Element & { updateComplete?: Promise<unknown>; shadowRoot: ShadowRoot | null };
        return [
          ...(lit.updateComplete ? [lit.updateComplete] : []),
          ...(lit.shadowRoot ? pending(lit.shadowRoot) : []),
        ];
      });
    for (let i = 0; i < 3; i++) await Promise.all(pending(document));
  });
}

export interface Hooks {
  readonly stages: number[];
  readonly skipped: number[];
  readonly rdds: number[];
  readonly narrow: number;
  readonly shuffle: number;
}

/** The lineage view's test hooks, as numbers. */
export async function readHooks(page: Page): Promise<Hooks> {
  return page.evaluate(() => {
    const view = document
      .querySelector('stagecraft-app')!
      .shadowRoot!.querySelector('sc-lineage-view')!.shadowRoot!;
    const ids = (selector: string, attr: string): number[] =>
      [...view.querySelectorAll(selector)].map((e) => Number(e.getAttribute(attr)));
    return {
      stages: ids('[data-stage-id]', 'data-stage-id'),
      skipped: ids('[data-stage-id][data-skipped]', 'data-stage-id'),
      rdds: ids('[data-rdd-id]', 'data-rdd-id'),
      narrow: view.querySelectorAll('[data-dep-type="narrow"]').length,
      shuffle: view.querySelectorAll('[data-dep-type="shuffle"]').length,
    };
  });
}

export async function openHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.waitForFunction((h) => location.hash !== h || h.startsWith('#p='), hash);
  await settle(page);
}

/** Whether the header's visible children sit on one row (each overlaps every other vertically), and its height. */
export async function headerRows(page: Page): Promise<{ oneRow: boolean; height: number }> {
  return page.evaluate(() => {
    const header = document.querySelector('stagecraft-app')!.shadowRoot!.querySelector('header')!;
    const boxes = [...header.children]
      .map((c) => c.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    const oneRow = boxes.every((r) => boxes.every((o) => r.top < o.bottom && o.top < r.bottom));
    return { oneRow, height: header.getBoundingClientRect().height };
  });
}

/** Opens the run page from the header, waits for its trace (simulated or imported) and returns its event count. */
export async function openRunPage(page: Page): Promise<number> {
  await settle(page);
  await page.locator('stagecraft-app header button[data-page="run"]').click();
  await page.waitForFunction(
    () =>
      Number(
        document
          .querySelector('stagecraft-app')
          ?.shadowRoot?.querySelector('sc-run-page')
          ?.getAttribute('data-event-count'),
      ) > 0,
  );
  await settle(page);
  return Number(await page.locator('sc-run-page').getAttribute('data-event-count'));
}

/** Replaces the code editor's whole text with `code`, typed as one insertion. */
export async function replaceCode(page: Page, code: string): Promise<void> {
  await page.locator('sc-code-editor .cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(code);
  await settle(page);
}

/** Switches the interface language with the header's switch and waits until its messages are shown. */
export async function switchLanguage(page: Page, lang: 'en' | 'zh-CN'): Promise<void> {
  await page.locator('select[data-lang-switch]').selectOption(lang);
  await page.waitForFunction((l) => document.documentElement.dataset['locale'] === l, lang);
  await settle(page);
}

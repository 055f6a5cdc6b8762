/** Moving through a page with the keyboard alone, and seeing where the focus is. */
import type { Locator, Page } from 'playwright-core';

/** How the focused element shows it has the focus: the styles a focus indicator is drawn with. */
export interface FocusStyle {
  readonly outline: string;
  readonly boxShadow: string;
  readonly backgroundColor: string;
}

/** The focused element's accessible description for messages: its tag, id and text or label. */
export async function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (e === null) return 'nothing';
    const label = e.id ? document.querySelector(`label[for="${e.id}"]`)?.textContent?.trim() : undefined;
    return `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} "${(label ?? e.textContent ?? '').trim().slice(0, 80)}"`;
  });
}

/**
 * Presses Tab until `target` has the focus, at most `limit` times; returns how many presses it
 * took, or throws naming each place the focus went.
 */
export async function tabUntil(page: Page, target: Locator, limit = 30): Promise<number> {
  const visited: string[] = [];
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluateAll((elements) => elements.some((e) => e === document.activeElement || e.contains(document.activeElement)))) return presses;
    visited.push(await focusedDescription(page));
  }
  throw new Error(`Tab did not reach the control in ${limit} presses; the focus went: ${visited.join(' → ')}`);
}

/** The focus styles of the focused element now. */
export async function focusStyle(page: Page): Promise<FocusStyle> {
  return page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, boxShadow: s.boxShadow, backgroundColor: s.backgroundColor };
  });
}

/** The same element's styles without the focus (the focus moved to the body). */
export async function unfocusedStyleOfFocused(page: Page): Promise<FocusStyle> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement;
    e.blur();
    const s = getComputedStyle(e);
    const style = { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, boxShadow: s.boxShadow, backgroundColor: s.backgroundColor };
    e.focus();
    return style;
  });
}

/** Whether a focus style draws something: an outline of some width, or a box shadow. */
export function drawsIndicator(style: FocusStyle): boolean {
  const outlined = !style.outline.startsWith('none ') && !style.outline.includes(' 0px ');
  return outlined || style.boxShadow !== 'none';
}

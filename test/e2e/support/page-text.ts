// Reading and driving the page the way a user sees it: text with the narrow and non-breaking
// spaces number formatting puts in turned into plain spaces, and sliders moved by key presses.
import type { Locator, Page } from 'playwright-core';

/** Text as read: non-breaking and narrow spaces as spaces, runs of white space as one. */
export const clean = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

/** The cleaned text of the first element with this test id. */
export const text = async (page: Page, testId: string) => clean(await page.getByTestId(testId).first().textContent());

/** Presses a key on a slider `times` times, as a keyboard user would move it. */
export async function press(slider: Locator, key: string, times: number) {
  await slider.focus();
  for (let i = 0; i < times; i++) await slider.press(key);
}

import { fixtureSync } from '@open-wc/testing';
import { HANG_GUARD_MS, waitUntil } from './wait.js';
import { sendKeys } from '@web/test-runner-commands';

/** The first match inside `host`'s shadow root; throws with the selector when missing. */
export function $<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in <${host.localName}>`);
  return found;
}

/** Waits for a match inside `host`'s shadow root. */
export async function find<T extends Element = HTMLElement>(
  host: Element,
  selector: string,
  timeout = HANG_GUARD_MS,
): Promise<T> {
  await waitUntil(() => host.shadowRoot?.querySelector(selector), `waiting for ${selector}`, { timeout });
  return $<T>(host, selector);
}

/** Sets a control's value as typing would (an `input` event), without the keyboard: for non-keyboard tests. */
export { typeInto as fill } from '../../stories/support/play.js';

/** The element that really has focus, through shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Real key presses through the browser (CDP), one after another. */
export async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeys({ press: key });
}

/** Real typing through the browser. */
export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/** Presses `key` with Control held. */
export async function pressWithControl(key: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}

/** Tabs until `predicate(focused())` holds; fails after `limit` presses. */
export async function tabTo(predicate: (element: Element | null) => boolean, limit = 40): Promise<Element> {
  for (let count = 0; count < limit; count++) {
    if (predicate(focused())) return focused()!;
    await press('Tab');
  }
  throw new Error('tabTo: never reached the wanted element');
}

/**
 * `fixture()` for a plain wrapper element (`<div lang="da">…`): open-wc waits a frame for non-Lit roots, and
 * background tabs (wtr runs two pages at once) get no animation frames. This renders synchronously and waits
 * for the Lit elements inside instead.
 */
export async function mountWrapper<T extends HTMLElement = HTMLDivElement>(
  template: Parameters<typeof fixtureSync>[0],
): Promise<T> {
  const wrapper = fixtureSync<T>(template);
  const updates = [...wrapper.querySelectorAll('*')].map(
    (element) => (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete,
  );
  await Promise.all(updates);
  return wrapper;
}

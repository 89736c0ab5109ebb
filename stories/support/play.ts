/**
 * Plain-DOM helpers for play functions. No `storybook/test`: the same play functions run in our
 * web-test-runner story tests, outside Storybook.
 */

/** Resolves with `probe()`'s value once it is truthy; rejects after `timeout` ms. */
export async function waitFor<T>(probe: () => T | null | undefined | false, timeout = 10_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`waitFor timed out after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The first element matching `selector` inside `host`'s shadow root, once it exists. */
export function inShadow<T extends Element = HTMLElement>(
  host: Element,
  selector: string,
  timeout?: number,
): Promise<T> {
  return waitFor(() => host.shadowRoot?.querySelector<T>(selector), timeout);
}

/** The first element below `canvas` with this tag, once it has rendered. */
export async function elementIn<T extends HTMLElement>(canvas: HTMLElement, tag: string): Promise<T> {
  const element = await waitFor(() => canvas.querySelector<T>(tag));
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** Types into a field as a user would: focus, the value, then an `input` event. */
export function typeInto(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  control.focus();
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

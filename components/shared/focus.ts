/** The element that really has focus, looking inside shadow roots (`document.activeElement` stops at hosts). */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** Focuses `element` if it is still on the page; returns whether it could. */
export function restoreFocus(element: HTMLElement | null | undefined): boolean {
  if (!element?.isConnected) return false;
  element.focus();
  return true;
}

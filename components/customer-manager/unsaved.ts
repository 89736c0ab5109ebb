/** What a part with the shared form guard (`shared/form-unsaved.ts`) exposes: it asks itself. */
export interface GuardedPart extends HTMLElement {
  hasUnsavedChanges?: boolean;
  confirmDiscard?: () => Promise<boolean>;
}

/**
 * Whether a part of the app holds input the user typed and has not saved, so leaving it must ask first.
 * A part with the shared guard (`hasUnsavedChanges`, the wizard's) is believed; for parts not on it yet, typing into one of its form controls (an `input` event, which crosses
 * shadow roots) counts until the part reports a save, and only while such a control is still on screen (Cancel
 * in Details removes the form, and with it the question).
 */
export class UnsavedInput {
  private readonly touched = new WeakSet<Element>();

  /** Call with every `input` event that reaches the manager. */
  noteInput(event: Event): void {
    const source = event.composedPath()[0];
    if (!(source instanceof HTMLElement) || !isFormControl(source)) return;
    for (const node of event.composedPath()) {
      if (node instanceof HTMLElement && node.dataset['part']) this.touched.add(node);
    }
  }

  /** The part saved, or its form was reset. */
  clear(part: Element | null | undefined): void {
    if (part) this.touched.delete(part);
  }

  dirty(part: Element | null | undefined): boolean {
    if (!part) return false;
    const own = (part as GuardedPart).hasUnsavedChanges;
    if (typeof own === 'boolean') return own;
    return this.touched.has(part) && hasFormControl(part.shadowRoot ?? part);
  }
}

function isFormControl(element: HTMLElement): boolean {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  return element instanceof HTMLInputElement && !['search', 'checkbox'].includes(element.type);
}

/** A text control anywhere below `root`, through shadow roots (the Details form, bulk-edit rows). */
function hasFormControl(root: ParentNode): boolean {
  if (root.querySelector('textarea, input:not([type="search"]):not([type="checkbox"])')) return true;
  for (const element of root.querySelectorAll('*'))
    if (element.shadowRoot && hasFormControl(element.shadowRoot)) return true;
  return false;
}

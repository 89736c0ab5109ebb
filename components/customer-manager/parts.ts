import type { DefinableElement, Scope } from '../shared/registry.js';
import { defineElement } from '../shared/registry.js';

/** The parts of the app that load on demand: each tab's element and the wizard. */
export type Part = 'customer-details' | 'contact-list' | 'equipment-assigner' | 'customer-wizard' | 'customer-import';

/**
 * Dynamic `import()`s, so a host that shows only the list pays only for the list: each part's code (and what
 * only it uses) is its own chunk, fetched the first time the part is shown.
 */
const loaders: Record<Part, () => Promise<DefinableElement>> = {
  'customer-details': () => import('../customer-details/customer-details.js').then((m) => m.CustomerDetails),
  'contact-list': () => import('../contact-list/contact-list.js').then((m) => m.ContactList),
  'equipment-assigner': () => import('../equipment-assigner/equipment-assigner.js').then((m) => m.EquipmentAssigner),
  'customer-wizard': () => import('../customer-wizard/customer-wizard.js').then((m) => m.CustomerWizard),
  'customer-import': () => import('../customer-import/customer-import.js').then((m) => m.CustomerImport),
};

/**
 * Which parts are defined, loading the rest when asked: `ready(part)` is false until its code has arrived and
 * the element is defined in the manager's own scope (same prefix and registry), then `onChange` runs.
 */
export class PartLoader {
  private readonly loaded = new Set<Part>();
  private readonly loading = new Map<Part, Promise<void>>();
  /** Parts whose code failed to load, until `retry`. */
  readonly failed = new Set<Part>();

  constructor(
    private readonly scope: () => Scope | undefined,
    private readonly onChange: () => void,
  ) {}

  ready(part: Part): boolean {
    if (this.loaded.has(part)) return true;
    if (!this.loading.has(part) && !this.failed.has(part)) void this.load(part);
    return false;
  }

  retry(part: Part): void {
    this.failed.delete(part);
    this.onChange();
  }

  load(part: Part): Promise<void> {
    let pending = this.loading.get(part);
    if (!pending) {
      pending = loaders[part]().then(
        (element) => {
          const scope = this.scope();
          defineElement(element, scope ? { prefix: scope.prefix, registry: scope.registry } : {});
          this.loaded.add(part);
          this.loading.delete(part);
          this.onChange();
        },
        () => {
          this.loading.delete(part);
          this.failed.add(part);
          this.onChange();
        },
      );
      this.loading.set(part, pending);
    }
    return pending;
  }
}

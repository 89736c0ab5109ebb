import { LitElement, type PropertyDeclarations } from 'lit';
import { unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { CustomerClient } from '../../src/client/types.js';
import type { Strings } from './i18n/en.js';
import { VERSION, defineDependencies, scopedTag, type DefinableElement, type Scope } from './registry.js';

/**
 * The few things every element of the package shares: the `client`, `strings` and `theme` properties and the
 * registration metadata `defineElement` reads. Behaviour lives in controllers (`ClientController`,
 * `LocalizeController`, `CurrentUserController`, ...), not here, so this base stays one thin layer.
 */
export abstract class FleetElement extends LitElement {
  /** The default tag name; `defineElement` adds a prefix when asked. */
  static readonly fcName: string;
  static readonly fcVersion = VERSION;
  /** Set on the subclass `defineElement` makes for a prefix or scoped registry. */
  static readonly fcScope?: Scope;
  /** Elements of ours this one renders; defined together with it, in the same scope. */
  static readonly dependencies: readonly DefinableElement[] = [];

  // `static properties`, not decorators: the decorator helpers cost every entry ~0.4 kB gzip.
  static override properties: PropertyDeclarations = {
    client: { attribute: false },
    strings: { attribute: false },
    theme: { reflect: true },
  };

  /** The SDK client. Defaults to the nearest ancestor's, then to `setDefaultClient()`. */
  declare client?: CustomerClient;

  /**
   * Your own wording for any string key (shared or the element's own), merged over the built-in table of the
   * current language, e.g. `{ createCustomer: 'New client' }`.
   */
  declare strings?: Partial<Strings> & Record<string, unknown>;

  /** `light` or `dark` forces a scheme; without it the element follows the page's `color-scheme`. */
  declare theme?: 'light' | 'dark';

  private get scope(): Scope | undefined {
    return (this.constructor as typeof FleetElement).fcScope;
  }

  override connectedCallback(): void {
    defineDependencies(this.constructor as unknown as DefinableElement);
    super.connectedCallback();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    const registry = this.scope?.registry;
    // Lit clones templates with `document.importNode`, which binds to the global registry; clone with ours.
    if (registry && registry !== customElements) {
      this.renderOptions.creationScope = {
        importNode: (node: Node, deep?: boolean) =>
          (document.importNode as (node: Node, options: object) => Node)(node, {
            selfOnly: !deep,
            customElementRegistry: registry,
          }),
      };
    }
    return root;
  }

  /** The tag to render for a nested element of ours, e.g. `` html`<${this.tagFor('customer-details')}>` ``. */
  protected tagFor(name: string): StaticValue {
    return unsafeStatic(scopedTag(name, this.scope));
  }
}

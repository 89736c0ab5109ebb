import { LitElement, type PropertyDeclarations } from 'lit';
import { unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { CustomerClient } from '../../src/client/types.js';
import type { Strings } from './i18n/en.js';
import { VERSION, defineDependencies, scopedTag, type DefinableElement, type Scope } from './registry.js';

/**
 * The few things every element of the package shares: the `client`, `strings` and `theme` properties and the
 * registration metadata `defineElement` reads. Behaviour lives in controllers (`ClientController`,
 * `LocalizeController`, `CurrentUserController`, ...), not here, so this base stays one thin layer.
 *
 * Theming: every element reads these shared custom properties (set them on the element or any ancestor).
 * Defaults use `light-dark()`, so one value serves both schemes; the `theme` attribute forces one.
 *
 * @cssproperty --fc-font-family - Font stack. Default: `system-ui, sans-serif`.
 * @cssproperty --fc-font-size - Base font size. Default: `0.9375rem`.
 * @cssproperty --fc-line-height - Line height. Default: `1.5`.
 * @cssproperty --fc-color-text - Text. Default: `light-dark(#1f2328, #e6e8eb)`.
 * @cssproperty --fc-color-text-muted - Hints, labels and secondary text. Default: `light-dark(#57606a, #a2aab4)`.
 * @cssproperty --fc-color-surface - Background. Default: `light-dark(#ffffff, #16181d)`.
 * @cssproperty --fc-color-surface-alt - Raised areas, headers, notices. Default: `light-dark(#f5f7fa, #1f232a)`.
 * @cssproperty --fc-color-border - Borders and dividers. Default: `light-dark(#c9d1d9, #3d444d)`.
 * @cssproperty --fc-color-primary - Primary buttons, links, current step, selection. Default: `light-dark(#1b5fd0, #7aa9ff)`.
 * @cssproperty --fc-color-on-primary - Text on primary and danger. Default: `light-dark(#ffffff, #0b1220)`.
 * @cssproperty --fc-color-danger - Errors and destructive actions. Default: `light-dark(#c0282d, #ff8f8a)`.
 * @cssproperty --fc-color-success - Confirmations. Default: `light-dark(#1a7f37, #6bd38a)`.
 * @cssproperty --fc-color-warning - Warnings (duplicates, conflicts). Default: `light-dark(#8a5a00, #e8b650)`.
 * @cssproperty --fc-color-focus - Focus ring colour. Default: `light-dark(#1b5fd0, #9cc0ff)`.
 * @cssproperty --fc-focus-ring - Focus outline. Default: `2px solid var(--fc-color-focus)`.
 * @cssproperty --fc-radius - Corner radius. Default: `8px`.
 * @cssproperty --fc-space - Base spacing unit every gap derives from. Default: `1rem`.
 * @cssproperty --fc-shadow - Dialog and popup shadow. Default: `0 12px 32px rgb(0 0 0 / 0.24)`.
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

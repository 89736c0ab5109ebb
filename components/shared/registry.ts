/**
 * Safe, versioned registration. Never throws because a tag is taken: a host page may load two copies of the
 * package, or another library may own the name. A prefix (`acme-customer-wizard`) or a scoped
 * `CustomElementRegistry` avoids the clash.
 */

/** Bumped with the package version; two copies of the same version are interchangeable. */
export const VERSION = '0.1.0';

export interface DefineOptions {
  /** Registers `<prefix>-<name>` instead of `<name>`, and renders nested elements with the same prefix. */
  prefix?: string;
  /** A scoped registry (`new CustomElementRegistry()`); the host then attaches shadow roots with it. */
  registry?: CustomElementRegistry;
}

export interface Scope {
  prefix: string;
  registry: CustomElementRegistry;
}

/** What `defineElement` needs from a class: its default name, version, and the elements it renders. */
export interface DefinableElement extends CustomElementConstructor {
  readonly fcName: string;
  readonly fcVersion: string;
  readonly fcScope?: Scope;
  readonly dependencies?: readonly DefinableElement[];
  shadowRootOptions?: ShadowRootInit;
}

const warned = new Set<string>();

function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[fleet-customers] ${message}`);
}

export function tagName(name: string, prefix = ''): string {
  return prefix ? `${prefix}-${name}` : name;
}

/** Whether this browser supports `new CustomElementRegistry()` and shadow roots bound to one. */
export function scopedRegistriesSupported(): boolean {
  try {
    new CustomElementRegistry();
    return true;
  } catch {
    return false;
  }
}

function scopeOf(options: DefineOptions): Scope {
  const prefix = (options.prefix ?? '').toLowerCase();
  if (prefix && !/^[a-z][a-z0-9._-]*$/.test(prefix)) throw new TypeError(`Invalid element prefix "${prefix}".`);
  let registry = options.registry ?? customElements;
  if (registry !== customElements && !scopedRegistriesSupported()) {
    warnOnce('scoped', 'Scoped custom element registries are not supported here; using the global registry.');
    registry = customElements;
  }
  return { prefix, registry };
}

const registryOf = (scope: Scope | undefined): CustomElementRegistry => scope?.registry ?? customElements;

/**
 * A subclass bound to one scope: the same constructor cannot be defined twice, and a class in a scoped
 * registry must attach its shadow root with that registry so the elements it renders resolve there.
 */
function bind(base: DefinableElement, scope: Scope): DefinableElement {
  const scoped = registryOf(scope) !== customElements;
  return class extends (base as unknown as new () => HTMLElement) {
    static readonly fcScope = scope;
    static shadowRootOptions = scoped
      ? ({ ...base.shadowRootOptions, customElementRegistry: scope.registry } as ShadowRootInit)
      : base.shadowRootOptions;
  } as unknown as DefinableElement;
}

/**
 * Defines `element` (and, first, the elements it renders) under its name, optionally prefixed and scoped.
 * Returns the tag. Defining again is a no-op; if another class or version holds the tag, warns once and
 * leaves it (the page keeps working with whichever came first).
 */
export function defineElement(element: DefinableElement, options: DefineOptions = {}): string {
  const scope = scopeOf(options);
  for (const dependency of element.dependencies ?? []) defineElement(dependency, options);
  const tag = tagName(element.fcName, scope.prefix);
  const registry = scope.registry;
  const existing = registry.get(tag) as DefinableElement | undefined;
  if (existing) {
    const ours = existing.fcName === element.fcName && existing.fcVersion === element.fcVersion;
    if (!ours) {
      const who = existing.fcVersion ? `version ${existing.fcVersion} of fleet-customers` : 'another class';
      warnOnce(`tag:${tag}`, `<${tag}> is already defined by ${who}; keeping it. Use a prefix to run both.`);
    }
    return tag;
  }
  // The plain class goes to the global registry under its own name; every other scope gets a subclass.
  const plain = !scope.prefix && registry === customElements && !customElements.getName(element);
  registry.define(tag, plain ? element : bind(element, scope));
  return tag;
}

/** The tag an element of `scope` must render for the nested element `name`. */
export function scopedTag(name: string, scope: Scope | undefined): string {
  return tagName(name, scope?.prefix);
}

/** Makes sure the elements a class renders exist in its scope, for classes a host defined by hand. */
export function defineDependencies(element: DefinableElement): void {
  if (!element.dependencies?.length) return;
  const scope = element.fcScope;
  for (const dependency of element.dependencies) {
    defineElement(dependency, scope ? { prefix: scope.prefix, registry: scope.registry } : {});
  }
}

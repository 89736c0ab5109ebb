import { expect, fixture, html } from '@open-wc/testing';
import { html as staticHtml } from 'lit/static-html.js';
import { FleetElement } from './fleet-element.js';
import { defineElement, scopedRegistriesSupported } from './registry.js';

class TestChild extends FleetElement {
  static override readonly fcName = 'fc-test-child';
  override render() {
    return html`<span>child</span>`;
  }
}

class TestParent extends FleetElement {
  static override readonly fcName = 'fc-test-parent';
  static override readonly dependencies = [TestChild];
  override render() {
    const child = this.tagFor('fc-test-child');
    return staticHtml`<${child}></${child}>`;
  }
}

function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('shared/registry', () => {
  it('defines the plain class under its name, and defining again is a no-op', () => {
    expect(defineElement(TestParent)).to.equal('fc-test-parent');
    expect(() => defineElement(TestParent)).to.not.throw();
    expect(customElements.get('fc-test-parent')).to.equal(TestParent);
    expect(customElements.get('fc-test-child')).to.equal(TestChild);
  });

  it('warns once, and does not throw, when another class holds the tag', () => {
    customElements.define('fc-taken', class extends HTMLElement {});
    class Taken extends FleetElement {
      static override readonly fcName = 'fc-taken';
    }
    const warnings = captureWarnings();
    try {
      expect(() => defineElement(Taken)).to.not.throw();
      defineElement(Taken);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<fc-taken> is already defined');
  });

  it('with a prefix, defines a subclass and renders nested elements with the same prefix', async () => {
    expect(defineElement(TestParent, { prefix: 'acme' })).to.equal('acme-fc-test-parent');
    const parent = await fixture<FleetElement>(html`<acme-fc-test-parent></acme-fc-test-parent>`);
    expect(parent).to.be.instanceOf(TestParent);
    expect(parent.constructor).to.not.equal(TestParent);
    const child = parent.shadowRoot!.querySelector('acme-fc-test-child')!;
    expect(child).to.be.instanceOf(TestChild);
    await (child as FleetElement).updateComplete;
    expect(child.shadowRoot!.textContent).to.contain('child');
  });

  it('rejects a prefix that cannot start a tag name', () => {
    expect(() => defineElement(TestParent, { prefix: '1bad' })).to.throw(TypeError);
  });

  it('defines into a scoped registry; nested elements resolve there, not globally', async () => {
    expect(scopedRegistriesSupported()).to.equal(true);
    const registry = new CustomElementRegistry();
    defineElement(TestParent, { prefix: 'scoped', registry });
    expect(customElements.get('scoped-fc-test-parent')).to.equal(undefined);
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
    root.innerHTML = '<scoped-fc-test-parent></scoped-fc-test-parent>';
    const parent = root.firstElementChild as FleetElement;
    await parent.updateComplete;
    const child = parent.shadowRoot!.querySelector('scoped-fc-test-child')!;
    expect(child).to.be.instanceOf(TestChild);
    host.remove();
  });

  it('a class a host defined by hand still gets its nested elements', async () => {
    class HandParent extends TestParent {}
    customElements.define('hand-made-parent', HandParent);
    const parent = await fixture<FleetElement>(html`<hand-made-parent></hand-made-parent>`);
    expect(parent.shadowRoot!.querySelector('fc-test-child')).to.be.instanceOf(TestChild);
  });
});

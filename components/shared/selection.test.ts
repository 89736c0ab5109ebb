import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SelectionController } from './selection.js';

function host(): ReactiveControllerHost & { updates: number } {
  const controllers: ReactiveController[] = [];
  return {
    updates: 0,
    addController: (controller) => void controllers.push(controller),
    removeController: () => {},
    requestUpdate() {
      this.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
}

describe('SelectionController', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];

  it('toggles keys and tells the host each time', () => {
    const h = host();
    const selection = new SelectionController<string>(h);
    selection.toggle('b');
    selection.toggle('d');
    selection.toggle('b');
    expect([...selection.selected]).to.deep.equal(['d']);
    expect(h.updates).to.equal(3);
  });

  it('selects a Shift range from the anchor, in either direction', () => {
    const selection = new SelectionController<string>(host());
    selection.toggle('d');
    selection.toggle('b', { range: true, order });
    expect([...selection.selected].sort()).to.deep.equal(['b', 'c', 'd']);
  });

  it('never selects a key that is not selectable', () => {
    const selection = new SelectionController<string>(host(), { isSelectable: (key) => key !== 'c' });
    selection.toggle('a');
    selection.toggle('e', { range: true, order });
    expect([...selection.selected].sort()).to.deep.equal(['a', 'b', 'd', 'e']);
    expect(selection.stateOf(order)).to.equal(true);
  });

  it('reports the select-all state as true, false or mixed', () => {
    const selection = new SelectionController<string>(host());
    expect(selection.stateOf(order)).to.equal(false);
    selection.select(['a']);
    expect(selection.stateOf(order)).to.equal('mixed');
    selection.select(order);
    expect(selection.stateOf(order)).to.equal(true);
  });

  it('keeps only surviving keys when the selection is replaced after a save', () => {
    const selection = new SelectionController<string>(host());
    selection.select(['a', 'b', 'c']);
    selection.set(['a', 'c']);
    expect([...selection.selected]).to.deep.equal(['a', 'c']);
  });
});

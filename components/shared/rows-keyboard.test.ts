import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RowsKeyboardController, type RowsPattern } from './rows-keyboard.js';
import { SelectionController } from './selection.js';

function host(): ReactiveControllerHost {
  const controllers: ReactiveController[] = [];
  return {
    addController: (controller) => void controllers.push(controller),
    removeController: () => {},
    requestUpdate() {},
    updateComplete: Promise.resolve(true),
  };
}

const key = (name: string, init: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', { key: name, cancelable: true, ...init });

/** Ten rows a..j, selected through the shared selection model, as an element wires them. */
function setup(pattern: RowsPattern, columns = 1) {
  const order = 'abcdefghij'.split('');
  const h = host();
  const selection = new SelectionController<string>(h);
  const moves: Array<[number, number]> = [];
  const keys = new RowsKeyboardController(h, {
    pattern,
    rowCount: () => order.length,
    columnCount: () => columns,
    pageSize: () => 4,
    multiselectable: () => true,
    toggle: (row) => selection.toggle(order[row]!),
    selectRange: (from, to) => selection.selectBetween(order, from, to),
    toggleAll: () => (selection.size === order.length ? selection.clear() : selection.select(order)),
    moved: (row, column) => void moves.push([row, column]),
  });
  const selected = () => [...selection.selected].sort().join('');
  return { keys, selection, moves, selected };
}

describe('RowsKeyboardController', () => {
  it('listbox: arrows, Home/End and PageUp/PageDown move the active row and stop at the ends', () => {
    const { keys, moves } = setup('listbox');
    keys.handleKey(key('ArrowUp'));
    expect(keys.row).to.equal(0);
    keys.handleKey(key('PageDown'));
    expect(keys.row).to.equal(4);
    keys.handleKey(key('End'));
    expect(keys.row).to.equal(9);
    keys.handleKey(key('ArrowDown'));
    expect(keys.row).to.equal(9);
    keys.handleKey(key('Home'));
    expect(keys.row).to.equal(0);
    expect(moves.map(([row]) => row)).to.deep.equal([0, 4, 9, 9, 0]);
    expect(keys.handleKey(key('ArrowRight')), 'a listbox leaves Left/Right alone').to.equal(false);
  });

  it('Space toggles; a run of Shift+arrows selects one range from where it began; Ctrl+A selects all', () => {
    const { keys, selected } = setup('listbox');
    keys.handleKey(key('ArrowDown'));
    keys.handleKey(key(' '));
    expect(selected()).to.equal('b');
    keys.handleKey(key('ArrowDown', { shiftKey: true }));
    keys.handleKey(key('ArrowDown', { shiftKey: true }));
    expect(selected()).to.equal('bcd');
    keys.handleKey(key('a', { ctrlKey: true }));
    expect(selected()).to.equal('abcdefghij');
    keys.handleKey(key('a', { ctrlKey: true }));
    expect(selected()).to.equal('');
  });

  it('grid: Left/Right move between cells, Home/End within the row, Ctrl+Home/End to the first/last row', () => {
    const { keys, moves } = setup('grid', 4);
    keys.handleKey(key('ArrowRight'));
    keys.handleKey(key('ArrowRight'));
    keys.handleKey(key('ArrowDown'));
    expect([keys.row, keys.column], 'Down keeps the column').to.deep.equal([1, 2]);
    keys.handleKey(key('End'));
    expect([keys.row, keys.column]).to.deep.equal([1, 3]);
    keys.handleKey(key('ArrowRight'));
    expect(keys.column, 'stops at the last cell').to.equal(3);
    keys.handleKey(key('Home'));
    expect([keys.row, keys.column]).to.deep.equal([1, 0]);
    keys.handleKey(key('End', { ctrlKey: true }));
    expect([keys.row, keys.column]).to.deep.equal([9, 0]);
    keys.handleKey(key('Home', { ctrlKey: true }));
    expect(moves.at(-1)).to.deep.equal([0, 0]);
  });

  it('grid: Shift+Space selects from the anchor to the active row; Shift+click does the same', () => {
    const { keys, selected } = setup('grid', 3);
    keys.click(2);
    expect(selected()).to.equal('c');
    keys.handleKey(key('ArrowDown'));
    keys.handleKey(key('ArrowDown'));
    keys.handleKey(key(' ', { shiftKey: true }));
    expect(selected()).to.equal('cde');
    keys.click(7, { shift: true });
    expect(selected()).to.equal('cdefgh');
  });

  it('leaves keys it does not handle alone, and handles none while there are no rows', () => {
    const { keys } = setup('grid', 3);
    const tab = key('Tab');
    expect(keys.handleKey(tab)).to.equal(false);
    expect(tab.defaultPrevented).to.equal(false);
    const down = key('ArrowDown');
    expect(keys.handleKey(down)).to.equal(true);
    expect(down.defaultPrevented).to.equal(true);
  });
});

describe('SelectionController ranges', () => {
  it('selects a range by position and counts the selected keys a search hides', () => {
    const h = host();
    const selection = new SelectionController<string>(h);
    selection.select(['x']);
    selection.selectBetween(['a', 'b', 'c', 'd'], 3, 1);
    expect([...selection.selected].sort()).to.deep.equal(['b', 'c', 'd', 'x']);
    expect(selection.hiddenBy(new Set(['a', 'b']))).to.equal(3);
  });
});

import { expect } from '@open-wc/testing';
import { NetworkError, PreconditionFailedError, ValidationError } from '../../src/errors.js';
import type { Contact } from '../../src/schemas/contact.js';
import { checkContactChange, contactDraftOf } from '../shared/contact-form.js';
import { en } from '../shared/i18n/en.js';
import { formatPhone } from '../shared/phone-format.js';
import { applyOutcomes, planSave, rebase, rowViolations, startEdits, withDraft } from './bulk-edit.js';
import { contactListEn } from './i18n/en.js';
import { namesSummary } from './outcomes.js';

const t = { ...en, ...contactListEn };
const contact = (fields: Partial<Contact> & { id: string; name: string }): Contact => ({
  customerId: 'cus_1',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 3,
  ...fields,
});
const anna = contact({ id: 'a', name: 'Anna Berg', email: 'anna@example.com', phone: '+4520000001', title: 'Buyer' });

describe('contact-list helpers', () => {
  it('formats E.164 numbers for reading and leaves anything else alone', () => {
    expect(formatPhone('+4512345678')).to.equal('+45 12 34 56 78');
    expect(formatPhone('+12015550123')).to.equal('+1 201 555 0123');
    expect(formatPhone('+442079460958')).to.equal('+44 207 946 0958');
    expect(formatPhone('12 34')).to.equal('12 34');
  });

  it('patches only the changed fields, clears emptied ones with null, and normalises phones', () => {
    const draft = contactDraftOf(anna, formatPhone);
    expect(checkContactChange(anna, draft)).to.deep.equal({ ok: true, value: {} });
    const result = checkContactChange(anna, { ...draft, title: '', phone: '22 33 44 55' }, 'DK');
    expect(result).to.deep.equal({ ok: true, value: { phone: '+4522334455', title: null } });
  });

  it('uses the SDK schema: a contact needs an e-mail or a phone', () => {
    const result = checkContactChange(anna, { ...contactDraftOf(anna), email: '', phone: '' });
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.violations.map((violation) => violation.code)).to.deep.equal(['unreachable']);
  });

  it('plans a save: invalid rows stay with errors, unchanged rows leave, changed rows are sent with their version', () => {
    const bo = contact({ id: 'b', name: 'Bo Holm', email: 'bo@example.com' });
    const carl = contact({ id: 'c', name: 'Carl Dam', phone: '+4520000003' });
    const edits = startEdits([anna, bo, carl]);
    edits.set('a', withDraft(edits.get('a')!, 'title', 'Owner'));
    edits.set('c', withDraft(edits.get('c')!, 'email', 'nope'));
    const plan = planSave(edits);
    expect(plan.changes).to.deep.equal([{ id: 'a', patch: { title: 'Owner' }, ifMatch: 3 }]);
    expect(plan.invalid).to.deep.equal(['c']);
    expect([...plan.edits.keys()]).to.deep.equal(['a', 'c']);
    const violations = rowViolations('c', plan.edits.get('c')!);
    expect(violations.map((v) => [v.field, v.code])).to.deep.equal([['c.email', 'invalid_email']]);
  });

  it('applies outcomes: saved rows leave, failed rows keep their input and get a message or field errors', () => {
    const bo = contact({ id: 'b', name: 'Bo Holm', email: 'bo@example.com' });
    const edits = startEdits([anna, bo]);
    edits.set('a', withDraft(edits.get('a')!, 'title', 'Owner'));
    edits.set('b', withDraft(edits.get('b')!, 'title', 'Mechanic'));
    const saved = { ...anna, title: 'Owner', version: 4 };
    const result = applyOutcomes(
      edits,
      [
        { id: 'a', ok: true, value: saved },
        { id: 'b', ok: false, error: new NetworkError('offline') },
      ],
      t,
    );
    expect(result.updated).to.deep.equal(['a']);
    expect(result.fresh.get('a')).to.equal(saved);
    expect([...result.edits.keys()]).to.deep.equal(['b']);
    expect(result.edits.get('b')!.draft.title).to.equal('Mechanic');
    expect(result.edits.get('b')!.message).to.equal(en.errorNetwork);

    const invalid = new ValidationError('bad', {
      violations: [{ field: 'email', message: 'x', code: 'invalid_email' }],
    });
    const second = applyOutcomes(result.edits, [{ id: 'b', ok: false, error: invalid }], t);
    expect(second.violations.map((v) => [v.field, v.code])).to.deep.equal([['b.email', 'invalid_email']]);
    expect(second.edits.get('b')!.message).to.equal(undefined);
  });

  it('after a 412, keeps the user’s changes on top of the other person’s version', () => {
    const edit = withDraft(startEdits([anna]).get('a')!, 'title', 'Owner');
    const theirs = { ...anna, phone: '+4599887766', title: 'Head buyer', version: 4 };
    expect(rebase(edit, theirs)).to.deep.equal({
      name: 'Anna Berg',
      email: 'anna@example.com',
      phone: '+45 99 88 77 66',
      title: 'Owner',
    });
    const stale = new PreconditionFailedError('stale', { current: theirs });
    const result = applyOutcomes(new Map([['a', edit]]), [{ id: 'a', ok: false, error: stale }], t);
    expect(result.edits.get('a')!.base.version).to.equal(4);
    expect(result.edits.get('a')!.message).to.equal(contactListEn.contactStale);
  });

  it('names the first few and counts the rest, the way the language joins lists', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F'];
    expect(namesSummary(names.slice(0, 4), 'en', t)).to.equal('A, B, C, and D');
    expect(namesSummary(names, 'en', t)).to.equal('A, B, C, and 3 more');
    expect(namesSummary(names, 'da', { ...t, andMore: (count: number) => `${count} andre` })).to.equal(
      'A, B, C og 3 andre',
    );
  });
});

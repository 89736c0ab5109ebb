import { expect } from '@open-wc/testing';
import { NotFoundError, ValidationError, type HistoryEvent } from '../../src/index.js';
import { rejectionOf, setup } from './helpers.js';

/** A backend whose clock the test moves, so events fall on the days a scenario needs. */
function timed() {
  let now = new Date('2026-12-02T09:00:00Z');
  const { backend, client } = setup({ customers: 0, equipment: 0, now: () => now });
  const at = (iso: string) => {
    now = new Date(iso);
  };
  return { backend, client, at };
}

const brief = (event: HistoryEvent) => [event.kind, event.from?.name ?? null, event.to?.name ?? null];

async function allHistory(client: ReturnType<typeof timed>['client'], unitId: string): Promise<HistoryEvent[]> {
  const out: HistoryEvent[] = [];
  for await (const event of client.equipment.iterateHistory(unitId)) out.push(event);
  return out;
}

describe('SDK: assignment history', () => {
  it('each kind of change leaves exactly one event with the right from and to, newest first', async () => {
    const { backend, client, at } = timed();
    const hansen = backend.addCustomer({ name: 'Hansen A/S' });
    const berg = backend.addCustomer({ name: 'Berg Rental' });
    const unit = backend.addEquipment({ name: 'Excavator X', serialNumber: 'X-1' });

    await client.assignments.assign(hansen.id, [unit.id]);
    expect((await allHistory(client, unit.id)).map(brief)).to.deep.equal([['assigned', null, 'Hansen A/S']]);

    at('2026-12-03T10:00:00Z');
    await client.assignments.move(berg.id, [unit.id]);
    expect((await allHistory(client, unit.id)).map(brief)[0]).to.deep.equal(['moved', 'Hansen A/S', 'Berg Rental']);

    at('2026-12-04T10:00:00Z');
    await client.assignments.unassign(berg.id, [unit.id]);
    at('2026-12-05T10:00:00Z');
    await client.assignments.assign(hansen.id, [unit.id]);
    at('2026-12-06T10:00:00Z');
    await client.customers.delete(hansen.id);

    const events = await allHistory(client, unit.id);
    expect(events.map(brief)).to.deep.equal([
      ['customer_deleted', 'Hansen A/S', null],
      ['assigned', null, 'Hansen A/S'],
      ['unassigned', 'Berg Rental', null],
      ['moved', 'Hansen A/S', 'Berg Rental'],
      ['assigned', null, 'Hansen A/S'],
    ]);
    expect(events[0]?.at).to.equal('2026-12-06T10:00:00.000Z');
    expect(events[0]?.by).to.deep.equal({ id: 'usr_admin', name: 'Astrid Holm' });
    expect(events[0]?.unit).to.deep.equal({ id: unit.id, name: 'Excavator X', serialNumber: 'X-1' });
    expect(new Set(events.map((event) => event.id)).size).to.equal(5);
  });

  it('a change that changes nothing (already assigned, not assigned) records nothing', async () => {
    const { backend, client } = timed();
    const hansen = backend.addCustomer({ name: 'Hansen A/S' });
    const unit = backend.addEquipment({ customerId: hansen.id });
    const before = (await client.equipment.history(unit.id)).total;
    await client.assignments.assign(hansen.id, [unit.id]);
    await client.assignments.unassign(backend.addCustomer().id, [unit.id]);
    expect((await client.equipment.history(unit.id)).total).to.equal(before);
  });

  it("a customer's history pages newest first by cursor, and filters by unit", async () => {
    const { backend, client } = timed();
    const hansen = backend.addCustomer({ name: 'Hansen A/S' });
    const units = Array.from({ length: 5 }, (_, i) => backend.addEquipment({ name: `Unit ${i}` }));
    for (const unit of units) await client.assignments.assign(hansen.id, [unit.id]);
    await client.assignments.unassign(hansen.id, [units[1]!.id]);

    const first = await client.assignments.history(hansen.id, { limit: 4 });
    expect(first.total).to.equal(6);
    expect(first.items.map((event) => event.unit.name)).to.deep.equal(['Unit 1', 'Unit 4', 'Unit 3', 'Unit 2']);
    const second = await client.assignments.history(hansen.id, { limit: 4, cursor: first.nextCursor! });
    expect(second.items.map((event) => event.unit.name)).to.deep.equal(['Unit 1', 'Unit 0']);
    expect(second.nextCursor).to.equal(null);

    const one = await client.assignments.history(hansen.id, { unitId: units[1]!.id });
    expect(one.items.map(brief)).to.deep.equal([
      ['unassigned', 'Hansen A/S', null],
      ['assigned', null, 'Hansen A/S'],
    ]);
    expect(one.total).to.equal(2);
  });

  it('a cursor of another query is refused; an unknown unit is a 404', async () => {
    const { backend, client } = timed();
    const hansen = backend.addCustomer();
    const [a, b] = [backend.addEquipment(), backend.addEquipment()];
    await client.assignments.assign(hansen.id, [a.id, b.id]);
    const page = await client.assignments.history(hansen.id, { limit: 1 });
    const error = await rejectionOf(client.equipment.history(a.id, { cursor: page.nextCursor! }));
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).violations[0]?.field).to.equal('cursor');
    expect(await rejectionOf(client.equipment.history('eq_nope'))).to.be.instanceOf(NotFoundError);
    expect(await rejectionOf(client.assignments.history('cus_nope'))).to.be.instanceOf(NotFoundError);
  });

  it('a deleted customer keeps its history, under its name as it was', async () => {
    const { backend, client, at } = timed();
    const hansen = backend.addCustomer({ name: 'Hansen A/S' });
    const unit = backend.addEquipment();
    await client.assignments.assign(hansen.id, [unit.id]);
    await client.customers.update(hansen.id, { name: 'Hansen & Co A/S' });
    at('2026-12-03T10:00:00Z');
    await client.customers.delete(hansen.id);

    expect(await rejectionOf(client.customers.get(hansen.id))).to.be.instanceOf(NotFoundError);
    const history = await client.assignments.history(hansen.id);
    expect(history.items.map(brief)).to.deep.equal([
      ['customer_deleted', 'Hansen & Co A/S', null],
      ['assigned', null, 'Hansen A/S'],
    ]);
    const [fleetUnit] = (await client.equipment.list({ search: unit.name })).items.filter((u) => u.id === unit.id);
    expect(fleetUnit?.customer).to.equal(null);
    expect(fleetUnit?.lastAssignment).to.deep.equal({
      customer: { id: hansen.id, name: 'Hansen A/S' },
      at: '2026-12-02T09:00:00.000Z',
    });
  });

  it('`at` answers exactly the units the customer held on that day or at that instant', async () => {
    const { backend, client, at } = timed();
    const hansen = backend.addCustomer({ name: 'Hansen A/S' });
    const berg = backend.addCustomer({ name: 'Berg Rental' });
    const [kept, movedAway, returned, lateComer, dayTripper] = ['Kept', 'Moved', 'Returned', 'Late', 'Day'].map(
      (name) => backend.addEquipment({ name }),
    ) as [ReturnType<typeof backend.addEquipment>, ...ReturnType<typeof backend.addEquipment>[]];
    // 2 Dec: Hansen gets four units.
    await client.assignments.assign(hansen.id, [kept.id, movedAway!.id, returned!.id]);
    // 3 Dec 12:00: one moves to Berg, one is unassigned; a unit comes and goes the same day.
    at('2026-12-03T12:00:00Z');
    await client.assignments.move(berg.id, [movedAway!.id]);
    await client.assignments.unassign(hansen.id, [returned!.id]);
    await client.assignments.assign(hansen.id, [dayTripper!.id]);
    at('2026-12-03T15:00:00Z');
    await client.assignments.unassign(hansen.id, [dayTripper!.id]);
    // 5 Dec: a new one.
    at('2026-12-05T08:00:00Z');
    await client.assignments.assign(hansen.id, [lateComer!.id]);

    const held = async (when: string, customerId = hansen.id) =>
      (await client.assignments.list(customerId, { at: when, limit: 100 })).items.map((unit) => unit.name).sort();
    expect(await held('2026-12-01')).to.deep.equal([]);
    expect(await held('2026-12-02')).to.deep.equal(['Kept', 'Moved', 'Returned']);
    expect(await held('2026-12-03')).to.deep.equal(['Day', 'Kept', 'Moved', 'Returned']);
    expect(await held('2026-12-04')).to.deep.equal(['Kept']);
    expect(await held('2026-12-05')).to.deep.equal(['Kept', 'Late']);
    expect(await held('2026-12-03T13:00:00Z')).to.deep.equal(['Day', 'Kept']);
    expect(await held('2026-12-03T11:59:59Z')).to.deep.equal(['Kept', 'Moved', 'Returned']);
    expect(await held('2026-12-03', berg.id)).to.deep.equal(['Moved']);
    expect(await held('2026-12-02', berg.id)).to.deep.equal([]);

    const error = await rejectionOf(client.assignments.list(hansen.id, { at: 'last tuesday' }));
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).violations[0]?.field).to.equal('at');
  });

  it('seeded assignments have their event too, so `at` and last-assigned cover the seed', async () => {
    const { client } = setup({ customers: 10, equipment: 200 });
    const customer = (await client.customers.list({ sort: '-equipmentCount', limit: 1 })).items[0]!;
    const today = await client.assignments.list(customer.id, { limit: 1000 });
    const then = await client.assignments.list(customer.id, { at: '2026-10-31', limit: 1000 });
    expect(then.items.map((unit) => unit.id).sort()).to.deep.equal(today.items.map((unit) => unit.id).sort());
    expect(today.items[0]?.lastAssignment?.customer.id).to.equal(customer.id);
  });
});

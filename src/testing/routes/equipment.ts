import { AssignmentUpdateSchema, type AssignmentResult } from '../../schemas/assignment.js';
import { CustomerEquipmentListQuerySchema, EquipmentListQuerySchema } from '../../schemas/query.js';
import { ApiError } from '../http.js';
import { parseQuery } from '../query-params.js';
import { atWindow, stampOf } from '../history-routes.js';
import type { Handler } from '../router.js';
import { bodyOf, customerOf, pageReply } from './shared.js';

const EQUIPMENT_QUERY = { lists: ['type', 'assetType', 'brand'], ints: ['limit'] } as const;

export const listEquipment: Handler = (context) => {
  const query = parseQuery(EquipmentListQuerySchema, context.query, EQUIPMENT_QUERY);
  return pageReply(context.lists.equipmentList(query), query, context.store.equipmentView);
};

/**
 * A customer's own units; `assignment` and `customerId` mean nothing here and are ignored. With `at`, the units
 * it held then, from its history.
 */
export const listCustomerEquipment: Handler = (context) => {
  const customer = customerOf(context);
  const query = parseQuery(CustomerEquipmentListQuerySchema, context.query, EQUIPMENT_QUERY);
  return pageReply(
    context.lists.equipmentList(query, customer.id, atWindow(query.at)),
    query,
    context.store.equipmentView,
  );
};

export const getFacets: Handler = (context) => ({ status: 200, body: context.lists.facets() });

/**
 * One atomic set update. Units of another customer stop the whole call with a 409 listing them, unless
 * `move` is true. Unassigning runs first, so `{ unassign: old, assign: new }` replaces a set in one call.
 */
export const updateAssignments: Handler = (context) => {
  const { store } = context;
  const customer = customerOf(context);
  const input = bodyOf(context, AssignmentUpdateSchema);
  const assign = input.assign ?? [];
  const unassign = input.unassign ?? [];

  if (!input.move) {
    const seen = new Set<string>();
    const conflicts: { id: string; customer: { id: string; name: string } }[] = [];
    for (const id of assign) {
      const unit = store.equipment.get(id);
      if (!unit || unit.customerId === null || unit.customerId === customer.id || seen.has(id)) continue;
      seen.add(id);
      const owner = store.customers.get(unit.customerId);
      conflicts.push({ id, customer: { id: unit.customerId, name: owner?.name ?? '' } });
    }
    if (conflicts.length) {
      const count = conflicts.length === 1 ? '1 unit belongs' : `${conflicts.length} units belong`;
      throw new ApiError(409, 'conflict', `${count} to another customer; send move: true to take them over.`, {
        conflicts,
      });
    }
  }

  const result: AssignmentResult = { assigned: 0, unassigned: 0, moved: 0, skipped: [] };
  // One stamp for the whole call: every event of one request has the same time and author.
  const stamp = stampOf(context);
  for (const id of unassign) {
    const unit = store.equipment.get(id);
    if (!unit) result.skipped.push({ id, reason: 'not_found' });
    else if (unit.customerId !== customer.id) result.skipped.push({ id, reason: 'not_assigned' });
    else {
      store.setOwner(unit, null, stamp);
      result.unassigned++;
    }
  }
  for (const id of assign) {
    const unit = store.equipment.get(id);
    if (!unit) result.skipped.push({ id, reason: 'not_found' });
    else if (unit.customerId === customer.id) result.skipped.push({ id, reason: 'already_assigned' });
    else {
      // `assigned` counts every unit now this customer's; `moved` is the part taken from another customer.
      if (unit.customerId !== null) result.moved++;
      store.setOwner(unit, customer.id, stamp);
      result.assigned++;
    }
  }
  if (result.assigned || result.unassigned) store.touchAssignments();
  return { status: 200, body: result };
};
